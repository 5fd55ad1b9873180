import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

/**
 * The evaluation report on the demo EBCD programme (issue 14 §3–5): create it, regenerate its
 * generated parts, pick three quotes into a findings section, export Word and PDF through the job
 * with its progress bar, read both files back; publish the plain-language summary and open it
 * without JavaScript. Axe-clean on the report editor and the public summary.
 */
const varde = useVardeAndChromium();
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let page: Page;
let programmeId: string;

beforeAll(async () => {
  page = await newPage(varde.browser, { acceptDownloads: true });
});

async function download(format: 'docx' | 'pdf', button: string): Promise<Buffer> {
  const exports = page.getByTestId('report-exports');
  await exports.getByRole('button', { name: button }).click();
  const link = page.getByTestId(`export-${format}`).getByRole('link');
  // The progress bar shows while the job builds the file.
  await link.or(page.getByTestId(`export-${format}`).getByRole('progressbar')).first().waitFor();
  await link.waitFor({ timeout: 90_000 }).catch(async (e) => {
    const status = await page.evaluate(async (url) => (await fetch(url)).text(), `/api/v1/programmes/${programmeId}/report`);
    throw new Error(`${e}\nexports: ${status.slice(-600)}\nVarde: ${varde.output().slice(-3000)}`);
  });
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  return readFile((await file.path())!);
}

describe('the evaluation report', () => {
  it('creates the report in seed 004’s structure and regenerates its generated parts', async () => {
    programmeId = await signInToDemoProgramme(page, varde.signInLink);
    await page.goto(`${varde.url}/programmes/${programmeId}/reports/report`);
    await page.getByRole('heading', { level: 2, name: nb('reportDoc.ui.heading') }).waitFor();
    await page.getByRole('button', { name: nb('reportDoc.ui.create') }).click();
    const sections = page.getByTestId('report-sections');
    await sections.getByRole('button', { name: nb('reportDoc.sections.material') }).waitFor();
    for (const kind of ['background', 'questions', 'method', 'conclusion', 'appendices']) await sections.getByRole('button', { name: nb(`reportDoc.sections.${kind}`) }).waitFor();
    await page.getByRole('button', { name: nb('reportDoc.ui.regenerate') }).click();
    await page.getByText(nb('reportDoc.ui.regenerated')).waitFor();
    await sections.getByRole('button', { name: nb('reportDoc.sections.material') }).click();
    const material = page.getByTestId('generated-material');
    await material.getByRole('table', { name: /Tabell 1/ }).waitFor();
    await expect.poll(() => material.textContent()).toContain('(Tabell 1)');
    await page.getByTestId('report-lists').getByText(`${nb('documents.word.table')} 1. ${nb('reportDoc.generated.activitiesTitle')}`).waitFor();
    await axe.scan(page);
    await sections.getByRole('button', { name: nb('reportDoc.sections.material') }).click();
  });

  it('picks three quotes from retrieval into a findings section; they show anonymised in the report', async () => {
    const sections = page.getByTestId('report-sections');
    const findings = sections.getByRole('button', { name: /^Funn/ }).first();
    await findings.click();
    const picker = page.getByTestId('quote-picker');
    const select = picker.getByLabel(nb('reportDoc.ui.code'));
    await select.locator('option', { hasText: 'Møtet med tjenesten' }).waitFor({ state: 'attached' });
    await select.selectOption((await select.locator('option', { hasText: 'Møtet med tjenesten' }).getAttribute('value'))!);
    await picker.getByRole('button', { name: nb('reportDoc.ui.search') }).click();
    const candidates = picker.getByTestId('quote-candidates').getByRole('listitem');
    await expect.poll(() => candidates.count()).toBeGreaterThan(3);
    for (let i = 0; i < 3; i++) {
      await candidates.nth(i).getByRole('button', { name: nb('reportDoc.ui.pick') }).click();
      await candidates.nth(i).getByText(nb('reportDoc.ui.picked'), { exact: true }).waitFor();
    }
    await expect.poll(() => picker.getByTestId('picked-quotes').getByRole('listitem').count()).toBe(3);
    const quotes = page.getByTestId('generated-quotes');
    await expect.poll(async () => (await quotes.textContent()) ?? '').toMatch(/\((tjenestemottaker|tjenesteyter), intervju\)/);
    await expect.poll(async () => ((await quotes.textContent()) ?? '').split('«').length - 1).toBe(3);
    await axe.scan(page);
  });

  it('exports Word and PDF with a progress bar; the files read back with headings, contents, tables and captioned figures', async () => {
    const docx = await download('docx', nb('reportDoc.ui.exportWord'));
    const files = unzipSync(new Uint8Array(docx));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('TOC \\');
    expect(xml).toMatch(/w:pStyle w:val="Heading1"/);
    expect(xml).toContain(nb('reportDoc.sections.material'));
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain(nb('reportDoc.generated.activitiesTitle'));
    expect(xml).toContain('«');
    const pdf = await download('pdf', nb('reportDoc.ui.exportPdf'));
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain(nb('reportDoc.sections.material'));
    expect(text).toContain(nb('reportDoc.contents'));
    expect(text).toContain(`${nb('documents.word.table')} 1`);
    expect(text).toMatch(/(tjenestemottaker|tjenesteyter), intervju/);
  });

  it('publishes the plain-language summary; the public page needs no JavaScript and shows no personal data', async () => {
    await page.goto(`${varde.url}/programmes/${programmeId}/reports/summary`);
    await page.getByRole('heading', { level: 2, name: nb('reportDoc.ui.summaryHeading') }).waitFor();
    await page.getByLabel(nb('reportDoc.ui.summaryText', { language: nb('lang.nb') })).fill('Takk til alle som var med. Vi fant at det å bli møtt som et helt menneske betyr mest.');
    await page.getByLabel(nb('reportDoc.ui.summaryText', { language: nb('lang.nn') })).fill('Takk til alle som var med.');
    await page.getByLabel(nb('reportDoc.ui.summaryText', { language: nb('lang.en') })).fill('Thank you to everyone who took part.');
    await page.getByRole('button', { name: nb('reportDoc.ui.saveSummary') }).click();
    await page.getByText(nb('reportDoc.ui.summarySaved')).waitFor();
    await page.getByRole('button', { name: nb('reportDoc.ui.publish') }).click();
    await page.getByTestId('summary-status').getByText(nb('reportDoc.ui.published')).waitFor();
    await page.getByRole('img', { name: nb('reportDoc.ui.qrAlt') }).waitFor();
    await axe.scan(page);
    const url = await page.getByTestId('summary-link').getAttribute('href');
    const visitor = await newPage(varde.browser, { javaScriptEnabled: false });
    await visitor.goto(url!);
    await visitor.getByRole('heading', { level: 1 }).waitFor();
    expect(await visitor.getByTestId('summary-text').textContent()).toContain('helt menneske');
    expect(await visitor.getByTestId('summary-figures').textContent()).toContain(nb('reportDoc.public.municipalities'));
    await axe.scanWithoutScripts(visitor);
    await visitor.getByRole('link', { name: 'Nynorsk' }).click();
    await visitor.getByRole('heading', { level: 1, name: /Kva kom ut av/ }).waitFor();
    await visitor.close();
  });

  it('has no axe violations on the report editor and the public summary', () => {
    expect(axe.violations).toEqual([]);
  });
});
