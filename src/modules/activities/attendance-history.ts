import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import type { ProgrammeScope } from '../access/actor.js';
import { canSeeMunicipality } from '../access/actor.js';
import { participantsByIds } from '../people/participants.js';
import { getProgramme } from '../programmes/programmes.js';
import { listActivities } from './activities.js';
import { attendanceRows, cameRegularly } from './attendance-figures.js';
import { attendance, invitations } from './invitations-schema.js';
import { activityNamer } from './naming.js';

/**
 * One person's activities: every activity they were invited to or came to, newest first, with their
 * answer and whether they came (and how it was registered). Only activities the caller may see.
 */
export async function attendanceHistory(db: Executor, scope: ProgrammeScope, programmeId: string, participantId: string, lang: Language) {
  const invited = await db.select().from(invitations).where(eq(invitations.participantId, participantId));
  const came = await db.select().from(attendance).where(eq(attendance.participantId, participantId));
  const ids = new Set([...invited.map((i) => i.activityId), ...came.map((a) => a.activityId)]);
  const all = (await listActivities(db, programmeId, { municipalities: scope.municipalities })).filter((a) => ids.has(a.id));
  const { name } = await activityNamer(db, programmeId, lang);
  const rows = all.map((a) => {
    const inv = invited.find((i) => i.activityId === a.id);
    const at = came.find((c) => c.activityId === a.id);
    return {
      activityId: a.id, name: name(a), typeKey: a.typeKey, status: a.status, startsAt: a.startsAt?.toISOString() ?? null,
      invitation: inv?.status ?? null, attended: at ? at.attended : null, method: at?.method ?? null,
    };
  });
  rows.sort((x, y) => (y.startsAt ?? '').localeCompare(x.startsAt ?? ''));
  const attendedCount = rows.filter((r) => r.attended).length;
  return { invited: rows.filter((r) => r.invitation).length, attended: attendedCount, activities: rows };
}

/**
 * Who came regularly, by participant code: for each person the caller may see, how many activities
 * they were invited to and came to, and whether that reaches `n`. Regular ones first, then by code.
 */
export async function regularsByCode(db: Executor, scope: ProgrammeScope, programmeId: string, opts: { n: number; municipalityId?: string }) {
  await getProgramme(db, programmeId);
  const facts = (await attendanceRows(db, programmeId)).filter((f) => canSeeMunicipality(scope, f.municipalityId) && (!opts.municipalityId || f.municipalityId === opts.municipalityId));
  const rows = cameRegularly(facts, opts.n);
  const codes = new Map((await participantsByIds(db, programmeId, rows.map((r) => r.participantId))).map((p) => [p.id, p.code]));
  return rows
    .filter((r) => codes.has(r.participantId))
    .map((r) => ({ ...r, code: codes.get(r.participantId)! }))
    .sort((a, b) => Number(b.regular) - Number(a.regular) || b.attended - a.attended || a.code.localeCompare(b.code));
}
