import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { jobs, type JobDeps } from './registry.js';
import { wakeMailOnCommit } from './mail-wakeup.js';

export const jobTimeZone = 'Europe/Oslo';

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * pg-boss on the application's database (schema `pgboss`, a small pool of its own): creates each
 * queue, schedules the recurring ones, starts the workers and queues the run-at-start ones.
 */
export async function startJobs(connectionString: string, deps: JobDeps, log: Logger): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 2, application_name: 'varde-jobs' });
  let stopping = false;
  boss.on('error', (err) => {
    // pg-boss's pool finishes closing after stop() resolves; the database's own shutdown notice
    // (57P01) can reach that closing connection. That is the normal end, not an error.
    if (stopping && (err as { code?: string }).code === '57P01') return;
    log.error({ err }, 'job queue error');
  });
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name);
    if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: jobTimeZone });
    await boss.work(job.name, async (batch) => {
      for (const item of batch) {
        const payload = job.payload.parse(item.data ?? {});
        const result = await job.handler(payload as never, deps);
        log.info({ job: job.name, result }, 'job done');
      }
    });
    // Several app processes may start together on one database: the run-at-start job is a singleton
    // for ten minutes (pg-boss keeps it unique in its table), so it runs once, not once per process.
    if (job.runAtStart) await boss.send(job.name, {}, { singletonKey: `${job.name}:start`, singletonSeconds: 600 });
  }
  // E-mails queued by a request leave as soon as its transaction commits.
  const stopMailWakeup = await wakeMailOnCommit(connectionString, () => boss.send('mail.deliver', {}), log);
  // Other jobs woken the same way (a report export queued by a request starts as soon as it commits).
  const stopWakeups = await Promise.all(jobs.filter((j) => j.wakeChannel).map((j) => wakeMailOnCommit(connectionString, () => boss.send(j.name, {}), log, j.wakeChannel)));
  return {
    boss,
    stop: async () => {
      stopping = true;
      await stopMailWakeup();
      for (const stop of stopWakeups) await stop();
      return boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
