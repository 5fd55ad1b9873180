import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import type { Actor } from '../access/actor.js';
import { importDocument } from '../analysis/documents.js';
import type { OriginalsKey } from '../analysis/originals.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { improvementHarvests } from './schema.js';
import type { HarvestKind } from './vocabulary.js';

export type Harvest = typeof improvementHarvests.$inferSelect;

export interface HarvestInput {
  kind: HarvestKind;
  gathering?: number | null;
  tableLabel?: string;
  round?: number | null;
  question?: string;
  host?: string;
  text: string;
}

/** Café tables and group work become group-work notes; a user interview (appendix 1, task 3) an interview document. */
const documentKindOf = { cafe: 'group_work_notes', group_work: 'group_work_notes', user_interview: 'interview_transcript' } as const;

/**
 * Records what a café-dialogue table, a group work or a user interview yielded for one municipality,
 * and files it with the analysis capability (pseudonymised there) so it can be coded with the rest.
 */
export async function recordHarvest(db: Executor, actor: Actor, programmeId: string, municipalityId: string, input: HarvestInput, keys: OriginalsKey, lang: Language, requestId?: string) {
  assertWritable(await getProgramme(db, programmeId));
  await getProgrammeMunicipality(db, programmeId, municipalityId);
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, `improvement.harvest.${key}`, vars);
  const title = [
    // The municipality is the document's own field (the title would be pseudonymised to "[kommune]" anyway).
    t(`titles.${input.kind}`, { gathering: input.gathering ?? '' }),
    input.tableLabel ? t('table', { table: input.tableLabel }) : '', input.round ? t('round', { round: input.round }) : '',
  ].filter(Boolean).join(' – ');
  const body = [input.question ? `${t('question')}: ${input.question}` : '', input.text].filter(Boolean).join('\n\n');
  const attributes: Record<string, string> = { source: 'improvement', harvest: input.kind };
  if (input.gathering) attributes.gathering = String(input.gathering);
  if (input.tableLabel) attributes.table = input.tableLabel;
  if (input.round) attributes.round = String(input.round);
  const document = await importDocument(db, actor, programmeId, { title, kind: documentKindOf[input.kind], municipalityId, activityType: input.kind === 'user_interview' ? 'interview' : 'gathering', attributes }, { text: body }, keys, requestId);
  const [row] = await db
    .insert(improvementHarvests)
    .values({
      programmeId, municipalityId, kind: input.kind, gathering: input.gathering ?? null, tableLabel: input.tableLabel ?? '', round: input.round ?? null,
      question: input.question ?? '', host: input.host ?? '', text: input.text, documentId: document.id,
    })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.harvest.record', entity: 'improvement_harvest', entityId: row.id, programmeId, after: { kind: row.kind, gathering: row.gathering, municipalityId, documentId: document.id }, requestId });
  return row;
}

export async function listHarvests(db: Executor, programmeId: string): Promise<Harvest[]> {
  return db.select().from(improvementHarvests).where(eq(improvementHarvests.programmeId, programmeId)).orderBy(asc(improvementHarvests.gathering), asc(improvementHarvests.tableLabel), asc(improvementHarvests.round), asc(improvementHarvests.createdAt));
}
