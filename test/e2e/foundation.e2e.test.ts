import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { codesignProgramme } from '../../src/modules/demo/programmes.js';
import { axeLog, newPage } from './support/browser.js';
import { useVardeAndChromium } from './support/varde-process.js';

const varde = useVardeAndChromium();
let page: Page;
/** Every page the test visits is scanned; the last test asserts none had a WCAG 2.1 A/AA violation. */
const axe = axeLog();
const scan = () => axe.scan(page);

beforeAll(async () => {
  // Playwright's default screen size: this test was written against it.
  page = await newPage(varde.browser, { viewport: { width: 1280, height: 720 } });
});

describe('foundation, as a newcomer meets it', () => {
  it('the printed link signs the demo coordinator in', async () => {
    await page.goto(varde.signInLink);
    await expect.poll(() => page.getByText('koordinator@varde.example').isVisible()).toBe(true);
    await scan();
    await page.getByRole('button', { name: translate('nb', 'auth.confirmButton') }).click();
    await page.getByTestId('programme-list').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByTestId('sign-out').isVisible()).toBe(true);
    await scan();
  });

  it('switches to nynorsk, and the choice sticks after a reload', async () => {
    await page.getByTestId('language-switch').selectOption('nn');
    const nnHeading = translate('nn', 'nav.programmes');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nnHeading);
    expect(await page.getAttribute('html', 'lang')).toBe('nn');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nnHeading);
    await scan();
  });

  it('creates a service in Tromsø and sees it listed', async () => {
    await page.getByRole('link', { name: codesignProgramme.name }).click();
    await page.getByRole('heading', { level: 1, name: codesignProgramme.name }).waitFor();
    await scan();
    await page.getByRole('link', { name: translate('nn', 'nav.municipalities'), exact: true }).click();
    await page.getByTestId('municipality-list').waitFor();
    await scan();
    await page.getByTestId('municipality-list').getByRole('link', { name: 'Tromsø' }).click();
    const form = page.getByTestId('service-form');
    await form.waitFor();
    await scan();

    await form.getByLabel(translate('nn', 'service.name')).fill('Nordlyset oppsøkjande team');
    await form.getByLabel(translate('nn', 'service.kind')).selectOption('outreach');
    await form.getByLabel(translate('nn', 'service.committedToRecovery')).check();
    await form.getByLabel(translate('nn', 'service.offersMentalHealthSubstanceUse')).check();
    await form.getByRole('button', { name: translate('nn', 'service.create') }).click();

    const list = page.getByTestId('service-list');
    await expect.poll(() => list.getByText('Nordlyset oppsøkjande team').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: translate('nn', 'service.created', { name: 'Nordlyset oppsøkjande team' }) }).count())
      .toBe(1);
    await scan();
  });

  it('signs out, and the printed link cannot be used again', async () => {
    await page.getByTestId('sign-out').click();
    await page.getByRole('heading', { level: 1, name: translate('nn', 'auth.signInTitle') }).waitFor();
    await scan();
    const session = await page.evaluate(() => fetch('/api/v1/session').then((r) => r.json()));
    expect(session.user).toBeNull();

    await page.goto(varde.signInLink);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(translate('nn', 'auth.linkUsed'));
    await scan();
  });

  it('no page visited has an accessibility violation (axe, WCAG 2.1 A and AA)', () => {
    expect(axe.violations).toEqual([]);
  });
});
