/**
 * A short progress report for the steering group (issue 14 §1), from the overview's data: status against
 * the plan per municipality, what needs attention, and the decisions needed — the open decisions and
 * follow-up points recorded at activities that the coordinator picked, and any the coordinator typed.
 * Built as an OfficeDocument and written by the one Word kit.
 */
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { wordDocument, wordLanguageTag, type OfficeBlock } from '../../lib/office/word.js';
import type { ProtectedCount } from '../../lib/small-cells.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { activityName } from '../activities/labels.js';
import { decisionsForSteering } from '../activities/progress-counts.js';
import { listActivityTypes } from '../activities/types.js';
import { getProgramme } from '../programmes/programmes.js';
import { programmeOverview } from './overview.js';

export interface SteeringInput {
  /** Ids of activity decisions / follow-up points to put before the group. */
  decisionIds: string[];
  /** Decisions the coordinator writes in (one per line item). */
  typed: string[];
}

/** Open decisions and follow-up points the viewer may see, named by the activity they came from. */
export async function steeringCandidates(db: Executor, scope: ProgrammeScope, programmeId: string, lang: Language) {
  const inView = (m: string | null) => scope.municipalities === 'all' || (m !== null && scope.municipalities.has(m));
  const [rows, acts, types] = await Promise.all([decisionsForSteering(db, programmeId), listActivities(db, programmeId, { municipalities: scope.municipalities }), listActivityTypes(db, programmeId)]);
  const labels = new Map(types.map((t) => [t.key, t.labels]));
  const names = new Map(acts.map((a) => [a.id, activityName(lang, a, labels.get(a.typeKey), null)]));
  return rows.filter((r) => inView(r.municipalityId)).map((r) => ({ id: r.id, kind: r.kind, text: r.text, owner: r.owner, dueOn: r.dueOn, activityId: r.activityId, activity: names.get(r.activityId) ?? '' }));
}

export async function steeringReportDocx(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, input: SteeringInput, lang: Language, now = new Date()) {
  const t = (key: string, vars: Record<string, string | number> = {}) => translate(lang, `reports.steering.${key}`, vars);
  const count = (c: ProtectedCount) => (c.suppressed ? t('suppressed') : String(c.value));
  const programme = await getProgramme(db, programmeId);
  const overview = await programmeOverview(db, actor, scope, programmeId, lang, now);
  const candidates = await steeringCandidates(db, scope, programmeId, lang);
  const picked = candidates.filter((c) => input.decisionIds.includes(c.id));
  const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(now);
  const title = t('title', { programme: programme.name });
  const stage = (s: string | null) => (s ? translate(lang, `codesign.ebcd.stages.${s}`) : '–');
  const blocks: OfficeBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', runs: [{ text: t('dated', { date }), italic: true }] },
    { kind: 'heading', level: 2, text: t('statusHeading') },
    {
      kind: 'table', title: t('statusTable'),
      header: [t('municipality'), t('planned'), t('held'), ...(overview.kind === 'codesign' ? [t('stage')] : []), t('recruited'), t('target')],
      rows: overview.municipalities.map((m) => [m.name, String(m.activities.planned), String(m.activities.held), ...(overview.kind === 'codesign' ? [stage(m.stage)] : []), count(m.recruitment.recruited), String(m.recruitment.target)]),
    },
    { kind: 'paragraph', runs: [{ text: t('programmeWide', { planned: overview.programmeWide.planned, held: overview.programmeWide.held }) }] },
  ];
  if (overview.gatherings) blocks.push({ kind: 'paragraph', runs: [{ text: t('gatherings', { held: overview.gatherings.held, planned: overview.gatherings.planned }) }] });
  if (overview.suppressing) blocks.push({ kind: 'paragraph', small: true, runs: [{ text: t('suppressedNote', { threshold: overview.threshold }), italic: true }] });
  blocks.push(
    { kind: 'heading', level: 2, text: t('attentionHeading') },
    { kind: 'list', ordered: false, items: overview.attention.map((a) => [{ text: `${translate(lang, `reports.attention.${a.kind}`)}: ${count(a.count)}` }]) },
    { kind: 'heading', level: 2, text: t('decisionsHeading') },
  );
  const decisions = [
    ...picked.map((d) => [{ text: d.text }, { text: ` (${[d.activity, d.owner, d.dueOn ? t('due', { date: d.dueOn }) : ''].filter(Boolean).join(', ')})`, italic: true }]),
    ...input.typed.map((text) => text.trim()).filter(Boolean).map((text) => [{ text }]),
  ];
  blocks.push(decisions.length ? { kind: 'list', ordered: true, items: decisions } : { kind: 'paragraph', runs: [{ text: t('noDecisions') }] });
  const words = { table: translate(lang, 'documents.word.table'), figure: translate(lang, 'documents.word.figure'), note: translate(lang, 'documents.word.note'), page: translate(lang, 'documents.word.page') };
  const bytes = await wordDocument({ title, languageTag: wordLanguageTag(lang), words, blocks });
  return { bytes, fileName: `${t('fileName')}-${now.toISOString().slice(0, 10)}.docx` };
}
