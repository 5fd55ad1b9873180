import type { Executor } from '../../db/client.js';
import { protectCount, type ProtectedCount } from '../../lib/small-cells.js';
import { consentedParticipantIds } from '../consent/status.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { getProgramme } from '../programmes/programmes.js';
import { activityTypes } from './activity-types.js';
import { listParticipants } from './participants.js';
import { recruitmentRows } from './recruitments.js';
import { listTargets } from './targets.js';
import { participantRoles, type ParticipantRole } from './schema.js';

/** One cell: municipality (null = all visible ones) × activity type × role (null = all roles). */
export interface OverviewCell {
  municipalityId: string | null;
  activityType: string;
  role: ParticipantRole | null;
  target: number;
  recruited: ProtectedCount;
  consented: ProtectedCount;
}

/**
 * Target vs recruited vs consented, per municipality and in total. Counts are suppressed for viewers who
 * may not see small cells; targets are plans, not people, so they are always shown.
 */
export async function recruitmentOverview(db: Executor, programmeId: string, visible: 'all' | Set<string>, mayShowSmall: boolean) {
  const programme = await getProgramme(db, programmeId);
  const municipalities = await listProgrammeMunicipalities(db, programmeId, visible);
  const inView = new Set(municipalities.map((m) => m.id));
  const targets = (await listTargets(db, programmeId)).filter((t) => t.municipalityId === null || inView.has(t.municipalityId));
  const people = await listParticipants(db, programmeId, visible);
  const rows = await recruitmentRows(db, people);
  const consented = await consentedParticipantIds(db, programmeId);

  const tally = new Map<string, { target: number; recruited: number; consented: number }>();
  const bump = (m: string | null, a: string, r: string | null, field: 'target' | 'recruited' | 'consented', n: number) => {
    const key = `${m ?? '*'}|${a}|${r ?? '*'}`;
    const cell = tally.get(key) ?? { target: 0, recruited: 0, consented: 0 };
    cell[field] += n;
    tally.set(key, cell);
  };
  const spread = (m: string | null, a: string, r: string, field: 'target' | 'recruited' | 'consented', n: number) => {
    for (const mm of m === null ? [null] : [m, null]) for (const rr of [r, null]) bump(mm, a, rr, field, n);
  };
  for (const t of targets) spread(t.municipalityId, t.activityType, t.role, 'target', t.target);
  for (const r of rows) {
    spread(r.municipalityId, r.activityType, r.role, 'recruited', 1);
    if (consented.has(r.participantId)) spread(r.municipalityId, r.activityType, r.role, 'consented', 1);
  }

  const order = (a: string) => (activityTypes as readonly string[]).indexOf(a);
  const cells: OverviewCell[] = [...tally.entries()]
    .map(([key, v]) => {
      const [m, a, r] = key.split('|');
      return {
        municipalityId: m === '*' ? null : m,
        activityType: a,
        role: r === '*' ? null : (r as ParticipantRole),
        target: v.target,
        recruited: protectCount(v.recruited, programme.smallCellThreshold, mayShowSmall),
        consented: protectCount(v.consented, programme.smallCellThreshold, mayShowSmall),
      };
    })
    .sort((x, y) => order(x.activityType) - order(y.activityType) || (participantRoles as readonly (string | null)[]).indexOf(x.role) - (participantRoles as readonly (string | null)[]).indexOf(y.role));
  return {
    threshold: programme.smallCellThreshold,
    suppressing: !mayShowSmall,
    municipalities: municipalities.map((m) => ({ id: m.id, name: m.name })),
    cells,
  };
}
