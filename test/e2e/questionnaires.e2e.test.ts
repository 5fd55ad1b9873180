import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { codesignProgramme } from '../../src/modules/demo/programmes.js';
import { unsupportedDictionary } from '../../src/modules/questionnaires/redcap/fixtures.js';
import { templateDefinition } from '../../src/modules/questionnaires/templates/index.js';
import { axeViolations, axeViolationsWithoutScripts, launchChromium } from './support/browser.js';
import { startVardeProcess, type VardeProcess } from './support/varde-process.js';

// Issue 5 as a coordinator and a respondent meet it: build the municipality survey from its template,
// publish it, open a survey with a public link, answer it on a small phone in nynorsk with JavaScript
// off (closing the tab half-way and coming back), and read the answers back from the XLSX export.
let varde: VardeProcess;
let browser: Browser;
let staff: Page;
let phone: BrowserContext;
let programmeId = '';
let surveyId = '';
let publicUrl = '';
const violations: string[] = [];
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
const nn = (key: string, vars?: Record<string, string | number>) => translate('nn', key, vars);
const template = templateDefinition('municipality-survey')!;
const items = template.sections.flatMap((s) => s.items);
const labelNn = (name: string) => items.find((i) => i.name === name)!.label.nn!;

/** What the respondent writes, item by item (one screen each); m02 and m10 are yes/no, their follow-ups appear on yes. */
const answers: Record<string, string> = {
  m01_user_experience: 'Brukarråd kvar månad og ei årleg spørjeundersøking.',
  m02_feedback_tools: '1',
  m02_which: 'FIT (Feedback Informed Treatment) i rustenesta.',
  m03_accessibility: 'Drop-in kvar dag; lågterskeltilbodet er ope heile døgnet.',
  m04_organisations: 'Mental Helse og RIO, faste møte kvar månad.',
  m05_belonging: 'Arbeid med bistand og ein aktivitetskafé.',
  m06_user_run: 'Eit brukarstyrt kafétilbod.',
  m07_tailoring: 'Individuell plan og samtalar om kva som er viktig for personen.',
  // A spreadsheet formula: the export must neutralise it.
  m08_peer_positions: '=HYPERLINK("http://angrep.example","klikk")',
  m09_family: 'Nettverksmøte når personen ønskjer det.',
  m10_staff_training: '0',
  m11_improvement: 'Vi innfører recovery-samtalar i heile tenesta.',
};
const order = Object.keys(answers);

async function scan(page: Page, withoutScripts = false) {
  violations.push(...(await (withoutScripts ? axeViolationsWithoutScripts(page) : axeViolations(page))));
}

/** Answers the item shown on the phone's current screen and goes on. */
async function answer(page: Page, name: string) {
  const value = answers[name];
  await page.getByText(labelNn(name), { exact: false }).first().waitFor();
  if (name === 'm02_feedback_tools' || name === 'm10_staff_training') await page.locator(`input[name="${name}"][value="${value}"]`).check();
  else await page.locator(`[name="${name}"]`).fill(value);
  await scan(page, true);
  await page.getByRole('button', { name: nn('questionnaires.respond.next') }).click();
}

beforeAll(async () => {
  varde = await startVardeProcess();
  browser = await launchChromium();
  staff = await (await browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 900 }, acceptDownloads: true })).newPage();
  staff.setDefaultTimeout(20_000);
  // The respondent's phone: small screen, nynorsk, no JavaScript at all.
  phone = await browser.newContext({ locale: 'nn-NO', viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  phone.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await browser?.close();
  await varde?.stop();
});

describe('questionnaires', () => {
  it('a coordinator builds the municipality survey from its template, fixes a refused save and publishes it', async () => {
    await staff.goto(varde.signInLink);
    await staff.getByRole('button', { name: nb('auth.confirmButton') }).click();
    await staff.getByTestId('programme-list').waitFor();
    await staff.getByRole('link', { name: codesignProgramme.name }).click();
    await staff.getByRole('link', { name: nb('nav.questionnaires'), exact: true }).click();
    programmeId = /\/programmes\/([0-9a-f-]{36})/.exec(staff.url())![1];
    await staff.getByTestId('from-template').waitFor();
    await scan(staff);

    await staff.getByTestId('template-select').selectOption('municipality-survey');
    await staff.getByRole('button', { name: nb('questionnaires.builder.create.createFromTemplate') }).click();
    await staff.getByTestId('builder').waitFor();
    await expect.poll(() => staff.locator('[data-testid^="builder-item-"]').count()).toBe(items.length);
    await scan(staff);

    // Every text in three languages: blank the English of question 1 and it is flagged; put it back.
    const label = staff.locator('#item-1-label-en');
    const english = await label.inputValue();
    await label.fill('');
    await expect.poll(() => staff.locator('#item-1-label').getAttribute('data-missing')).toBe('en');
    await label.fill(english);
    await expect.poll(() => staff.locator('#item-1-label').getAttribute('data-missing')).toBe(null);

    // Two items with one variable name: the save is refused and the message stands beside the item.
    const name3 = staff.locator('#item-4-name');
    await name3.fill('m01_user_experience');
    await staff.getByTestId('builder-save').click();
    const refused = staff.getByTestId('builder-item-m01_user_experience').first().locator('.item-problems');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(nb('questionnaires.check.duplicateVariable', { name: 'm01_user_experience' }));
    await scan(staff);
    await name3.fill('m03_accessibility');
    await staff.getByTestId('builder-save').click();
    await staff.getByText(nb('questionnaires.builder.edit.saved')).waitFor();

    await staff.getByTestId('builder-publish').click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText(nb('questionnaires.builder.edit.publishText')).waitFor();
    // The dialog fades in: scan once it is fully shown (half-transparent text would fail contrast).
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await scan(staff);
    await dialog.getByRole('button', { name: nb('questionnaires.builder.edit.publish') }).click();
    await staff.getByText(nb('questionnaires.builder.edit.published', { version: 1 })).waitFor();
    const versions = staff.getByTestId('instrument-versions');
    await expect.poll(() => versions.textContent()).toContain(nb('questionnaires.builder.status.published'));
    await scan(staff);
    // The published version goes out as a REDCap data dictionary from its row.
    const [dictionary] = await Promise.all([staff.waitForEvent('download'), versions.getByRole('link', { name: new RegExp(`^${nb('questionnaires.builder.instrument.exportRedcap').replace(/[()]/g, '\\$&')}`) }).first().click()]);
    const csv = await readFile((await dictionary.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '')).toMatch(/^"?Variable \/ Field Name"?,/);
    expect(csv).toContain('m10_staff_training');
  });

  it('imports a REDCap dictionary and shows, item by item, what could not be carried over; a malformed one names its row', async () => {
    await staff.getByRole('link', { name: nb('questionnaires.builder.tabs.instruments'), exact: true }).click();
    const form = staff.getByTestId('import-instrument');
    await form.locator('#import-instrument-file').setInputFiles({ name: 'ordbok.csv', mimeType: 'text/csv', buffer: Buffer.from(unsupportedDictionary) });
    await form.getByRole('button', { name: nb('questionnaires.builder.create.importButton') }).click();
    const result = staff.getByTestId('import-result');
    await result.waitFor();
    await expect.poll(() => result.locator('tbody tr').count()).toBeGreaterThan(0);
    await scan(staff);
    await form.locator('#import-instrument-file').setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: Buffer.from('not,a,dictionary\n1,2,3\n') });
    await form.getByRole('button', { name: nb('questionnaires.builder.create.importButton') }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/rad 1\b/);
    await scan(staff);
  });

  it('a blank instrument gets an item of every type, N/A and don’t know, a branching rule and a scale, and is saved', async () => {
    await staff.getByRole('link', { name: nb('questionnaires.builder.tabs.instruments'), exact: true }).click();
    await staff.locator('#new-instrument-title').fill('Alle typar');
    await staff.getByRole('button', { name: nb('questionnaires.builder.create.createBlank'), exact: true }).click();
    await staff.getByTestId('builder').waitFor();
    const types = ['likert', 'single_choice', 'multiple_choice', 'matrix', 'text', 'number', 'date', 'yes_no', 'slider', 'descriptive'];
    for (const type of types) {
      await staff.locator('#section-1-new-type').selectOption(type);
      await staff.getByRole('button', { name: nb('questionnaires.builder.edit.addItem') }).click();
    }
    await expect.poll(() => staff.locator('[data-testid^="builder-item-"]').count()).toBe(types.length);
    // The title was written in bokmål only, so bokmål is the language every text must have: blank labels are flagged.
    expect(await staff.locator('#item-1-label').getAttribute('data-missing')).toBe('nb');
    await staff.locator('#item-1-label-nb').fill('Kor nøgd er du?');
    await staff.locator('#item-1-notApplicable').check();
    await staff.locator('#item-1-dontKnow').check();
    await staff.locator('#item-3-showif-item').selectOption('q2');
    await staff.locator('#item-3-showif-value').selectOption('2');
    await staff.getByRole('button', { name: nb('questionnaires.builder.edit.addScale') }).click();
    await staff.locator('#scale-1-item-q1').check();
    await staff.locator('#scale-1-item-q4_1').check();
    await staff.locator('#scale-1-reverse-q4_1').check();
    await staff.locator('#scale-1-method').selectOption('sum');
    await staff.locator('#scale-1-min').fill('2');
    await scan(staff);
    await staff.getByTestId('builder-save').click();
    await staff.getByText(nb('questionnaires.builder.edit.saved')).waitFor();
    const saved = await staff.evaluate(async (path) => (await (await fetch(path)).json()).definition, `/api/v1${new URL(staff.url()).pathname.replace('/questionnaires', '')}`);
    expect(saved.sections[0].items.map((i: { type: string }) => i.type)).toEqual(types);
    expect(saved.sections[0].items[0]).toMatchObject({ label: { nb: 'Kor nøgd er du?' }, notApplicable: { code: 'na' }, dontKnow: { code: 'dk' } });
    expect(saved.sections[0].items[2].showIf).toEqual({ item: 'q2', op: 'eq', value: '2' });
    expect(saved.scales).toEqual([{ name: 'scale_1', label: {}, items: ['q1', 'q4_1'], reverse: ['q4_1'], method: 'sum', minAnswered: 2 }]);
    // Missing texts are notes, not errors: listed, the draft is saved all the same.
    await expect.poll(() => staff.getByTestId('builder-problems').textContent()).toContain(nb('questionnaires.builder.edit.warnings'));
    await scan(staff);
  });

  it('a survey of the published version is created, opened and given a public link', async () => {
    await staff.getByRole('link', { name: nb('questionnaires.builder.tabs.surveys'), exact: true }).click();
    const form = staff.getByTestId('new-survey');
    await form.waitFor();
    const version = form.locator('#new-survey-instrumentVersionId');
    await expect.poll(() => version.locator('option').count()).toBeGreaterThan(1);
    await version.selectOption({ label: nb('questionnaires.surveys.create.versionOption', { title: template.title.nb!, version: 1 }) });
    await form.locator('#new-survey-title').fill('Kartlegging 2026');
    await form.locator('#new-survey-mode').selectOption('anonymous');
    await form.locator('#new-survey-display').selectOption('one_per_screen');
    await scan(staff);
    await form.getByRole('button', { name: nb('questionnaires.surveys.create.submit') }).click();
    await staff.waitForURL(/\/questionnaires\/surveys\/[0-9a-f-]{36}$/);
    surveyId = /surveys\/([0-9a-f-]{36})$/.exec(staff.url())![1];
    await staff.getByTestId('survey-open').click();
    await staff.getByTestId('survey-close').waitFor();
    await staff.getByTestId('make-public').click();
    publicUrl = ((await staff.getByTestId('public-url').textContent()) ?? '').trim();
    expect(publicUrl).toMatch(/\/s\/[\w-]+$/);
    await scan(staff);
  });

  it('a respondent answers on a phone in nynorsk without JavaScript, closes the tab half-way, resumes and submits', async () => {
    const first = await phone.newPage();
    await first.goto(publicUrl);
    expect(await first.locator('html').getAttribute('lang')).toBe('nn');
    const half = order.indexOf('m05_belonging');
    for (const name of order.slice(0, half)) await answer(first, name);
    // Wait until the server has saved the last step and shown the next screen: a tab closed while its post is
    // still in flight would (rightly) lose that step.
    await first.getByText(labelNn('m05_belonging')).first().waitFor();
    // The tab is closed in the middle: every step was saved, and the resume cookie stays in the browser.
    await first.close();

    const again = await phone.newPage();
    await again.goto(publicUrl);
    await again.getByText(labelNn('m05_belonging')).first().waitFor();
    for (const name of order.slice(half)) await answer(again, name);
    await again.getByText(nn('questionnaires.respond.readyToSend')).waitFor();
    await scan(again, true);
    await again.getByRole('button', { name: nn('questionnaires.respond.send') }).click();
    await again.getByTestId('receipt').waitFor();
    expect(await again.getByTestId('receipt').textContent()).toContain(nn('questionnaires.respond.receipt.title'));
    await scan(again, true);
    await again.close();
  }, 240_000); // a dozen screens, each scanned by axe: slow on a busy 2-core machine

  it('the answers come back in the XLSX export, with the codebook and the formula neutralised', async () => {
    await staff.goto(`${varde.url}/programmes/${programmeId}/questionnaires/surveys/${surveyId}`);
    const panel = staff.getByTestId('response-export');
    await panel.waitFor();
    await scan(staff);
    const [download] = await Promise.all([staff.waitForEvent('download'), panel.getByTestId('export-xlsx').click()]);
    await panel.getByTestId('export-done').waitFor();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const [sheet, codebook] = workbook.worksheets;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header).not.toContain('participant_code');
    expect(sheet.rowCount).toBe(2);
    const row = Object.fromEntries(header.map((h, i) => [h, sheet.getRow(2).getCell(i + 1).value]));
    expect(row.status).toBe('complete');
    expect(row.language).toBe('nn');
    for (const [name, value] of Object.entries(answers)) {
      if (name === 'm08_peer_positions') expect(row[name]).toBe(`'${value}`);
      else if (name === 'm02_feedback_tools' || name === 'm10_staff_training') expect(row[name]).toBe(Number(value));
      else expect(row[name], name).toBe(value);
    }
    expect(row.m10_how ?? null).toBe(null); // hidden on "no": never asked, never exported
    expect(codebook.getColumn(1).values).toEqual(expect.arrayContaining(order));
    await scan(staff);
  });

  it('no page had accessibility violations', () => {
    expect(violations).toEqual([]);
  });
});
