import type { Logger } from 'pino';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import type { Mailer } from './mailer.js';
import { issueSignInLink } from './sign-in-links.js';
import { findUserByEmail } from './users.js';

/**
 * E-mails a sign-in link to a registered user in their language. Unknown addresses get nothing,
 * and the caller answers the same either way, so the form never reveals who has an account.
 */
export async function requestSignInLink(db: Executor, mailer: Mailer, publicUrl: string, email: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user) return;
  const link = await issueSignInLink(db, user.id, publicUrl);
  const lang = user.language as Language;
  await mailer.send({
    to: user.email,
    subject: translate(lang, 'auth.mailSubject'),
    text: translate(lang, 'auth.mailBody', { name: user.name, link }),
  });
}

const pending = new Set<Promise<void>>();

/**
 * The same, after the answer has left: the look-up, the link and the SMTP round trip run in the
 * background for every address, so a registered address is not answered more slowly than an unknown
 * one (bench/sign-in-timing.ts). It uses the pool, not the request's transaction. A failed send is
 * logged without the address; the person asks again.
 */
export function requestSignInLinkInBackground(db: Executor, mailer: Mailer, publicUrl: string, email: string, log: Logger): void {
  const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(() => requestSignInLink(db, mailer, publicUrl, email))
    .catch((err: unknown) => log.error({ err: { message: (err as Error)?.message } }, 'sign-in mail failed'))
    .finally(() => pending.delete(task));
  pending.add(task);
}

/** Resolves when every background sign-in mail started so far is sent or has failed (tests, shutdown). */
export async function signInMailsSettled(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}
