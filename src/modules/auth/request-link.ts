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
