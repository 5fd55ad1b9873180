import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import type { Mailer, OutgoingMail } from '../auth/mailer.js';
import { mailDeliveries, type MailChannel } from './schema.js';

/** What rendering and sending need: the transport, the public address for links, the server key they derive from. */
export interface DeliveryContext {
  mailer: Mailer;
  publicUrl: string;
  /** MAIL_FROM, which also names a calendar event's organiser. */
  mailFrom?: string;
  key: Buffer;
  now: () => Date;
}

export type MailDelivery = typeof mailDeliveries.$inferSelect;

/**
 * Turns one outbox row into the e-mail, from the current state of its invitation (so an e-mail
 * queued before a change says what is true when it leaves). Returns null when there is nothing to
 * send any more (no address, activity cancelled or over). Writes it makes (sent time, link hash)
 * are kept only if the e-mail is accepted.
 */
export type MailRenderer = (db: Executor, delivery: MailDelivery, ctx: DeliveryContext) => Promise<OutgoingMail | null>;

const renderers = new Map<MailChannel, MailRenderer>();

/** Activities and questionnaires register how their e-mails are written. */
export function registerMailRenderer(channel: MailChannel, render: MailRenderer): void {
  renderers.set(channel, render);
}

/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last one the row stays failed. */
export const retryDelaysMinutes = [1, 5, 30, 120];
export const maxAttempts = retryDelaysMinutes.length + 1;

/** An SMTP answer may quote the recipient: the reason shown to staff and kept in the table carries no address. */
export function failureReason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g, '…').replace(/\s+/g, ' ').trim().slice(0, 300) || 'unknown error';
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  dropped: number;
}

/**
 * The `mail.deliver` job: sends every due outbox row (queued, or failed with a retry due), one row
 * per transaction, locked with SKIP LOCKED so several workers or app processes never send one
 * twice. A failed send is recorded with its reason and retried later; the row is never lost.
 */
export async function deliverDueMail(db: Database, ctx: DeliveryContext, opts: { limit?: number } = {}): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, dropped: 0 };
  const limit = opts.limit ?? 1000;
  for (let i = 0; i < limit; i++) {
    const outcome = await db.transaction(async (tx) => {
      const now = ctx.now();
      const [row] = await tx
        .select()
        .from(mailDeliveries)
        .where(and(inArray(mailDeliveries.status, ['queued', 'failed']), lte(mailDeliveries.nextAttemptAt, now)))
        .orderBy(asc(mailDeliveries.nextAttemptAt), asc(mailDeliveries.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return 'none' as const;
      const render = renderers.get(row.channel);
      try {
        // A savepoint: what rendering wrote is undone if the SMTP server refuses.
        const sent = await tx.transaction(async (sp) => {
          const mail = render ? await render(sp, row, ctx) : null;
          if (!mail) return false;
          await ctx.mailer.send(mail);
          return true;
        });
        if (!sent) {
          await tx.delete(mailDeliveries).where(eq(mailDeliveries.id, row.id));
          return 'dropped' as const;
        }
        await tx.update(mailDeliveries).set({ status: 'sent', attempts: row.attempts + 1, sentAt: now, nextAttemptAt: null, lastError: null, updatedAt: now }).where(eq(mailDeliveries.id, row.id));
        return 'sent' as const;
      } catch (err) {
        const attempts = row.attempts + 1;
        const retryAt = attempts < maxAttempts ? new Date(now.getTime() + retryDelaysMinutes[attempts - 1] * 60_000) : null;
        await tx.update(mailDeliveries).set({ status: 'failed', attempts, lastError: failureReason(err), nextAttemptAt: retryAt, updatedAt: now }).where(eq(mailDeliveries.id, row.id));
        return 'failed' as const;
      }
    });
    if (outcome === 'none') break;
    result[outcome]++;
  }
  return result;
}
