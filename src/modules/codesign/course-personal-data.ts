/**
 * Participants' credited contributions to co-design workshops (ideas, storyboard steps, photos of the
 * board) go when they withdraw — erase or anonymise alike — as their words in document versions do
 * (`documents/personal-data.ts`). Free-text columns are registered for the withdrawal search.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { declareNonPersonalColumns, registerFreeTextSource } from '../privacy/free-text-sources.js';
import { onWithdrawal } from '../privacy/withdraw.js';
import { codesignWorkshopItems } from './course-schema.js';

export async function forgetWorkshopContributions(tx: Executor, participantId: string): Promise<number> {
  const gone = await tx.delete(codesignWorkshopItems).where(eq(codesignWorkshopItems.participantId, participantId)).returning({ id: codesignWorkshopItems.id });
  return gone.length;
}

onWithdrawal(async (tx, participantId) => void (await forgetWorkshopContributions(tx, participantId)));

/** For an access request: the person's credited workshop contributions. */
export async function collectWorkshopContributions(db: Executor, participantIds: string[]) {
  if (participantIds.length === 0) return [];
  return db.select({ kind: codesignWorkshopItems.kind, text: codesignWorkshopItems.text, createdAt: codesignWorkshopItems.createdAt }).from(codesignWorkshopItems).where(inArray(codesignWorkshopItems.participantId, participantIds));
}

registerFreeTextSource({ key: 'codesign.codesign_course_modules.title', table: 'codesign_course_modules', column: 'title', programmeColumn: 'programme_id', labelKey: 'course.sources.moduleTitle', staffPath: '/codesign/course/modules/:id' });
registerFreeTextSource({ key: 'codesign.codesign_course_modules.aims', table: 'codesign_course_modules', column: 'aims', programmeColumn: 'programme_id', labelKey: 'course.sources.moduleAims', staffPath: '/codesign/course/modules/:id' });
registerFreeTextSource({ key: 'codesign.codesign_workshop_items.text', table: 'codesign_workshop_items', column: 'text', programmeColumn: 'programme_id', labelKey: 'course.sources.workshopItem' });
declareNonPersonalColumns('codesign_workshop_items', ['kind', 'image_type', 'contributor_role'], 'a closed word list or MIME type');
