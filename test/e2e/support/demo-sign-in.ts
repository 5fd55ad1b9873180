import type { Page } from 'playwright-core';
import { translate } from '../../../src/i18n/index.js';
import { codesignProgramme } from '../../../src/modules/demo/programmes.js';

/**
 * Signs the demo coordinator in with the link Varde printed and opens the demo's codesign programme;
 * returns the programme's id (from its address).
 */
export async function signInToDemoProgramme(page: Page, signInLink: string): Promise<string> {
  await page.goto(signInLink);
  await page.getByRole('button', { name: translate('nb', 'auth.confirmButton') }).click();
  await page.getByTestId('programme-list').waitFor();
  await page.getByRole('link', { name: codesignProgramme.name }).click();
  await page.getByRole('heading', { level: 1, name: codesignProgramme.name }).waitFor();
  return new URL(page.url()).pathname.split('/')[2];
}
