import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

const varde = useVardeAndChromium();
let page: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let municipalityNames: string[] = [];
const scan = () => axe.scan(page);

beforeAll(async () => {
  page = await newPage(varde.browser, { acceptDownloads: true });
});

describe('pre/post results of the demo programme’s four courses', () => {
  it('opens Pre/post results from the programme menu', async () => {
    const programmeId = await signInToDemoProgramme(page, varde.signInLink);
    municipalityNames = await page.evaluate((id) => fetch(`/api/v1/programmes/${id}/municipalities`).then((r) => r.json()).then((ms: { name: string }[]) => ms.map((m) => m.name)), programmeId);
    expect(municipalityNames).toHaveLength(4);
    await page.getByRole('navigation', { name: nb('nav.programmeMenu') }).getByRole('link', { name: nb('prepost.title') }).click();
    await page.getByRole('heading', { level: 1, name: nb('prepost.title') }).waitFor();
    await page.getByTestId('prepost-table').waitFor();
    await scan();
  });

  it('shows every course (the pilot marked) and the pooled row with numbers, never NaN', async () => {
    const table = page.getByTestId('prepost-table');
    await expect.poll(() => table.getByTestId('course-row').count()).toBe(4);
    const text = (await table.textContent()) ?? '';
    for (const name of municipalityNames) expect(text).toContain(name);
    expect(text).toContain(`(${nb('prepost.pilot')})`);
    const pooled = (await table.getByTestId('pooled-row').textContent()) ?? '';
    expect(pooled).toContain(nb('prepost.pooled'));
    expect(pooled).toMatch(/t\(\d+\) = \d/);
    expect(pooled).toMatch(/V = \d/);
    expect((await table.getByTestId('later-row').textContent()) ?? '').toContain(nb('prepost.laterPooled'));
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    await expect.poll(async () => (await page.getByTestId('prepost-reliability').textContent()) ?? '').toContain('Cronbachs alfa før');
    // Only the Wilcoxon columns when the user picks that test.
    await page.getByLabel(nb('prepost.page.testChoice')).selectOption('wilcoxon');
    await expect.poll(async () => (await table.getByTestId('pooled-row').textContent()) ?? '').not.toMatch(/t\(\d+\)/);
    await page.getByLabel(nb('prepost.page.testChoice')).selectOption('both');
    await scan();
  });

  it('shows the three charts as accessible SVG, each with its table', async () => {
    for (const kind of ['forest', 'paired_dots', 'distribution']) {
      const figure = page.getByTestId(`chart-${kind}`);
      await figure.waitFor();
      const svg = figure.locator('svg[role="img"]');
      await expect.poll(() => svg.count()).toBe(1);
      expect(await svg.locator('title').count()).toBe(1);
      expect(await figure.locator('table tbody tr').count()).toBeGreaterThan(0);
    }
    // The forest plot lists the four courses, the later courses pooled and all pooled.
    expect(await page.getByTestId('chart-forest').locator('table tbody tr').count()).toBe(6);
    // One course's charts.
    const options = await page.getByLabel(nb('prepost.page.group')).locator('option').allTextContents();
    expect(options.slice(0, 2)).toEqual([nb('prepost.pooled'), nb('prepost.laterPooled')]);
    await page.getByLabel(nb('prepost.page.group')).selectOption({ label: options[2] });
    await expect.poll(async () => (await page.getByTestId('chart-paired_dots').locator('figcaption').textContent()) ?? '').toContain(options[2].replace(` (${nb('prepost.pilot')})`, ''));
    await scan();
  });

  it('downloads the .docx report, which opens and holds the table', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('prepost-docx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await download.path())!);
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).toContain('<table>');
    expect(html).toContain(nb('prepost.pooled'));
    for (const name of municipalityNames) expect(html).toContain(name);
    expect(html).toContain(nb('prepost.report.summaryHeading'));
    expect(html).toContain(nb('prepost.reliability.heading'));
    const files = unzipSync(new Uint8Array(bytes));
    expect(strFromU8(files['word/document.xml'])).toContain('<w:tbl>');
    expect(Object.keys(files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(6);
  });

  it('downloads the same report as a PDF with its contents, tables and the language set', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('prepost-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    expect((await getMeta(bytes.slice())).info).toMatchObject({ Language: 'nb-NO' });
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
    const all = (text as string).replace(/\s+/g, ' ');
    expect(all).toContain(nb('prepost.report.contents'));
    expect(all).toContain(nb('prepost.report.summaryHeading'));
    expect(all).toContain(nb('prepost.pooled'));
    for (const name of municipalityNames) expect(all).toContain(name);
  });

  it('course experience: the evaluation per course with the pilot marked; free text sent to analysis', async () => {
    await page.getByRole('navigation', { name: nb('prepost.title') }).getByRole('link', { name: nb('prepost.experience.title') }).click();
    await page.getByRole('heading', { level: 1, name: nb('prepost.experience.title') }).waitFor();
    const scales = page.getByTestId('experience-scales');
    await scales.waitFor();
    const text = (await scales.textContent()) ?? '';
    expect(text).toContain(`(${nb('prepost.pilot')})`);
    expect(text).toContain(nb('prepost.experience.groups.later'));
    for (const name of municipalityNames) expect(text).toContain(name);
    expect(await page.getByTestId('experience-item').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('free-text').first().locator('li').count()).toBeGreaterThan(0);
    await scan();
    await page.getByTestId('send-free-text').click();
    await expect.poll(() => page.getByTestId('send-status').textContent()).toBe(nb('prepost.experience.sent', { count: 4 }));
  });

  it('has no accessibility violations on any page visited', () => {
    expect(axe.violations).toEqual([]);
  });
});
