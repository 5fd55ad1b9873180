import type { Executor } from '../../db/client.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { listGroups } from '../groups/groups.js';
import { participantsByIds } from '../people/participants.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { listServices } from '../programmes/services.js';
import { getProgramme } from '../programmes/programmes.js';
import { compositionGaps, projectGroupBalance, type TeamMemberFacts } from './composition.js';
import { listProgrammeIndicators } from './indicators.js';
import { listMeasureKinds, listMeasureSummaries, type Measure } from './measures.js';
import { isStudied, listProgrammeCycles } from './pdsa.js';
import { canSeeMeasure } from './policy.js';
import { listRounds } from './rounds.js';
import { hiddenPoints, smallCellView } from './small-cells.js';
import { loadSeries, signalsOf, signalsVersion } from './series.js';
import { progressScores, tasksDueAt, teamTasks } from './team.js';
import { measureStatuses, preparatoryTasks, type Frequency } from './vocabulary.js';

const activeStatuses = new Set(['started', 'implemented', 'sustained']);

/** The first day of the period `k` periods before the one holding `now` (months and quarters by calendar, weeks by days). */
export function periodsBefore(now: Date, frequency: Frequency, k: number): string {
  if (frequency === 'week') return new Date(now.getTime() - k * 7 * 86_400_000).toISOString().slice(0, 10);
  const months = frequency === 'month' ? k : 3 * k;
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * The network at a glance: every team's state, municipality × kind of measure, every visible measure
 * with its charts' signals (the list gathering 4 compiled by hand, live), and what needs attention.
 */
export async function networkOverview(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, now = new Date()) {
  const view = smallCellView(actor, scope, (await getProgramme(db, programmeId)).smallCellThreshold);
  const municipalities = await listProgrammeMunicipalities(db, programmeId, 'all');
  const measures = (await listMeasureSummaries(db, programmeId)).filter((m) => canSeeMeasure(scope, m));
  const visible = new Set(measures.map((m) => m.id));
  const indicators = (await listProgrammeIndicators(db, programmeId)).filter((i) => visible.has(i.measureId));
  const cycles = (await listProgrammeCycles(db, programmeId)).filter((c) => visible.has(c.measureId));
  // Signals are computed when data change (series.ts); only missing or outdated ones are computed here, and
  // those of indicators counting participants for a viewer under the small-cell rule (without the hidden periods).
  type Row = (typeof indicators)[number];
  const protectedFor = (i: Row) => i.countsParticipants && !view.mayShowSmall;
  const stale = indicators.filter((i) => i.signals?.version !== signalsVersion || protectedFor(i));
  const series = await loadSeries(db, { indicatorIds: stale.map((i) => i.id) });
  const signalsOfIndicator = (i: Row) => {
    if (i.signals?.version === signalsVersion && !protectedFor(i)) return i.signals;
    const points = series.get(i.id) ?? [];
    return signalsOf(i, points, hiddenPoints(i, points, view));
  };
  const byMeasure = new Map<string, Row[]>();
  for (const i of indicators) byMeasure.set(i.measureId, [...(byMeasure.get(i.measureId) ?? []), i]);
  const cyclesOf = new Map<string, number>();
  for (const c of cycles) cyclesOf.set(c.measureId, (cyclesOf.get(c.measureId) ?? 0) + 1);

  const measureRows = measures.map((m) => {
    const signals = (byMeasure.get(m.id) ?? []).map((i) => {
      const s = signalsOfIndicator(i);
      return { indicatorId: i.id, name: i.name, frequency: i.frequency, points: s?.points ?? 0, runs: s?.runs ?? false, sigma: s?.sigma ?? 0, fewPoints: s?.fewPoints ?? true, lastPeriod: s?.lastPeriod ?? null };
    });
    return { id: m.id, municipalityId: m.municipalityId, title: m.title, kind: m.kind, status: m.status, userInvolvement: m.userInvolvement, chime: m.chime, shared: m.shared, startsOn: m.startsOn, pdsaCycles: cyclesOf.get(m.id) ?? 0, signals };
  });

  const matrix = new Map<string, { municipalityId: string; kind: string; count: number; byStatus: Record<string, number> }>();
  for (const m of measures) {
    const key = `${m.municipalityId}|${m.kind}`;
    const cell = matrix.get(key) ?? { municipalityId: m.municipalityId, kind: m.kind, count: 0, byStatus: Object.fromEntries(measureStatuses.map((s) => [s, 0])) };
    cell.count++;
    cell.byStatus[m.status]++;
    matrix.set(key, cell);
  }

  const teams = await teamStates(db, programmeId, municipalities.map((m) => m.id));
  const tasks = await teamTasks(db, programmeId);
  const rounds = await listRounds(db, programmeId);
  const progress = await progressScores(db, programmeId);
  const measuresIn = new Map<string, number>();
  for (const m of measures) measuresIn.set(m.municipalityId, (measuresIn.get(m.municipalityId) ?? 0) + 1);
  const teamRows = municipalities.map((mu) => {
    const done = new Set(tasks.filter((t) => t.municipalityId === mu.id).map((t) => t.taskKey));
    const p = progress.filter((s) => s.municipalityId === mu.id);
    return {
      municipalityId: mu.id, name: mu.name, hasTeam: teams.teams.has(mu.id), members: teams.teams.get(mu.id)?.length ?? 0,
      gaps: teams.teams.has(mu.id) ? compositionGaps(teams.teams.get(mu.id)!) : [],
      tasksDone: preparatoryTasks.filter((k) => done.has(k)).length, tasksTotal: preparatoryTasks.length, missingTasks: preparatoryTasks.filter((k) => !done.has(k)),
      measures: measuresIn.get(mu.id) ?? 0, rounds: rounds.filter((r) => r.municipalityId === mu.id).length,
      progress: p.map((s) => ({ gathering: s.gathering, score: s.score, reason: s.reason })),
    };
  });

  const staleMeasures = measureRows.filter((m) => activeStatuses.has(m.status) && isStale(m, now)).map((m) => ({ measureId: m.id, municipalityId: m.municipalityId, title: m.title, lastPeriod: m.signals.map((s) => s.lastPeriod).filter(Boolean).sort().at(-1) ?? null }));
  const today = now.toISOString().slice(0, 10);
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const unstudied = cycles.filter((c) => !isStudied(c) && c.startsOn <= today).map((c) => {
    const m = measureById.get(c.measureId)!;
    return { cycleId: c.id, measureId: m.id, municipalityId: m.municipalityId, title: m.title, startsOn: c.startsOn };
  });

  return {
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
    kinds: await listMeasureKinds(db, programmeId),
    teams: teamRows,
    matrix: [...matrix.values()],
    measures: measureRows,
    attention: { staleMeasures, openTasks: teamRows.filter((t) => t.missingTasks.length).map((t) => ({ municipalityId: t.municipalityId, missing: t.missingTasks })), unstudiedCycles: unstudied },
    projectGroup: teams.projectGroup,
    tasksDueAt: (await tasksDueAt(db, programmeId))?.toISOString() ?? null,
    canManage: actor.isAdmin || scope.roles.has('coordinator'),
  };
}

/** No data for two periods: the newest point (or the start, when there is none) lies two periods or more back. */
function isStale(m: { startsOn: string | null; signals: { lastPeriod: string | null; frequency: Frequency }[] }, now: Date): boolean {
  if (m.signals.length === 0) return false;
  return m.signals.every((s) => {
    const since = s.lastPeriod ?? m.startsOn;
    return since !== null && since < periodsBefore(now, s.frequency, 2);
  });
}

/** Every improvement team's members as composition facts, and the project group's balance, with two queries for all people. */
async function teamStates(db: Executor, programmeId: string, municipalityIds: string[]) {
  const groups = await listGroups(db, programmeId);
  const ids = [...new Set(groups.flatMap((g) => g.members.map((m) => m.participantId)).filter((x): x is string => !!x))];
  const people = new Map((await participantsByIds(db, programmeId, ids)).map((p) => [p.id, p]));
  const serviceNames = new Map<string, string>();
  for (const municipalityId of new Set([...people.values()].filter((p) => p.serviceId).map((p) => p.municipalityId)))
    for (const s of await listServices(db, programmeId, municipalityId)) serviceNames.set(s.id, s.name);
  const facts = (g: (typeof groups)[number]): TeamMemberFacts[] =>
    g.members.map((m) => {
      const p = m.participantId ? people.get(m.participantId) : undefined;
      return { groupRole: m.role, personRole: p?.role ?? null, subRole: p?.subRole ?? null, serviceName: p?.serviceId ? (serviceNames.get(p.serviceId) ?? null) : null };
    });
  const teams = new Map<string, TeamMemberFacts[]>();
  for (const g of groups) if (g.kind === 'improvement_team' && g.municipalityId && municipalityIds.includes(g.municipalityId)) teams.set(g.municipalityId, facts(g));
  const projectGroup = groups.find((g) => g.kind === 'project_group');
  return { teams, projectGroup: projectGroup ? projectGroupBalance(facts(projectGroup)) : null };
}

export type NetworkOverview = Awaited<ReturnType<typeof networkOverview>>;
export type { Measure };
