import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { sampleDefinition } from '../../src/modules/questionnaires/fixtures.js';
import { axeLog, newPage, newPhonePage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 5, distribution: a coordinator makes a pre/post pair and a public link with a QR code; a respondent
// answers the pre survey on a 360 px phone without JavaScript (code, one item per screen, an error, the
// receipt); the coordinator's pages show progress and pairing. axe on every page, staff and participant.
const varde = useVardeAndChromium();
let staff: Page;
let phone: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let programmeId = '';
let publicUrl = '';

const scanStaff = () => axe.scan(staff);
const scanPhone = () => axe.scanWithoutScripts(phone);

/** An API call from the signed-in staff page (session cookie and CSRF token as the app sends them). */
function call(method: string, path: string, body?: unknown) {
  return staff.evaluate(async ([m, p, b]) => {
    const session = await (await fetch('/api/v1/session')).json();
    const res = await fetch(`/api/v1${p}`, { method: m, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: res.status, body: await res.json().catch(() => null) };
  }, [method, path, body] as const);
}

beforeAll(async () => {
  staff = await newPage(varde.browser, { timeout: 20_000 });
  phone = await newPhonePage(varde.browser);
});

describe('surveys: a pre/post pair handed out by QR code, answered on a phone without JavaScript', () => {
  it('a coordinator creates a pre/post pair from a published questionnaire on the Surveys page', async () => {
    programmeId = await signInToDemoProgramme(staff, varde.signInLink);
    const created = await call('POST', `/programmes/${programmeId}/instruments`, { definition: sampleDefinition() });
    expect(created.status).toBe(201);
    expect((await call('POST', `/programmes/${programmeId}/instruments/${created.body.id}/publish`)).status).toBe(200);

    await staff.goto(`${varde.url}/programmes/${programmeId}/questionnaires/surveys`);
    await staff.getByRole('heading', { level: 1, name: nb('questionnaires.surveys.title') }).waitFor();
    await staff.getByTestId('new-survey').waitFor();
    await scanStaff();
    const form = staff.getByTestId('new-survey');
    await form.getByLabel(nb('questionnaires.surveys.create.version')).selectOption({ label: nb('questionnaires.surveys.create.versionOption', { title: 'Sample', version: 1 }) });
    await form.getByLabel(nb('questionnaires.surveys.create.title')).fill('Kurs i Bodø');
    await form.getByLabel(nb('questionnaires.surveys.create.kind')).selectOption('pair');
    await form.getByRole('button', { name: nb('questionnaires.surveys.create.submit') }).click();
    await staff.getByRole('heading', { level: 1, name: 'Kurs i Bodø' }).waitFor();
    expect(await staff.getByTestId('survey-facts').textContent()).toContain(nb('questionnaires.surveys.wave.pre'));
    await scanStaff();
  });

  it('opens the pre survey, makes a public link and shows its QR code', async () => {
    await staff.getByTestId('survey-open').click();
    await staff.getByTestId('survey-close').waitFor();
    await staff.getByTestId('make-public').click();
    publicUrl = ((await staff.getByTestId('public-url').textContent()) ?? '').trim();
    expect(publicUrl).toMatch(/\/s\/[A-Za-z0-9_-]+$/);
    const qr = staff.getByTestId('survey-qr');
    await qr.waitFor();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await scanStaff();
  });

  it('a respondent answers on a 360 px phone without JavaScript: code, an error named, one item per screen, the receipt', async () => {
    await phone.goto(publicUrl);
    await phone.getByLabel(nb('questionnaires.respond.code.mother')).waitFor();
    await scanPhone();
    await phone.getByLabel(nb('questionnaires.respond.code.mother')).fill('k');
    await phone.getByLabel(nb('questionnaires.respond.code.birthplace')).fill('B');
    await phone.getByLabel(nb('questionnaires.respond.code.birthday')).fill('40');
    await phone.getByLabel(nb('questionnaires.respond.code.phone')).fill('3');
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    await phone.getByText(nb('questionnaires.respond.code.invalid.birthday')).first().waitFor();
    await scanPhone();
    await phone.getByLabel(nb('questionnaires.respond.code.mother')).fill('k');
    await phone.getByLabel(nb('questionnaires.respond.code.birthplace')).fill('B');
    await phone.getByLabel(nb('questionnaires.respond.code.birthday')).fill('14');
    await phone.getByLabel(nb('questionnaires.respond.code.phone')).fill('3');
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    await phone.getByText('Intro').waitFor();
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    // A required question left blank: the page says which one.
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    await phone.getByText(`Q1: ${nb('questionnaires.answers.required')}`).waitFor();
    await scanPhone();
    await phone.getByLabel('4 – 4').check();
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    await phone.getByRole('group', { name: /Q2/ }).waitFor();
    await scanPhone();
    await phone.getByLabel('2 – 2').check();
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    await phone.getByLabel('Staff').check();
    await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    // Whatever comes next, answer what is required until the end.
    for (let i = 0; i < 15 && !(await phone.getByTestId('receipt').count()); i++) {
      if (await phone.getByRole('group', { name: /G1/ }).count()) {
        await phone.getByRole('group', { name: /G1/ }).getByLabel('3').check();
        await phone.getByRole('group', { name: /G2/ }).getByLabel('2').check();
        await scanPhone();
      }
      const send = phone.getByRole('button', { name: nb('questionnaires.respond.send') });
      if (await send.count()) {
        await scanPhone();
        await send.click();
      } else await phone.getByRole('button', { name: nb('questionnaires.respond.next') }).click();
    }
    await phone.getByTestId('receipt').waitFor();
    expect(await phone.getByTestId('receipt').textContent()).toContain(nb('questionnaires.respond.receipt.title'));
    await scanPhone();
    // Fits a 360 px screen: nothing scrolls sideways (measured on the same HTML with scripting on).
    const measure = await (await varde.browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await measure.setContent(await phone.content());
    expect(await measure.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await measure.context().close();
  });

  it('the coordinator sees the progress and the pairing view (1 pre answer, not yet paired)', async () => {
    await staff.reload();
    await staff.getByTestId('survey-progress').waitFor();
    await expect.poll(async () => (await staff.getByTestId('survey-progress').textContent()) ?? '').toContain(`${nb('questionnaires.surveys.progress.complete')}1`);
    await staff.getByTestId('pairing-view').waitFor();
    expect(await staff.getByTestId('pairing-matched').textContent()).toBe(`${nb('questionnaires.surveys.pairing.matched')}0`);
    expect(await staff.getByTestId('pairing-unmatchedPre').textContent()).toBe(`${nb('questionnaires.surveys.pairing.unmatchedPre')}1`);
    await staff.getByTestId('reliability').waitFor();
    await scanStaff();
    await staff.getByRole('link', { name: nb('questionnaires.surveys.title') }).first().click();
    await staff.getByTestId('survey-list').waitFor();
    expect(await staff.getByTestId('survey-list').textContent()).toContain('Kurs i Bodø');
    await scanStaff();
  });

  it('no axe violations on any page', () => {
    expect(axe.violations).toEqual([]);
  });
});
