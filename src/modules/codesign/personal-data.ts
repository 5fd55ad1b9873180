/**
 * Co-design and privacy. A touchpoint is a researcher's reading of a person's own words: when the
 * person withdraws — erase or anonymise alike, as the issue asks — their touchpoints go, and with
 * them the links from target areas and trigger material (ON DELETE CASCADE). Touchpoints on an
 * erased person's transcript go with its codings anyway; this also covers a shared document where the
 * touchpoint names them. Quotes are codings: they go with the transcript (analysis/personal-data.ts).
 * The free-text columns are registered for the withdrawal search.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { registerFreeTextSource } from '../privacy/free-text-sources.js';
import { onWithdrawal } from '../privacy/withdraw.js';
import { codesignTouchpoints } from './schema.js';

export async function removeTouchpointsOf(tx: Executor, participantId: string): Promise<number> {
  const gone = await tx.delete(codesignTouchpoints).where(eq(codesignTouchpoints.participantId, participantId)).returning({ id: codesignTouchpoints.id });
  return gone.length;
}

onWithdrawal(async (tx, participantId) => {
  await removeTouchpointsOf(tx, participantId);
});

/** For an access request (GDPR art. 15): the touchpoints read from the person's words. */
export async function collectTouchpointData(db: Executor, participantId: string) {
  return db
    .select({ role: codesignTouchpoints.role, valence: codesignTouchpoints.valence, emotion: codesignTouchpoints.emotion, note: codesignTouchpoints.note, createdAt: codesignTouchpoints.createdAt })
    .from(codesignTouchpoints)
    .where(eq(codesignTouchpoints.participantId, participantId));
}

const viaTriggerSet = '(select s.programme_id from codesign_trigger_sets s where s.id = t.set_id)';
const viaTargetArea = '(select a.programme_id from codesign_target_areas a where a.id = t.target_area_id)';
registerFreeTextSource({ key: 'codesign.codesign_touchpoints.note', table: 'codesign_touchpoints', column: 'note', programmeColumn: 'programme_id', labelKey: 'codesign.freeText.touchpointNote', staffPath: '/codesign/touchpoints' });
registerFreeTextSource({ key: 'codesign.codesign_trigger_sets.title', table: 'codesign_trigger_sets', column: 'title', programmeColumn: 'programme_id', labelKey: 'codesign.freeText.materialTitle', staffPath: '/codesign/material' });
registerFreeTextSource({ key: 'codesign.codesign_trigger_items.caption', table: 'codesign_trigger_items', column: 'caption', programmeSql: viaTriggerSet, labelKey: 'codesign.freeText.materialCaption', staffPath: '/codesign/material' });
registerFreeTextSource({ key: 'codesign.codesign_target_areas.title', table: 'codesign_target_areas', column: 'title', programmeColumn: 'programme_id', labelKey: 'codesign.freeText.targetAreaTitle', staffPath: '/codesign/target-areas' });
registerFreeTextSource({ key: 'codesign.codesign_target_areas.description', table: 'codesign_target_areas', column: 'description', programmeColumn: 'programme_id', labelKey: 'codesign.freeText.targetAreaDescription', staffPath: '/codesign/target-areas' });
registerFreeTextSource({ key: 'codesign.codesign_target_area_votes.label', table: 'codesign_target_area_votes', column: 'label', programmeSql: viaTargetArea, labelKey: 'codesign.freeText.voteLabel', staffPath: '/codesign/target-areas' });
