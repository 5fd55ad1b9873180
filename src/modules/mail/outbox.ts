import { and, desc, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { declareNonPersonalColumns } from '../privacy/free-text-sources.js';
import { mailDeliveries, type DeliveryStatus, type MailChannel } from './schema.js';

declareNonPersonalColumns('mail_deliveries', ['channel', 'kind', 'status'], 'a closed word list');
declareNonPersonalColumns('mail_deliveries', ['last_error'], 'the mail server’s answer with every e-mail address removed (failureReason); cascades from the invitation');

/** Postgres channel the job runner listens on; a NOTIFY reaches listeners only when its transaction commits. */
export const mailWakeChannel = 'varde_mail';

export interface QueuedMail {
  programmeId: string;
  channel: MailChannel;
  kind: string;
  invitationId?: string;
  surveyInvitationId?: string;
  memberCheckResponseId?: string;
}

/**
 * Puts e-mails in the outbox in the caller's transaction. Nothing is sent here: the `mail.deliver`
 * job sends after commit (woken by the NOTIFY, which Postgres holds back until the commit and drops
 * on rollback), so a request never waits for SMTP and a rolled-back change sends nothing.
 */
export async function queueMail(db: Executor, items: QueuedMail[]): Promise<number> {
  if (items.length === 0) return 0;
  await db.insert(mailDeliveries).values(items.map((i) => ({ programmeId: i.programmeId, channel: i.channel, kind: i.kind, invitationId: i.invitationId ?? null, surveyInvitationId: i.surveyInvitationId ?? null, memberCheckResponseId: i.memberCheckResponseId ?? null })));
  await db.execute(sql`select pg_notify(${mailWakeChannel}, '')`);
  return items.length;
}

/** What the coordinator sees per person: the newest e-mail to them and how it went. */
export interface DeliveryView {
  kind: string;
  status: DeliveryStatus;
  attempts: number;
  /** The SMTP server's answer when it failed (addresses removed). */
  error: string | null;
  /** When the next attempt is due; null when none is planned. */
  retryAt: string | null;
  at: string;
}

/** The newest delivery per invitation (activity invitations, survey invitations or member-check recipients). */
export async function latestDeliveries(db: Executor, of: MailChannel, ids: string[]): Promise<Map<string, DeliveryView>> {
  const out = new Map<string, DeliveryView>();
  if (ids.length === 0) return out;
  const key = (r: typeof mailDeliveries.$inferSelect) => (of === 'activity' ? r.invitationId : of === 'survey' ? r.surveyInvitationId : r.memberCheckResponseId);
  const column = of === 'activity' ? mailDeliveries.invitationId : of === 'survey' ? mailDeliveries.surveyInvitationId : mailDeliveries.memberCheckResponseId;
  const rows = await db.select().from(mailDeliveries).where(and(isNotNull(column), inArray(column, ids))).orderBy(desc(mailDeliveries.createdAt), desc(mailDeliveries.id));
  for (const r of rows) {
    const id = key(r)!;
    if (out.has(id)) continue;
    out.set(id, {
      kind: r.kind, status: r.status, attempts: r.attempts, error: r.lastError,
      retryAt: r.status === 'sent' ? null : (r.nextAttemptAt?.toISOString() ?? null), at: (r.sentAt ?? r.updatedAt).toISOString(),
    });
  }
  return out;
}
