import { z } from 'zod';
import type { Database } from '../db/client.js';
import type { Mailer } from '../modules/auth/mailer.js';
import { runRetention } from '../modules/privacy/retention.js';
import { sendDueReminders } from '../modules/activities/invitation-reminders.js';
import { runSurveyReminders } from '../modules/questionnaires/reminders.js';
import { readConfig } from '../config.js';

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
}

const define = <P>(job: JobDefinition<P>) => job;

/** Every background job. Later modules add theirs here. */
export const jobs = [
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
    // Links in the reminders need the public address and the server key's location, read as at start.
    handler: (_payload, deps) => runSurveyReminders({ ...deps, publicUrl: readConfig().publicUrl, dataDir: readConfig().dataDir }),
    cron: '5 * * * *',
  }),
  define({
    name: 'invitations.remind',
    payload: z.object({}).passthrough(),
    // Reminders carry personal links, so they need the public address (and MAIL_FROM as organiser) as read at start.
    handler: (_payload, deps) => sendDueReminders({ ...deps, publicUrl: readConfig().publicUrl, mailFrom: readConfig().mailFrom }),
    cron: '*/10 * * * *',
  }),
];
