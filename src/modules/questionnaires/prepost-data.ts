/**
 * Reads what the pre/post analysis (src/modules/prepost, issue 6) needs from the questionnaire tables,
 * here because a module queries only its own tables. One query for the scored responses — no
 * answers, no identities beyond the pairing key — so a national dataset loads in well under a second.
 */
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError } from '../../lib/errors.js';
import type { InstrumentDefinition, LocalText } from './definition.js';
import { instrumentVersions, instruments, responses, surveys } from './schema.js';

export interface PrePostWaveGroup {
  waveGroupId: string;
  municipalityId: string | null;
  activityId: string | null;
  mode: 'linked' | 'anonymous';
  /** Earliest opening of the group's surveys (orders the courses). */
  opensAt: Date | null;
}

export interface PrePostScoredResponse {
  waveGroupId: string;
  wave: 'pre' | 'post';
  participantId: string | null;
  pairingKey: string | null;
  scores: Record<string, number | null> | null;
}

export interface PrePostData {
  instrumentId: string;
  title: LocalText;
  templateKey: string | null;
  /** The newest published version's definition that a pre/post survey used: its scales are analysed. */
  definition: InstrumentDefinition;
  waveGroups: PrePostWaveGroup[];
  responses: PrePostScoredResponse[];
}

/** Instruments of the programme with at least one pre or post survey in a wave group. */
export async function listPrePostInstruments(db: Executor, programmeId: string) {
  return db
    .select({
      instrumentId: instruments.id,
      title: instruments.title,
      templateKey: instruments.templateKey,
      waveGroups: sql<number>`count(distinct ${surveys.waveGroupId})`.mapWith(Number),
    })
    .from(surveys)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, surveys.instrumentVersionId))
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(surveys.programmeId, programmeId), inArray(surveys.wave, ['pre', 'post']), isNotNull(surveys.waveGroupId)))
    .groupBy(instruments.id, instruments.title, instruments.templateKey)
    .orderBy(instruments.createdAt);
}

/**
 * The complete responses of every pre/post survey of one instrument, restricted to the municipalities
 * the caller may see ('all', or a set: a programme-wide survey is then left out).
 */
export async function loadPrePostData(db: Executor, programmeId: string, instrumentId: string, visible: 'all' | Set<string>): Promise<PrePostData> {
  const [instrument] = await db.select().from(instruments).where(and(eq(instruments.id, instrumentId), eq(instruments.programmeId, programmeId)));
  if (!instrument) throw new DomainError(404, 'errors.instrumentNotFound');
  const surveyRows = await db
    .select({
      id: surveys.id, waveGroupId: surveys.waveGroupId, wave: surveys.wave, municipalityId: surveys.municipalityId, activityId: surveys.activityId,
      mode: surveys.mode, opensAt: surveys.opensAt, createdAt: surveys.createdAt, versionId: instrumentVersions.id,
    })
    .from(surveys)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, surveys.instrumentVersionId))
    .where(and(eq(surveys.programmeId, programmeId), eq(instrumentVersions.instrumentId, instrumentId), inArray(surveys.wave, ['pre', 'post']), isNotNull(surveys.waveGroupId)))
    .orderBy(desc(instrumentVersions.version));
  const seen = surveyRows.filter((s) => visible === 'all' || (s.municipalityId !== null && visible.has(s.municipalityId)));
  // The definition once (not per survey row: a national study has hundreds of surveys of the same version).
  const definition = seen[0] ? await versionDefinition(db, seen[0].versionId) : await latestDefinition(db, instrumentId);
  const groups = new Map<string, PrePostWaveGroup>();
  for (const s of seen) {
    const g = groups.get(s.waveGroupId!) ?? { waveGroupId: s.waveGroupId!, municipalityId: s.municipalityId, activityId: s.activityId, mode: s.mode, opensAt: null };
    g.activityId ??= s.activityId;
    const at = s.opensAt ?? s.createdAt;
    if (!g.opensAt || at < g.opensAt) g.opensAt = at;
    groups.set(s.waveGroupId!, g);
  }
  const surveyIds = seen.map((s) => s.id);
  const rows = surveyIds.length === 0 ? [] : await db
    .select({ waveGroupId: surveys.waveGroupId, wave: surveys.wave, participantId: responses.participantId, pairingKey: responses.pairingKey, scores: responses.scores })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .where(and(inArray(responses.surveyId, surveyIds), eq(responses.status, 'complete')))
    .orderBy(responses.submittedAt, responses.id);
  return {
    instrumentId,
    title: instrument.title,
    templateKey: instrument.templateKey,
    definition,
    waveGroups: [...groups.values()].sort((a, b) => (a.opensAt?.getTime() ?? 0) - (b.opensAt?.getTime() ?? 0)),
    responses: rows.map((r) => ({ waveGroupId: r.waveGroupId!, wave: r.wave as 'pre' | 'post', participantId: r.participantId, pairingKey: r.pairingKey, scores: r.scores })),
  };
}

async function versionDefinition(db: Executor, versionId: string): Promise<InstrumentDefinition> {
  const [v] = await db.select({ definition: instrumentVersions.definition }).from(instrumentVersions).where(eq(instrumentVersions.id, versionId));
  return v.definition;
}

async function latestDefinition(db: Executor, instrumentId: string): Promise<InstrumentDefinition> {
  const [v] = await db.select({ definition: instrumentVersions.definition }).from(instrumentVersions).where(eq(instrumentVersions.instrumentId, instrumentId)).orderBy(desc(instrumentVersions.version)).limit(1);
  if (!v) throw new DomainError(404, 'errors.instrumentNotFound');
  return v.definition;
}

/**
 * The answers (not only scores) of the complete pre and post responses, for reliability (Cronbach's
 * alpha per wave). A separate, heavier query, read only when reliability is asked for.
 */
export async function loadPrePostAnswers(db: Executor, programmeId: string, instrumentId: string, visible: 'all' | Set<string>) {
  const rows = await db
    .select({ wave: surveys.wave, municipalityId: surveys.municipalityId, answers: responses.answers })
    .from(responses)
    .innerJoin(surveys, eq(surveys.id, responses.surveyId))
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, surveys.instrumentVersionId))
    .where(and(eq(surveys.programmeId, programmeId), eq(instrumentVersions.instrumentId, instrumentId), inArray(surveys.wave, ['pre', 'post']), isNotNull(surveys.waveGroupId), eq(responses.status, 'complete')));
  return rows
    .filter((r) => visible === 'all' || (r.municipalityId !== null && visible.has(r.municipalityId)))
    .map((r) => ({ wave: r.wave as 'pre' | 'post', answers: r.answers }));
}
