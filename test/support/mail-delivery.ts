import { readConfig } from '../../src/config.js';
import type { Mailer } from '../../src/modules/auth/mailer.js';
import { deliverDueMail } from '../../src/modules/mail/deliver.js';
import { serverKey } from '../../src/modules/questionnaires/keys.js';
import { testOrigin, type TestApp } from './app.js';

/**
 * Runs the `mail.deliver` job once, as the job runner would after a commit: the in-process test app
 * has no pg-boss, so tests that read e-mails call this after the request that queued them. The key
 * is the one the app's routes use (the test config's data directory).
 */
export async function deliverMail(t: TestApp, opts: { mailer?: Mailer; now?: () => Date; publicUrl?: string } = {}) {
  const config = readConfig({ PUBLIC_URL: opts.publicUrl ?? testOrigin });
  return deliverDueMail(t.database.db, {
    mailer: opts.mailer ?? { send: async (m) => void t.sentMail.push(m) },
    publicUrl: config.publicUrl,
    mailFrom: config.mailFrom,
    key: await serverKey({ dataDir: config.dataDir }),
    now: opts.now ?? (() => new Date()),
  });
}
