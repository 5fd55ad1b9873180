import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { participantsByIds } from '../people/participants.js';
import type { ParticipantRole } from '../people/schema.js';
import { attendance, invitations } from './invitations-schema.js';

export interface AttendanceFact {
  activityId: string;
  participantId: string;
  role: ParticipantRole;
  municipalityId: string;
  invited: boolean;
  attended: boolean;
}

/**
 * One row per (activity, participant) who was invited or came, for the process indicators. Someone
 * who came without an invitation (a walk-in) counts as attended and not invited.
 */
export async function attendanceRows(db: Executor, programmeId: string): Promise<AttendanceFact[]> {
  const invited = await db.select({ activityId: invitations.activityId, participantId: invitations.participantId }).from(invitations).where(eq(invitations.programmeId, programmeId));
  const came = await db
    .select({ activityId: attendance.activityId, participantId: attendance.participantId, attended: attendance.attended })
    .from(attendance)
    .where(eq(attendance.programmeId, programmeId));
  const people = new Map((await participantsByIds(db, programmeId, [...new Set([...invited, ...came].map((r) => r.participantId))])).map((p) => [p.id, p]));
  const facts = new Map<string, AttendanceFact>();
  const fact = (r: { activityId: string; participantId: string }, invitedToo: boolean, attended: boolean): AttendanceFact | null => {
    const p = people.get(r.participantId);
    return p ? { activityId: r.activityId, participantId: r.participantId, role: p.role, municipalityId: p.municipalityId, invited: invitedToo, attended } : null;
  };
  for (const r of invited) {
    const f = fact(r, true, false);
    if (f) facts.set(`${r.activityId}:${r.participantId}`, f);
  }
  for (const r of came) {
    const known = facts.get(`${r.activityId}:${r.participantId}`);
    if (known) known.attended = r.attended;
    else if (r.attended) {
      const f = fact(r, false, true);
      if (f) facts.set(`${r.activityId}:${r.participantId}`, f);
    }
  }
  return [...facts.values()];
}

export interface Rate {
  invited: number;
  attended: number;
  /** attended invitees / invited; null when nobody was invited (never NaN). */
  rate: number | null;
}

function rateOf(facts: AttendanceFact[]): Rate {
  const invited = facts.filter((f) => f.invited).length;
  const attendedInvited = facts.filter((f) => f.invited && f.attended).length;
  return { invited, attended: facts.filter((f) => f.attended).length, rate: invited === 0 ? null : attendedInvited / invited };
}

function groupBy<K extends string>(facts: AttendanceFact[], key: (f: AttendanceFact) => K): Map<K, AttendanceFact[]> {
  const out = new Map<K, AttendanceFact[]>();
  for (const f of facts) out.set(key(f), [...(out.get(key(f)) ?? []), f]);
  return out;
}

/** Invited vs attended per activity, per role and in total (optionally one municipality only). */
export function attendanceFigures(facts: AttendanceFact[], opts: { municipalityId?: string } = {}) {
  const these = opts.municipalityId ? facts.filter((f) => f.municipalityId === opts.municipalityId) : facts;
  return {
    total: rateOf(these),
    perActivity: [...groupBy(these, (f) => f.activityId)].map(([activityId, fs]) => ({ activityId, ...rateOf(fs) })),
    perRole: [...groupBy(these, (f) => f.role)].map(([role, fs]) => ({ role, ...rateOf(fs) })),
  };
}

/**
 * "Came regularly": attended at least `n` of the activities they were invited to. Returns, per
 * participant, how many they were invited to and attended, and whether that meets n.
 */
export function cameRegularly(facts: AttendanceFact[], n: number) {
  return [...groupBy(facts, (f) => f.participantId)].map(([participantId, fs]) => {
    const invited = fs.filter((f) => f.invited).length;
    const attended = fs.filter((f) => f.invited && f.attended).length;
    return { participantId, role: fs[0].role, municipalityId: fs[0].municipalityId, invited, attended, regular: invited > 0 && attended >= n };
  });
}
