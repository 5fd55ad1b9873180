/**
 * The service journey's stages (left to right on the emotional map). A programme starts with the
 * default EBCD journey (vocabulary.ts), copied in the first time its stages are read, and may add its own.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { codesignJourneyStages, type StageLabels } from './schema.js';
import { defaultJourneyStages } from './vocabulary.js';

export type JourneyStage = typeof codesignJourneyStages.$inferSelect;

export async function journeyStages(db: Executor, programmeId: string): Promise<JourneyStage[]> {
  const existing = await db.select().from(codesignJourneyStages).where(eq(codesignJourneyStages.programmeId, programmeId)).orderBy(asc(codesignJourneyStages.position));
  if (existing.length > 0) return existing;
  await db
    .insert(codesignJourneyStages)
    .values(defaultJourneyStages.map((key, position) => ({ programmeId, key, position })))
    .onConflictDoNothing();
  return db.select().from(codesignJourneyStages).where(eq(codesignJourneyStages.programmeId, programmeId)).orderBy(asc(codesignJourneyStages.position));
}

/** A stage's label in a language: its own labels for a programme's stage, i18n for a built-in one. */
export function stageLabel(stage: Pick<JourneyStage, 'key' | 'labels'>, lang: Language): string {
  return stage.labels ? stage.labels[lang] || stage.labels.nb : translate(lang, `codesign.stage.${stage.key}`);
}

/** Adds a stage at the end of the programme's journey. */
export async function addJourneyStage(db: Executor, actor: Actor, programmeId: string, labels: StageLabels, requestId?: string): Promise<JourneyStage> {
  const stages = await journeyStages(db, programmeId);
  const [{ n }] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(codesignJourneyStages).where(eq(codesignJourneyStages.programmeId, programmeId));
  const [row] = await db
    .insert(codesignJourneyStages)
    .values({ programmeId, key: `custom_${n + 1}`, labels, position: (stages.at(-1)?.position ?? -1) + 1 })
    .returning();
  await recordAudit(db, { actorId: actor.userId, action: 'codesign.stage.create', entity: 'codesign_journey_stage', entityId: row.id, programmeId, requestId, after: { key: row.key } });
  return row;
}
