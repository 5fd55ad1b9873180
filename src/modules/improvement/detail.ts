import type { Database, Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { listProgrammeMunicipalities, getProgrammeMunicipality } from '../programmes/municipalities.js';
import { getProgramme } from '../programmes/programmes.js';
import { buildIndicatorChart, type ChartAnnotation } from './chart-data.js';
import { listHarvests } from './harvests.js';
import { listIndicators, listMeasurements, type Indicator, type Measurement } from './indicators.js';
import { listMeasures, type Measure } from './measures.js';
import { listCycles, type PdsaCycle } from './pdsa.js';
import { canEditTeam, canSeeMeasure } from './policy.js';
import { compareRounds } from './rounds.js';
import { hiddenPoints, protectPoints, smallCellView, type SmallCellView } from './small-cells.js';
import { compositionGaps, memberFacts, progressScores, tasksDueAt, teamMeetings, teamOf, teamPlan, teamTasks } from './team.js';
import { preparatoryTasks } from './vocabulary.js';

const cycleMark = (c: PdsaCycle, i: number): ChartAnnotation => ({ date: c.startsOn, text: `PDSA ${i + 1}: ${c.plan.slice(0, 80)}` });

/** The chart as this viewer may see it: periods hidden by the small-cell rule are missing, and the chart says so. */
function chartFor(indicator: Indicator, rows: Measurement[], cycles: PdsaCycle[], lang: Language, view: SmallCellView, opts: { title?: string; compact?: boolean } = {}) {
  const points = rows.filter((r) => r.indicatorId === indicator.id).map((r) => ({ period: r.period, value: r.value, denominator: r.denominator, note: r.note }));
  if (points.length === 0) return null;
  const hidden = hiddenPoints(indicator, points, view);
  const count = hidden.filter(Boolean).length;
  const { chart } = buildIndicatorChart(indicator, points, cycles.map(cycleMark), lang, { ...opts, hidden });
  if (count > 0) chart.signals.push(translate(lang, 'improvement.measure.smallCellsHidden', { count, threshold: view.threshold }));
  return chart;
}

/** A measure with its PDSA timeline, its indicators, their data and charts (SVG, table and signals in words). */
export async function measureDetail(db: Executor, actor: Actor, scope: ProgrammeScope, measure: Measure, lang: Language) {
  const view = smallCellView(actor, scope, (await getProgramme(db, measure.programmeId)).smallCellThreshold);
  const cycles = await listCycles(db, [measure.id]);
  const indicators = await listIndicators(db, [measure.id]);
  const rows = await listMeasurements(db, indicators.map((i) => i.id));
  const municipality = await getProgrammeMunicipality(db, measure.programmeId, measure.municipalityId);
  return {
    measure: { ...measure, municipalityName: municipality.name, createdAt: measure.createdAt.toISOString(), updatedAt: measure.updatedAt.toISOString() },
    canEdit: canEditTeam(actor, scope, measure.municipalityId),
    cycles: cycles.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    smallCellThreshold: view.threshold,
    // The cached signals (from every value) stay out: the chart's own signals are computed from what this viewer may see.
    indicators: indicators.map(({ signals: _cached, ...i }) => {
      const own = rows.filter((r) => r.indicatorId === i.id).map((r) => ({ id: r.id, period: r.period, value: r.value, denominator: r.denominator, note: r.note }));
      return { ...i, chartType: i.chart, createdAt: i.createdAt.toISOString(), measurements: protectPoints(own, hiddenPoints(i, own, view)), chart: chartFor({ ...i, signals: null }, rows, cycles, lang, view) };
    }),
  };
}

/** The same indicator (by name) in every municipality that shares it: small multiples to compare. */
export async function smallMultiples(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, name: string | undefined, lang: Language) {
  const view = smallCellView(actor, scope, (await getProgramme(db, programmeId)).smallCellThreshold);
  const measures = (await listMeasures(db, programmeId)).filter((m) => canSeeMeasure(scope, m));
  const names = new Map((await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => [m.id, m.name]));
  const all = await listIndicators(db, measures.map((m) => m.id));
  const key = (n: string) => n.trim().toLowerCase();
  // Without a name: the indicator most municipalities measure.
  const counts = new Map<string, number>();
  for (const i of all) counts.set(key(i.name), (counts.get(key(i.name)) ?? 0) + 1);
  const wanted = name ? key(name) : [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const indicators = all.filter((i) => key(i.name) === wanted);
  const rows = await listMeasurements(db, indicators.map((i) => i.id));
  const cycles = await listCycles(db, indicators.map((i) => i.measureId));
  return indicators
    .map((i) => {
      const m = measures.find((x) => x.id === i.measureId)!;
      return { indicatorId: i.id, measureId: m.id, municipalityId: m.municipalityId, municipalityName: names.get(m.municipalityId) ?? '', chart: chartFor(i, rows, cycles.filter((c) => c.measureId === m.id), lang, view, { title: `${names.get(m.municipalityId) ?? ''}: ${i.name}`, compact: true }) };
    })
    .filter((x) => x.chart !== null)
    .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nb'));
}

/** One indicator's chart on its own (for the PNG download: a shareable export, so small cells are always hidden). */
export async function indicatorChart(db: Executor, actor: Actor, scope: ProgrammeScope, measure: Measure, indicator: Indicator, lang: Language) {
  const view = smallCellView(actor, scope, (await getProgramme(db, measure.programmeId)).smallCellThreshold, { shareable: true });
  const rows = await listMeasurements(db, [indicator.id]);
  return chartFor(indicator, rows, await listCycles(db, [indicator.measureId]), lang, view);
}

/** A municipality's workspace: team, work plan, preparatory tasks, meetings, rounds, measures, harvests and progress. */
export async function teamWorkspace(db: Database | Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, municipalityId: string, lang: Language) {
  const municipality = await getProgrammeMunicipality(db, programmeId, municipalityId);
  const team = await teamOf(db, programmeId, municipalityId);
  const members = team ? await memberFacts(db, actor, scope, team) : [];
  const plan = await teamPlan(db, programmeId, municipalityId);
  const done = new Map((await teamTasks(db, programmeId, municipalityId)).map((t) => [t.taskKey, t.doneAt.toISOString()]));
  const measures = (await listMeasures(db, programmeId, municipalityId)).filter((m) => canSeeMeasure(scope, m));
  const cycles = await listCycles(db, measures.map((m) => m.id));
  return {
    municipality: { id: municipality.id, name: municipality.name },
    canEdit: canEditTeam(actor, scope, municipalityId),
    team: team ? { groupId: team.id, name: team.name, mandate: team.mandate, meetingTimes: team.meetingTimes, members } : null,
    gaps: team ? compositionGaps(members) : [],
    plan: { anchoring: plan?.anchoring ?? '', composition: plan?.composition ?? '' },
    tasks: preparatoryTasks.map((key) => ({ key, done: done.has(key), doneAt: done.get(key) ?? null })),
    tasksDueAt: (await tasksDueAt(db, programmeId))?.toISOString() ?? null,
    meetings: (await teamMeetings(db, programmeId, municipalityId)).map((a) => ({ id: a.id, startsAt: a.startsAt?.toISOString() ?? null, status: a.status, location: a.location })),
    rounds: await compareRounds(db as Database, programmeId, municipalityId, lang),
    measures: measures.map((m) => ({ id: m.id, title: m.title, kind: m.kind, status: m.status, shared: m.shared, userInvolvement: m.userInvolvement, owner: m.owner, pdsaCycles: cycles.filter((c) => c.measureId === m.id).length })),
    harvests: (await listHarvests(db, programmeId)).filter((h) => h.municipalityId === municipalityId).map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
    progress: (await progressScores(db, programmeId)).filter((s) => s.municipalityId === municipalityId).map((s) => ({ gathering: s.gathering, score: s.score, reason: s.reason })),
  };
}
