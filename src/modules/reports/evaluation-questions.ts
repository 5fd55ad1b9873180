/**
 * The evaluation plan's questions (seed 004 §2, planned together with the network from the start, §7):
 * each names its data sources and analyses and moves planned → data collected → analysed → written,
 * every move kept as history. `listEvaluationQuestions` is what the report's "findings per question" reads.
 */
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { invalidField, notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { analysisCatalogue, sourceCatalogue } from './catalogue.js';
import { reportsEvaluationQuestions, reportsQuestionStatusChanges, type AnalysisLink, type SourceLink } from './schema.js';
import type { AnalysisKind, QuestionStatus, SourceKind } from './vocabulary.js';

export type QuestionRow = typeof reportsEvaluationQuestions.$inferSelect;

/** A linked source or analysis with its name as read now (a deleted record reads "(removed)"). */
export interface ResolvedLink<K extends string> { kind: K; refId: string | null; label: string }

export interface EvaluationQuestion {
  id: string;
  position: number;
  text: string;
  sources: ResolvedLink<SourceKind>[];
  analyses: ResolvedLink<AnalysisKind>[];
  status: QuestionStatus;
}

export interface QuestionInput {
  text: string;
  sources?: SourceLink[];
  analyses?: AnalysisLink[];
  status?: QuestionStatus;
}

const linkKey = (l: { kind: string; refId: string | null }) => `${l.kind}:${l.refId ?? '*'}`;

/** The questions of a programme in plan order, with sources and analyses named in `lang`. */
export async function listEvaluationQuestions(db: Executor, programmeId: string, lang: Language = 'nb'): Promise<EvaluationQuestion[]> {
  const rows = await db.select().from(reportsEvaluationQuestions).where(eq(reportsEvaluationQuestions.programmeId, programmeId)).orderBy(asc(reportsEvaluationQuestions.position), asc(reportsEvaluationQuestions.createdAt));
  if (rows.length === 0) return [];
  const names = new Map([...(await sourceCatalogue(db, programmeId, lang)), ...analysisCatalogue(lang)].map((e) => [linkKey(e), e.label]));
  const resolve = <K extends string>(l: { kind: K; refId: string | null }): ResolvedLink<K> => ({ kind: l.kind, refId: l.refId, label: names.get(linkKey(l)) ?? translate(lang, 'reports.plan.removed') });
  return rows.map((r) => ({ id: r.id, position: r.position, text: r.text, status: r.status, sources: r.sources.map(resolve), analyses: r.analyses.map(resolve) }));
}

export async function getQuestion(db: Executor, programmeId: string, questionId: string): Promise<QuestionRow> {
  const [row] = await db.select().from(reportsEvaluationQuestions).where(and(eq(reportsEvaluationQuestions.programmeId, programmeId), eq(reportsEvaluationQuestions.id, questionId)));
  if (!row) throw notFound();
  return row;
}

/** Links must name records of this programme (checked against the catalogue) and appear once each. */
async function checkLinks(db: Executor, programmeId: string, sources: SourceLink[] | undefined, analyses: AnalysisLink[] | undefined): Promise<void> {
  if (sources?.some((s) => s.refId !== null)) {
    const known = new Set((await sourceCatalogue(db, programmeId, 'nb')).map(linkKey));
    sources.forEach((s, i) => { if (!known.has(linkKey(s))) throw invalidField(`sources.${i}`, 'reports.errors.unknownSource'); });
  }
  const dupe = (list: { kind: string; refId: string | null }[] | undefined, path: string) => {
    const seen = new Set<string>();
    list?.forEach((l, i) => { if (seen.has(linkKey(l))) throw invalidField(`${path}.${i}`, 'reports.errors.duplicateLink'); seen.add(linkKey(l)); });
  };
  dupe(sources, 'sources');
  dupe(analyses, 'analyses');
}

export async function createQuestion(db: Executor, actor: Actor, programmeId: string, input: QuestionInput, requestId?: string): Promise<QuestionRow> {
  assertWritable(await getProgramme(db, programmeId));
  await checkLinks(db, programmeId, input.sources, input.analyses);
  const [{ last }] = await db.select({ last: max(reportsEvaluationQuestions.position) }).from(reportsEvaluationQuestions).where(eq(reportsEvaluationQuestions.programmeId, programmeId));
  const status = input.status ?? 'planned';
  const [row] = await db
    .insert(reportsEvaluationQuestions)
    .values({ programmeId, position: (last ?? 0) + 1, text: input.text.trim(), status, sources: input.sources ?? [], analyses: input.analyses ?? [], createdBy: actor.userId })
    .returning();
  await db.insert(reportsQuestionStatusChanges).values({ questionId: row.id, fromStatus: null, toStatus: status, changedBy: actor.userId });
  await recordAudit(db, { actorId: actor.userId, action: 'reports.question.create', entity: 'reports_evaluation_question', entityId: row.id, programmeId, after: { position: row.position, status, sources: row.sources.length, analyses: row.analyses.length }, requestId });
  return row;
}

export async function updateQuestion(db: Executor, actor: Actor, question: QuestionRow, patch: Partial<QuestionInput> & { position?: number }, requestId?: string): Promise<QuestionRow> {
  assertWritable(await getProgramme(db, question.programmeId));
  await checkLinks(db, question.programmeId, patch.sources, patch.analyses);
  const [after] = await db
    .update(reportsEvaluationQuestions)
    .set({ ...patch, ...(patch.text !== undefined ? { text: patch.text.trim() } : {}), updatedAt: new Date() })
    .where(eq(reportsEvaluationQuestions.id, question.id))
    .returning();
  if (patch.status && patch.status !== question.status)
    await db.insert(reportsQuestionStatusChanges).values({ questionId: question.id, fromStatus: question.status, toStatus: patch.status, changedBy: actor.userId });
  await recordAudit(db, {
    actorId: actor.userId, action: 'reports.question.update', entity: 'reports_evaluation_question', entityId: question.id, programmeId: question.programmeId, requestId,
    before: { status: question.status, position: question.position }, after: { status: after.status, position: after.position, fields: Object.keys(patch) },
  });
  return after;
}

export async function deleteQuestion(db: Executor, actor: Actor, question: QuestionRow, requestId?: string): Promise<void> {
  assertWritable(await getProgramme(db, question.programmeId));
  await db.delete(reportsEvaluationQuestions).where(eq(reportsEvaluationQuestions.id, question.id));
  await recordAudit(db, { actorId: actor.userId, action: 'reports.question.delete', entity: 'reports_evaluation_question', entityId: question.id, programmeId: question.programmeId, before: { status: question.status, position: question.position }, requestId });
}

/** Each question's status moves, oldest first, with who made them (user id; the route adds names). */
export async function questionHistory(db: Executor, questionIds: string[]) {
  if (questionIds.length === 0) return [];
  const h = reportsQuestionStatusChanges;
  return db.select({ questionId: h.questionId, fromStatus: h.fromStatus, toStatus: h.toStatus, changedBy: h.changedBy, changedAt: h.changedAt }).from(h).where(inArray(h.questionId, questionIds)).orderBy(asc(h.changedAt));
}

/**
 * Seed 004 §2's two evaluation questions, in `lang`, linked to the sources and analyses the seed used
 * (meetings, documents and focus groups; themes and the co-design thread). One click in the plan.
 */
export async function addTemplateQuestions(db: Executor, actor: Actor, programmeId: string, lang: Language, requestId?: string): Promise<QuestionRow[]> {
  const created: QuestionRow[] = [];
  const templates: { key: string; sources: SourceLink[]; analyses: AnalysisLink[] }[] = [
    { key: 'q1', sources: [{ kind: 'activity', refId: null }, { kind: 'document', refId: null }], analyses: [{ kind: 'themes', refId: null }] },
    { key: 'q2', sources: [{ kind: 'document', refId: null }, { kind: 'survey', refId: null }, { kind: 'activity', refId: null }], analyses: [{ kind: 'themes', refId: null }] },
  ];
  for (const t of templates)
    created.push(await createQuestion(db, actor, programmeId, { text: translate(lang, `reports.plan.template.${t.key}`), sources: t.sources, analyses: t.analyses }, requestId));
  return created;
}
