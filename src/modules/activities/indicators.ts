import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { mayShowSmallCells, protectCount } from '../../lib/small-cells.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { getProgrammeMunicipality, listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { getProgramme } from '../programmes/programmes.js';
import { listServices } from '../programmes/services.js';
import { listActivities } from './activities.js';
import { attendanceRows } from './attendance-figures.js';
import { computeIndicators } from './indicators-compute.js';
import { activityOutputs } from './schema.js';
import { listActivityTypes } from './types.js';

export interface IndicatorQuery {
  /** One municipality, or the whole programme (a municipal contact always gets one of theirs). */
  municipalityId?: string;
  /** "Came regularly" = attended at least this many of the activities one was invited to. */
  regularN: number;
}

/**
 * The indicators as the viewer may see them: for the programme (with a row per municipality) or one
 * municipality. Counts of people of 1..threshold-1 are suppressed for roles that may not see small cells.
 */
export async function loadIndicators(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, query: IndicatorQuery) {
  const programme = await getProgramme(db, programmeId);
  const municipalities = await listProgrammeMunicipalities(db, programmeId, scope.municipalities);
  if (query.municipalityId) await getProgrammeMunicipality(db, programmeId, query.municipalityId);
  const municipalityId = query.municipalityId ?? (scope.municipalities === 'all' ? undefined : municipalities[0]?.id);
  const activities = await listActivities(db, programmeId, { municipalities: scope.municipalities });
  const facts = (await attendanceRows(db, programmeId)).filter((f) => scope.municipalities === 'all' || scope.municipalities.has(f.municipalityId));
  const services = (await Promise.all(municipalities.map((m) => listServices(db, programmeId, m.id)))).flat();
  const outputs = activities.length ? await db.select().from(activityOutputs).where(inArray(activityOutputs.activityId, activities.map((a) => a.id))) : [];
  const base = { activities, facts, services, outputs, regularN: query.regularN };
  const result = computeIndicators({ ...base, municipalityId });
  const byMunicipality = municipalityId
    ? []
    : municipalities.map((m) => {
      const r = computeIndicators({ ...base, municipalityId: m.id });
      return { municipalityId: m.id, name: m.name, ...r.totals, servicesMapped: r.engagement.servicesMapped, servicesTotal: r.engagement.servicesTotal, materials: r.engagement.materials.length };
    });

  const showSmall = mayShowSmallCells({ roles: scope.roles, isAdmin: actor.isAdmin });
  const threshold = programme.smallCellThreshold;
  const guard = <T extends { invited: number; attended: number; rate: number | null }>(row: T) => {
    const invited = protectCount(row.invited, threshold, showSmall);
    const attended = protectCount(row.attended, threshold, showSmall);
    const suppressed = invited.suppressed || attended.suppressed;
    return { ...row, invited: invited.value, attended: attended.value, rate: suppressed ? null : row.rate, suppressed };
  };
  const types = new Map((await listActivityTypes(db, programmeId)).map((t) => [t.key, t.labels]));
  return {
    programmeId, municipalityId: municipalityId ?? null, regularN: query.regularN, smallCellThreshold: threshold,
    typeLabels: Object.fromEntries(types),
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
    activities: result.activities,
    totals: guard(result.totals),
    attendance: result.attendance.map(guard),
    regular: result.regular.map((r) => {
      const participants = protectCount(r.participants, threshold, showSmall);
      const regular = protectCount(r.regular, threshold, showSmall);
      return { ...r, participants: participants.value, regular: regular.value, suppressed: participants.suppressed || regular.suppressed };
    }),
    engagement: { ...result.engagement, participation: result.engagement.participation.map(guard) },
    byMunicipality: byMunicipality.map(guard),
  };
}

export type IndicatorsView = Awaited<ReturnType<typeof loadIndicators>>;
