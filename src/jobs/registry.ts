import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { Mailer } from '../modules/auth/mailer.js';
import { runRetention } from '../modules/privacy/retention.js';
import { sendDueReminders } from '../modules/activities/invitation-reminders.js';
import { runSurveyReminders } from '../modules/questionnaires/reminders.js';
import { readConfig } from '../config.js';
import { deliverDueMail } from '../modules/mail/deliver.js';
import { serverKey } from '../modules/questionnaires/keys.js';
import { pruneRateLimits } from '../modules/ratelimits/prune.js';
import { reportExportWakeChannel, runQueuedExports } from '../modules/reports/report-exports.js';

/** What a job handler may use; `now` is the clock (tests move it). */
export interface JobDeps {
  db: Database;
  mailer: Mailer;
  now: () => Date;
}

export interface JobDefinition<P> {
  name: string;
  payload: z.ZodType<P>;
  handler(payload: P, deps: JobDeps): Promise<unknown>;
  /** Cron (Europe/Oslo) for a recurring job. */
  cron?: string;
  /** Also run once shortly after start (catches up after downtime). */
  runAtStart?: boolean;
  /** A Postgres NOTIFY channel that wakes the job at once (sent in the transaction that gave it work). */
  wakeChannel?: string;
}

const define = <P>(job: JobDefinition<P>) => job;

/** Every background job. Later modules add theirs here. */
export const jobs = [
  define({
    name: 'ratelimits.prune',
    payload: z.object({}).passthrough(),
    handler: (_payload, deps) => pruneRateLimits(deps),
    cron: '*/20 * * * *',
  }),
  define({
    name: 'mail.deliver',
    payload: z.object({}).passthrough(),
    // The outbox (src/modules/mail): woken right after a commit that queued e-mails, and every minute for retries.
    handler: async (_payload, deps) => {
      const config = readConfig();
      return deliverDueMail(deps.db, { mailer: deps.mailer, publicUrl: config.publicUrl, mailFrom: config.mailFrom, key: await serverKey({ dataDir: config.dataDir }), now: deps.now });
    },
    cron: '* * * * *',
    runAtStart: true,
  }),
  define({
    name: 'retention.run',
    payload: z.object({}).passthrough(),
    handler: (_payload, deps) => runRetention(deps),
    cron: '15 2 * * *',
    runAtStart: true,
  }),
  define({
    name: 'questionnaires.remind',
    payload: z.object({}).passthrough(),
    // Queues the reminders; `mail.deliver` writes them (with the personal link) and sends them.
    handler: (_payload, deps) => runSurveyReminders(deps),
    cron: '5 * * * *',
  }),
  define({
    name: 'invitations.remind',
    payload: z.object({}).passthrough(),
    // Queues the reminders; `mail.deliver` writes them (with the personal link) and sends them.
    handler: (_payload, deps) => sendDueReminders(deps),
    cron: '*/10 * * * *',
  }),
  define({
    name: 'reports.export',
    payload: z.object({}).passthrough(),
    // Word and PDF exports of the evaluation report: woken when one is queued, every minute as a fallback.
    handler: (_payload, deps) => runQueuedExports(deps.db),
    cron: '* * * * *',
    runAtStart: true,
    wakeChannel: reportExportWakeChannel,
  }),
];
