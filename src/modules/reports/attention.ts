/**
 * "What needs attention today" on the programme overview: invitations without replies, surveys closing
 * soon, follow-up points due, improvement measures without data and documents not yet coded. Each line
 * has a count, the page where the work is done (relative to the programme) and its first few items with
 * their own deep links. Read through the owning modules' exported queries; a municipal contact gets only
 * lines of their own municipalities; counts of people are small-cell protected.
 */
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { protectCount, type ProtectedCount } from '../../lib/small-cells.js';
import { listActivities } from '../activities/activities.js';
import { activityName } from '../activities/labels.js';
import { followUpsDueBy, unansweredInvitationCounts } from '../activities/progress-counts.js';
import { listActivityTypes } from '../activities/types.js';
import { uncodedDocuments } from '../analysis/uncoded.js';
import { measuresWithoutData } from '../improvement/without-data.js';
import { localText } from '../questionnaires/export-columns.js';
import { surveysClosingBetween } from '../questionnaires/survey-deadlines.js';

export const attentionKinds = ['invitations', 'surveys', 'followUps', 'measures', 'documents'] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export interface AttentionEntry { id: string; label: string; link: string; count: ProtectedCount | null; date: string | null }
export interface AttentionLine { kind: AttentionKind; count: ProtectedCount; link: string; entries: AttentionEntry[] }

export interface AttentionView {
  visible: 'all' | Set<string>;
  mayShowSmall: boolean;
  threshold: number;
  lang: Language;
  now: Date;
  /** The lines the viewer may act on: those whose page they may open (the owning modules' policies say). */
  kinds: ReadonlySet<AttentionKind>;
  /** How far ahead "soon" reaches for surveys closing and follow-up points due. */
  horizonDays?: number;
}

/** How many items each line lists below its count; the rest are on the linked page. */
export const entriesPerLine = 5;

const plain = (n: number): ProtectedCount => ({ value: n, suppressed: false });
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function attentionLines(db: Executor, programmeId: string, v: AttentionView): Promise<AttentionLine[]> {
  const inView = (m: string | null) => v.visible === 'all' || (m !== null && v.visible.has(m));
  const until = new Date(v.now.getTime() + (v.horizonDays ?? 7) * 86_400_000);
  const wants = (k: AttentionKind) => v.kinds.has(k);
  const none = Promise.resolve([]);
  const [acts, types, invitations, surveys, followUps, measures, docs] = await Promise.all([
    listActivities(db, programmeId, { municipalities: v.visible }),
    listActivityTypes(db, programmeId),
    wants('invitations') ? unansweredInvitationCounts(db, programmeId) : none,
    wants('surveys') ? surveysClosingBetween(db, programmeId, v.now, until) : none,
    wants('followUps') ? followUpsDueBy(db, programmeId, isoDate(until)) : none,
    wants('measures') ? measuresWithoutData(db, programmeId) : none,
    wants('documents') ? uncodedDocuments(db, programmeId) : none,
  ]);
  const typeLabels = new Map(types.map((t) => [t.key, t.labels]));
  const actName = new Map(acts.map((a) => [a.id, activityName(v.lang, a, typeLabels.get(a.typeKey), null)]));
  const protect = (n: number) => protectCount(n, v.threshold, v.mayShowSmall);
  const line = (kind: AttentionKind, count: ProtectedCount, page: string, entries: AttentionEntry[]): AttentionLine =>
    // With a single item the line leads straight to it; otherwise to the list where the work is done.
    ({ kind, count, link: entries.length === 1 ? entries[0].link : page, entries: entries.slice(0, entriesPerLine) });

  const inv = invitations.filter((r) => inView(r.municipalityId));
  const due = followUps.filter((r) => inView(r.municipalityId));
  const dueByActivity = new Map<string, { n: number; dueOn: string | null }>();
  for (const f of due) {
    const e = dueByActivity.get(f.activityId) ?? { n: 0, dueOn: f.dueOn };
    dueByActivity.set(f.activityId, { n: e.n + 1, dueOn: e.dueOn });
  }
  const openSurveys = surveys.filter((s) => inView(s.municipalityId));
  const dataless = measures.filter((m) => inView(m.municipalityId));
  const uncoded = docs.filter((d) => inView(d.municipalityId));
  const lines: AttentionLine[] = [
    line('invitations', protect(inv.reduce((s, r) => s + r.n, 0)), '/activities',
      inv.map((r) => ({ id: r.activityId, label: actName.get(r.activityId) ?? '', link: `/activities/${r.activityId}`, count: protect(r.n), date: null }))),
    line('surveys', plain(openSurveys.length), '/questionnaires/surveys',
      openSurveys.map((s) => ({ id: s.id, label: localText(s.title, v.lang), link: `/questionnaires/surveys/${s.id}`, count: null, date: s.closesAt ? s.closesAt.toISOString() : null }))),
    line('followUps', plain(due.length), '/activities',
      [...dueByActivity].map(([activityId, e]) => ({ id: activityId, label: actName.get(activityId) ?? '', link: `/activities/${activityId}`, count: plain(e.n), date: e.dueOn }))),
    line('measures', plain(dataless.length), '/improvement',
      dataless.map((m) => ({ id: m.id, label: m.title, link: `/improvement/measures/${m.id}`, count: null, date: null }))),
    line('documents', plain(uncoded.length), '/analysis',
      uncoded.map((d) => ({ id: d.id, label: d.title, link: `/analysis/documents/${d.id}`, count: null, date: null }))),
  ];
  return lines.filter((l) => wants(l.kind));
}
