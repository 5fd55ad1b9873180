import { and, asc, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { invalidField } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { answerableVariables } from '../questionnaires/definition.js';
import { enablePublicLink } from '../questionnaires/distribution.js';
import type { ExportRow } from '../questionnaires/export-columns.js';
import { responseBatches, surveyForExport } from '../questionnaires/export-source.js';
import { createInstrument, listInstruments, publishDraft } from '../questionnaires/instruments.js';
import { localText } from '../questionnaires/local-text.js';
import { createSurveys, setSurveyStatus } from '../questionnaires/surveys.js';
import { isTemplateKey } from '../questionnaires/templates/index.js';
import { improvementRounds } from './schema.js';

export type Round = typeof improvementRounds.$inferSelect;

/** The programme's published version of an instrument: a template's (made and published on first use) or a named instrument's latest. */
async function publishedVersionFor(db: Executor, actor: Actor, programmeId: string, instrument: string, requestId?: string): Promise<string> {
  const all = await listInstruments(db, programmeId);
  const existing = isTemplateKey(instrument) ? all.find((i) => i.templateKey === instrument && i.versions.some((v) => v.status === 'published')) : all.find((i) => i.id === instrument);
  const published = existing?.versions.find((v) => v.status === 'published');
  if (published) return published.id;
  if (!isTemplateKey(instrument)) throw invalidField('instrument', 'improvement.errors.instrumentNotPublished');
  const created = await createInstrument(db, actor, programmeId, { templateKey: instrument }, requestId);
  return (await publishDraft(db, actor, programmeId, created.id, requestId)).id;
}

/**
 * A new self-assessment round for a municipality: the first of an instrument is the baseline, later
 * ones repeats. It is an anonymous survey of the questionnaires module, opened at once with a public
 * link the team shares among its members.
 */
export async function startRound(
  db: Executor, actor: Actor, programmeId: string, municipalityId: string, instrument: string, ctx: { key: Buffer; publicUrl: string }, requestId?: string,
) {
  assertWritable(await getProgramme(db, programmeId));
  const municipality = await getProgrammeMunicipality(db, programmeId, municipalityId);
  const versionId = await publishedVersionFor(db, actor, programmeId, instrument, requestId);
  const earlier = await db.select({ ordinal: improvementRounds.ordinal }).from(improvementRounds).where(and(eq(improvementRounds.municipalityId, municipalityId), eq(improvementRounds.templateKey, instrument)));
  const ordinal = earlier.reduce((n, r) => Math.max(n, r.ordinal), 0) + 1;
  const [survey] = await createSurveys(db, actor, programmeId, {
    instrumentVersionId: versionId, municipalityId, mode: 'anonymous', display: 'whole',
    title: { nb: `${municipality.name}: runde ${ordinal}`, nn: `${municipality.name}: runde ${ordinal}`, en: `${municipality.name}: round ${ordinal}` },
  }, requestId);
  const opened = await setSurveyStatus(db, actor, programmeId, survey.id, 'open', requestId);
  const link = await enablePublicLink(db, actor, opened, ctx.key, ctx.publicUrl, requestId);
  const [round] = await db.insert(improvementRounds).values({ programmeId, municipalityId, templateKey: instrument, ordinal, surveyId: survey.id }).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'improvement.round.start', entity: 'improvement_round', entityId: round.id, programmeId, after: { municipalityId, instrument, ordinal, surveyId: survey.id }, requestId });
  return { round, link };
}

export async function listRounds(db: Executor, programmeId: string, municipalityId?: string): Promise<Round[]> {
  const where = municipalityId ? and(eq(improvementRounds.programmeId, programmeId), eq(improvementRounds.municipalityId, municipalityId)) : eq(improvementRounds.programmeId, programmeId);
  return db.select().from(improvementRounds).where(where).orderBy(asc(improvementRounds.templateKey), asc(improvementRounds.ordinal));
}

export interface RoundComparison {
  instrument: string;
  title: string;
  rounds: { id: string; ordinal: number; surveyId: string; responses: number; startedAt: string }[];
  /** One row per question: the answers of each round side by side (several respondents joined). */
  questions: { name: string; number: string | null; label: string; answers: string[][] }[];
  /** Scored instruments: each scale's mean score per round. */
  scales: { name: string; label: string; means: (number | null)[] }[];
}

const answerText = (v: unknown): string => (v === null || v === undefined || v === '' ? '' : Array.isArray(v) ? v.join(', ') : String(v));

/** The rounds of one municipality, instrument by instrument, answers and scale scores side by side. */
export async function compareRounds(db: Database, programmeId: string, municipalityId: string, lang: Language): Promise<RoundComparison[]> {
  const rounds = await listRounds(db, programmeId, municipalityId);
  const byInstrument = new Map<string, Round[]>();
  for (const r of rounds) byInstrument.set(r.templateKey, [...(byInstrument.get(r.templateKey) ?? []), r]);
  const out: RoundComparison[] = [];
  for (const [instrument, list] of byInstrument) {
    const surveys = await Promise.all(list.map((r) => surveyForExport(db, programmeId, r.surveyId)));
    const definition = surveys.at(-1)!.definition;
    const responses: ExportRow[][] = [];
    for (const s of surveys) {
      const rows: ExportRow[] = [];
      for await (const batch of responseBatches(db, s)) rows.push(...batch.filter((r) => r.status === 'complete'));
      responses.push(rows);
    }
    const variables = answerableVariables(definition);
    out.push({
      instrument,
      title: localText(definition.title, lang).text,
      rounds: list.map((r, i) => ({ id: r.id, ordinal: r.ordinal, surveyId: r.surveyId, responses: responses[i].length, startedAt: r.createdAt.toISOString() })),
      questions: variables.map((v) => ({
        name: v.name, number: (v.item as { questionNumber?: string }).questionNumber ?? null, label: localText(v.row?.label ?? (v.item as { label: Parameters<typeof localText>[0] }).label, lang).text,
        answers: responses.map((rows) => rows.map((r) => answerText(r.answers[v.name])).filter(Boolean)),
      })),
      scales: definition.scales.map((s) => ({
        name: s.name, label: localText(s.label, lang).text,
        means: responses.map((rows) => {
          const scores = rows.map((r) => r.scores?.[s.name]).filter((x): x is number => typeof x === 'number');
          return scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null;
        }),
      })),
    });
  }
  return out;
}
