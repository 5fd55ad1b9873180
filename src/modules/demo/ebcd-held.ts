/**
 * Demo (issue 12 §7): the activities the demo's own data shows took place are marked as held, so the
 * programme overview shows a real EBCD stage per municipality. Bærum and Tromsø each have two interview
 * transcripts with touchpoints (the first recipient and the first provider interview), their joint feedback meetings carry the target areas
 * (and Bærum's the closed board with its votes), and Bærum's co-design workshop has ideas and a
 * storyboard. Sandnes and Trondheim have no evidence yet and stay "not started". The separate
 * feedback meetings are left planned: nothing in the demo says they happened.
 * Everything goes through the activities module's own operations (schedule, then mark held).
 */
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { markHeld, scheduleActivity } from '../activities/schedule.js';

/** What was held, per municipality number: type, variant, ordinal, and when (local 10:00, two hours). */
const held: Record<string, { typeKey: string; variant?: string; ordinal?: number; on: string }[]> = {
  '3201': [
    { typeKey: 'interview', variant: 'recipient', ordinal: 1, on: '2026-02-10' },
    { typeKey: 'interview', variant: 'provider', ordinal: 1, on: '2026-02-12' },
    { typeKey: 'feedback_meeting', variant: 'joint', on: '2026-04-15' },
    { typeKey: 'codesign_workshop', on: '2026-05-20' },
  ],
  '5501': [
    { typeKey: 'interview', variant: 'recipient', ordinal: 1, on: '2026-02-17' },
    { typeKey: 'interview', variant: 'provider', ordinal: 1, on: '2026-02-19' },
    { typeKey: 'feedback_meeting', variant: 'joint', on: '2026-04-22' },
  ],
};

export async function loadEbcdHeldDemo(tx: Executor, actor: Actor, programmeId: string, municipalities: Map<string, string>, now = new Date()): Promise<void> {
  for (const [number, entries] of Object.entries(held)) {
    const municipalityId = municipalities.get(number);
    if (!municipalityId) continue;
    const plan = await listActivities(tx, programmeId, { municipalities: 'all', municipalityId });
    for (const e of entries) {
      const activity = plan.find((a) => a.typeKey === e.typeKey && (e.variant === undefined || a.variant === e.variant) && (e.ordinal === undefined || a.ordinal === e.ordinal));
      const startsAt = new Date(`${e.on}T10:00:00+01:00`);
      // A demo loaded on a clock before these dates leaves them planned rather than claim the future.
      if (!activity || activity.status !== 'planned' || startsAt.getTime() > now.getTime()) continue;
      await scheduleActivity(tx, actor, programmeId, activity.id, { startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) });
      await markHeld(tx, actor, programmeId, activity.id, now);
    }
  }
}
