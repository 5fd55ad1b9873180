import pg from 'pg';
import type { Logger } from 'pino';
import { mailWakeChannel } from '../modules/mail/outbox.js';

/**
 * LISTENs for the outbox's NOTIFY (sent in the transaction that queued e-mails, so it arrives only
 * after that transaction committed) and wakes the `mail.deliver` job at once instead of at the next
 * minute. Notifications arriving close together wake it once. If this connection is lost, the
 * job's once-a-minute schedule still sends everything, only later.
 */
export async function wakeMailOnCommit(connectionString: string, wake: () => Promise<unknown>, log: Logger, channel: string = mailWakeChannel): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString, application_name: 'varde-mail-wakeup' });
  client.on('error', (err) => log.warn({ err }, 'mail wake-up connection lost; the mail job runs every minute instead'));
  await client.connect();
  await client.query(`LISTEN ${channel}`);
  let waiting = false;
  client.on('notification', () => {
    if (waiting) return;
    waiting = true;
    setTimeout(() => {
      waiting = false;
      wake().catch((err) => log.warn({ err }, 'could not wake the mail job'));
    }, 50);
  });
  return () => client.end().catch(() => undefined);
}
