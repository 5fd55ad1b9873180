import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { latestDeliveries } from '../mail/outbox.js';
import { participantsByIds } from '../people/participants.js';
import { surveyInvitations } from './schema.js';
import type { Survey } from './surveys.js';

/**
 * How the survey's e-mails went: the newest e-mail per invited person counted as queued / sent /
 * failed, and each failure by participant code with the mail server's reason and the next attempt,
 * so the coordinator can act (hand the link out, fix the address). Only people in the caller's
 * municipalities are listed.
 */
export async function surveyDeliveries(db: Executor, survey: Survey, visible: 'all' | Set<string>) {
  const rows = await db.select({ id: surveyInvitations.id, participantId: surveyInvitations.participantId }).from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.id));
  const people = new Map((await participantsByIds(db, survey.programmeId, rows.map((r) => r.participantId))).map((p) => [p.id, p]));
  const seen = rows.filter((r) => { const p = people.get(r.participantId); return p && (visible === 'all' || visible.has(p.municipalityId)); });
  const latest = await latestDeliveries(db, 'survey', seen.map((r) => r.id));
  const out = { queued: 0, sent: 0, failed: 0, failures: [] as { code: string; kind: string; error: string | null; attempts: number; retryAt: string | null }[] };
  for (const r of seen) {
    const d = latest.get(r.id);
    if (!d) continue;
    out[d.status]++;
    if (d.status === 'failed') out.failures.push({ code: people.get(r.participantId)!.code, kind: d.kind, error: d.error, attempts: d.attempts, retryAt: d.retryAt });
  }
  return out;
}
