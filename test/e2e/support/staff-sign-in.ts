import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/index.js';

/**
 * Signs another demo staff user in (e.g. `forsker@varde.example`, the researcher Ola Nordmann): asks
 * for a sign-in link and follows the one Varde prints to its output (no SMTP in the tests).
 */
export async function signInStaffUser(page: Page, varde: { url: string; output(): string }, email: string): Promise<void> {
  await page.goto(varde.url);
  await page.evaluate((address) => fetch('/api/v1/auth/sign-in-link', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: address }) }), email);
  let link = '';
  await expect.poll(() => {
    const printed = varde.output().split(`e-mail to ${email}`)[1] ?? '';
    link = /(http:\/\/localhost:\d+\/auth\/link\?token=[\w-]+)/.exec(printed)?.[1] ?? '';
    return link;
  }, { timeout: 15_000 }).not.toBe('');
  await page.goto(link);
  await page.getByRole('button', { name: translate('nb', 'auth.confirmButton') }).click();
  await page.getByTestId('programme-list').waitFor();
}
