import { and, desc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { InstrumentDefinitionSchema, type InstrumentDefinition, type LocalText } from './definition.js';
import { assertDefinitionUsable, blankDefinition, definitionFromTemplate } from './definition-source.js';
import { instrumentVersions, instruments } from './schema.js';

export type Instrument = typeof instruments.$inferSelect;
export type InstrumentVersion = typeof instrumentVersions.$inferSelect;
export type CreateInstrumentInput = { title: string | LocalText } | { templateKey: string } | { definition: InstrumentDefinition };

/** Every instrument of the programme with its newest version's number and status. */
export async function listInstruments(db: Executor, programmeId: string) {
  const rows = await db.select().from(instruments).where(eq(instruments.programmeId, programmeId)).orderBy(desc(instruments.createdAt));
  if (rows.length === 0) return [];
  const versions = await db
    .select({ id: instrumentVersions.id, instrumentId: instrumentVersions.instrumentId, version: instrumentVersions.version, status: instrumentVersions.status, publishedAt: instrumentVersions.publishedAt })
    .from(instrumentVersions)
    .where(inArray(instrumentVersions.instrumentId, rows.map((r) => r.id)))
    .orderBy(desc(instrumentVersions.version));
  return rows.map((r) => ({ ...r, versions: versions.filter((v) => v.instrumentId === r.id) }));
}

export async function getInstrument(db: Executor, programmeId: string, instrumentId: string): Promise<Instrument> {
  const [row] = await db.select().from(instruments).where(and(eq(instruments.id, instrumentId), eq(instruments.programmeId, programmeId)));
  if (!row) throw notFound();
  return row;
}

/** The instrument with every version (definitions left out: a version is fetched on its own). */
export async function instrumentWithVersions(db: Executor, programmeId: string, instrumentId: string) {
  const instrument = await getInstrument(db, programmeId, instrumentId);
  const versions = await db
    .select({ id: instrumentVersions.id, version: instrumentVersions.version, status: instrumentVersions.status, publishedAt: instrumentVersions.publishedAt, createdAt: instrumentVersions.createdAt })
    .from(instrumentVersions)
    .where(eq(instrumentVersions.instrumentId, instrumentId))
    .orderBy(desc(instrumentVersions.version));
  return { ...instrument, versions };
}

/** A version of one of the programme's instruments (404 for another programme's). */
export async function getVersion(db: Executor, programmeId: string, versionId: string): Promise<InstrumentVersion & { programmeId: string }> {
  const [row] = await db
    .select({ version: instrumentVersions, programmeId: instruments.programmeId })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(instrumentVersions.id, versionId), eq(instruments.programmeId, programmeId)));
  if (!row) throw notFound();
  return { ...row.version, programmeId: row.programmeId };
}

export async function getDraft(db: Executor, programmeId: string, instrumentId: string): Promise<InstrumentVersion> {
  await getInstrument(db, programmeId, instrumentId);
  const [draft] = await db.select().from(instrumentVersions).where(and(eq(instrumentVersions.instrumentId, instrumentId), eq(instrumentVersions.status, 'draft')));
  if (!draft) throw notFound();
  return draft;
}

/** A new instrument with version 1 as a draft: blank, from a shipped template, or from a definition (an import). */
export async function createInstrument(db: Executor, actor: Actor, programmeId: string, input: CreateInstrumentInput, requestId?: string) {
  let definition: InstrumentDefinition;
  let templateKey: string | null = null;
  if ('definition' in input) {
    definition = InstrumentDefinitionSchema.parse(input.definition);
    assertDefinitionUsable(definition);
  } else if ('templateKey' in input) {
    definition = definitionFromTemplate(input.templateKey);
    templateKey = input.templateKey;
  } else {
    definition = blankDefinition(typeof input.title === 'string' ? { [actor.language]: input.title } : input.title);
  }
  const [instrument] = await db.insert(instruments).values({ programmeId, title: definition.title, templateKey, createdBy: actor.userId }).returning();
  const [version] = await db.insert(instrumentVersions).values({ instrumentId: instrument.id, version: 1, status: 'draft', definition }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'instrument.create', entity: 'instrument', entityId: instrument.id, programmeId, after: { templateKey, version: 1 }, requestId });
  return { ...instrument, versions: [{ id: version.id, version: 1, status: version.status, publishedAt: null, createdAt: version.createdAt }] };
}

/**
 * Replaces the draft's definition. Only a draft row is ever updated (the WHERE says so), which is
 * what keeps a published version frozen even if two requests race.
 */
export async function saveDraft(db: Executor, actor: Actor, programmeId: string, instrumentId: string, definition: InstrumentDefinition, requestId?: string) {
  const draft = await getDraft(db, programmeId, instrumentId);
  assertDefinitionUsable(definition);
  const [saved] = await db
    .update(instrumentVersions)
    .set({ definition })
    .where(and(eq(instrumentVersions.id, draft.id), eq(instrumentVersions.status, 'draft')))
    .returning();
  if (!saved) throw conflict('errors.questionnaireVersionPublished');
  await db.update(instruments).set({ title: definition.title }).where(eq(instruments.id, instrumentId));
  await recordAudit(db, { actorId: actor.userId, action: 'instrument.draft.save', entity: 'instrument_version', entityId: draft.id, programmeId, after: { version: draft.version, items: definition.sections.reduce((n, s) => n + s.items.length, 0) }, requestId });
  return saved;
}

/** Freezes the draft: from now on surveys may use it and it never changes again. */
export async function publishDraft(db: Executor, actor: Actor, programmeId: string, instrumentId: string, requestId?: string) {
  const draft = await getDraft(db, programmeId, instrumentId);
  assertDefinitionUsable(draft.definition);
  const [published] = await db
    .update(instrumentVersions)
    .set({ status: 'published', publishedAt: new Date(), publishedBy: actor.userId })
    .where(and(eq(instrumentVersions.id, draft.id), eq(instrumentVersions.status, 'draft')))
    .returning();
  if (!published) throw conflict('errors.questionnaireVersionPublished');
  await recordAudit(db, { actorId: actor.userId, action: 'instrument.publish', entity: 'instrument_version', entityId: draft.id, programmeId, after: { version: draft.version }, requestId });
  return published;
}

/** A new draft, a copy of the newest published version (409 while a draft exists or nothing is published). */
export async function newDraftFromLatest(db: Executor, actor: Actor, programmeId: string, instrumentId: string, requestId?: string) {
  await getInstrument(db, programmeId, instrumentId);
  const versions = await db.select().from(instrumentVersions).where(eq(instrumentVersions.instrumentId, instrumentId)).orderBy(desc(instrumentVersions.version));
  if (versions.some((v) => v.status === 'draft')) throw conflict('errors.questionnaireDraftExists');
  const latest = versions.find((v) => v.status === 'published');
  if (!latest) throw conflict('errors.questionnaireNothingPublished');
  const [{ top }] = await db.select({ top: max(instrumentVersions.version) }).from(instrumentVersions).where(eq(instrumentVersions.instrumentId, instrumentId));
  const [draft] = await db.insert(instrumentVersions).values({ instrumentId, version: (top ?? 0) + 1, status: 'draft', definition: latest.definition }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'instrument.draft.create', entity: 'instrument_version', entityId: draft.id, programmeId, after: { version: draft.version, from: latest.version }, requestId });
  return draft;
}
