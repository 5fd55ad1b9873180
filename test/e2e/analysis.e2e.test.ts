import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { nvivoFile } from '../../src/modules/analysis/refi-qda/nvivo-fixture.js';
import { focusGroupVtt, interviewLines, makeDocx } from './support/analysis-files.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

const varde = useVardeAndChromium();
let page: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let programmeId = '';
let recipient = { name: '', municipality: '' };
let provider = { name: '' };

const scan = () => axe.scan(page);
/** Records a signed paper consent (the programme asks consent before interviews and focus groups are recorded). */
const paperConsent = (participantId: string) =>
  page.evaluate(async ({ programme, participant }) => {
    const { csrfToken } = await fetch('/api/v1/session').then((r) => r.json());
    const body = JSON.stringify({ signedOn: new Date().toISOString().slice(0, 10), grantedPurposeKeys: ['interview_recording', 'focus_group'] });
    const response = await fetch(`/api/v1/programmes/${programme}/participants/${participant}/paper-consents`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken }, body });
    return response.status;
  }, { programme: programmeId, participant: participantId });
const json = <T>(path: string) => page.evaluate((p) => fetch(`/api/v1${p}`).then((r) => r.json()), path) as Promise<T>;
const tab = (key: string) => page.getByRole('navigation', { name: nb('nav.analysis') }).getByRole('link', { name: nb(key) }).click();

/** Imports a file through the form and returns the "names replaced" alert text. */
async function importFile(file: { name: string; mimeType: string; buffer: Buffer }, kind: string, title: string, present: string) {
  const form = page.getByTestId('document-import');
  await form.locator('#document-file').setInputFiles(file);
  await form.getByLabel(nb('analysis.import.kind')).selectOption(kind);
  await form.getByLabel(nb('analysis.import.docTitle'), { exact: false }).fill(title);
  await form.getByLabel(nb('analysis.import.municipality')).selectOption({ label: recipient.municipality });
  await form.getByLabel(new RegExp(present)).check();
  await form.getByRole('button', { name: nb('analysis.import.submit') }).click();
  const result = page.getByTestId('import-result');
  await result.waitFor();
  return result.textContent();
}

/** Keyboard only: from the start of turn `turn`, skip `skip` words, select `take` words, press c, type the code, Enter. */
async function codeWithKeyboard(turn: number, skip: number, take: number, code: string) {
  const text = page.getByTestId('coding-text');
  await text.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < turn; i++) await page.keyboard.press('ArrowDown');
  // To the end of word skip+1, then back to its start: the caret is exactly at a word.
  for (let i = 0; i <= skip; i++) await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+ArrowLeft');
  for (let i = 0; i < take; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await page.keyboard.press('c');
  const picker = page.getByTestId('code-picker');
  await picker.waitFor();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('coding-status').textContent()).toContain(code);
  await picker.waitFor({ state: 'detached' });
  // Focus is back in the text, so the next coding can start from the keyboard.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('coding-text');
}

beforeAll(async () => {
  page = await newPage(varde.browser);
});

describe('qualitative analysis, from transcript to themes', () => {
  it('signs in as the demo coordinator and opens Analysis', async () => {
    programmeId = await signInToDemoProgramme(page, varde.signInLink);
    const people = await json<{ id: string; name?: string; role: string; municipalityId: string }[]>(`/programmes/${programmeId}/participants`);
    const places = new Map((await json<{ id: string; name: string }[]>(`/programmes/${programmeId}/municipalities`)).map((m) => [m.id, m.name]));
    const r = people.find((p) => p.role === 'recipient' && p.name)!;
    recipient = { name: r.name!, municipality: places.get(r.municipalityId)! };
    const p = people.find((x) => x.role === 'provider' && x.municipalityId === r.municipalityId && x.name)!;
    provider = { name: p.name! };
    // Both agreed on paper to be recorded (recorded through the API; the consent pages have their own e2e).
    expect([await paperConsent(r.id), await paperConsent(p.id)]).toEqual([201, 201]);
    await page.getByRole('navigation', { name: nb('nav.programmeMenu') }).getByRole('link', { name: nb('nav.analysis') }).click();
    await page.getByTestId('document-list').waitFor();
    await scan();
  });

  it('builds a codebook: five codes, two themes, codes moved under them', async () => {
    await tab('analysis.tabs.codebook');
    await page.getByText(nb('analysis.codebook.newCode')).click();
    const form = page.getByTestId('code-form');
    const create = async (name: string, theme = false) => {
      await form.getByLabel(nb('analysis.codebook.name')).fill(name);
      if (theme) await form.getByLabel(nb('analysis.codebook.isTheme')).check();
      else await form.getByLabel(nb('analysis.codebook.isTheme')).uncheck();
      await form.getByRole('button', { name: nb('analysis.codebook.create') }).click();
      await page.getByTestId('codebook').getByText(name, { exact: true }).waitFor();
    };
    for (const code of ['Håp', 'Tilhørighet', 'Selvbestemmelse', 'Tjenestekvalitet', 'Samarbeid']) await create(code);
    await create('Personlig recovery', true);
    await create('Tjenestene', true);
    await scan();
    const move = async (code: string, theme: string) => {
      await page.getByRole('button', { name: nb('analysis.codebook.edit', { name: code }) }).click();
      const dialog = page.getByTestId('code-edit');
      await dialog.getByLabel(nb('analysis.codebook.parent')).selectOption({ label: theme });
      await dialog.getByRole('button', { name: nb('common.save') }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: nb('analysis.codebook.saved', { name: code }) }).count()).toBe(1);
    };
    for (const code of ['Håp', 'Tilhørighet', 'Selvbestemmelse']) await move(code, 'Personlig recovery');
    for (const code of ['Tjenestekvalitet', 'Samarbeid']) await move(code, 'Tjenestene');
    const codes = await json<{ id: string; name: string; parentId: string | null; isTheme: boolean }[]>(`/programmes/${programmeId}/analysis/codes`);
    const under = (theme: string) => codes.filter((c) => c.parentId === codes.find((t) => t.name === theme)!.id).map((c) => c.name).sort();
    expect(under('Personlig recovery')).toEqual(['Håp', 'Selvbestemmelse', 'Tilhørighet']);
    expect(under('Tjenestene')).toEqual(['Samarbeid', 'Tjenestekvalitet']);
    await scan();
  });

  it('imports a .docx interview and a .vtt focus group; registered names and the municipality are replaced', async () => {
    await tab('analysis.tabs.documents');
    // The demo EBCD programme carries interview transcripts of its own (issue 12): count the two added here.
    await page.getByTestId('document-list').waitFor();
    const before = await page.getByTestId('document-list').locator('tbody tr').count();
    const docx = await makeDocx(interviewLines(recipient.name, recipient.municipality));
    const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const first = await importFile({ name: 'intervju.docx', mimeType: docxMime, buffer: docx }, 'interview_transcript', 'Intervju 1', recipient.name);
    expect(first).toMatch(/Navn erstattet: [1-9]/);
    const vtt = Buffer.from(focusGroupVtt(provider.name, recipient.municipality));
    const second = await importFile({ name: 'fokusgruppe.vtt', mimeType: 'text/vtt', buffer: vtt }, 'focus_group_transcript', 'Fokusgruppe 1', provider.name);
    expect(second).toMatch(/Navn erstattet: [1-9]/);
    await expect.poll(() => page.getByTestId('document-list').locator('tbody tr').count()).toBe(before + 2);
    await scan();

    await page.getByTestId('document-list').getByRole('link', { name: 'Intervju 1' }).click();
    const text = page.getByTestId('coding-text');
    await text.waitFor();
    const shown = (await text.textContent()) ?? '';
    expect(shown).not.toContain(recipient.name.split(' ')[0]);
    expect(shown).not.toContain(recipient.municipality);
    expect(shown).toContain('[kommune]');
    expect(shown).toContain('[tjenestemottaker');
    await scan();
  });

  it('codes segments with the keyboard alone: five codings, five codes', async () => {
    // Turn 1 (0-based): "Jeg bor i [kommune]. Tjenestene har hjulpet meg mye, og nå har jeg mer håp for framtiden."
    await codeWithKeyboard(1, 4, 5, 'Tjenestekvalitet');
    await codeWithKeyboard(1, 14, 3, 'Håp');
    // Turn 3: "Å ha venner og et sted å være gir meg tilhørighet. Jeg vil bestemme mer selv over min egen hverdag."
    await codeWithKeyboard(3, 0, 11, 'Tilhørighet');
    await codeWithKeyboard(3, 11, 5, 'Selvbestemmelse');
    const marginNames = await page.getByTestId('coding-text').locator('.turn-codings strong').allTextContents();
    expect(new Set(marginNames)).toEqual(new Set(['Tjenestekvalitet', 'Håp', 'Tilhørighet', 'Selvbestemmelse']));
    // The picker open is a page state too.
    await page.getByTestId('coding-text').focus();
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.keyboard.press('c');
    await page.getByTestId('code-picker').waitFor();
    // E2E_SCREENSHOTS=dir keeps a picture of the coding view to look at.
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/coding-view.png`, fullPage: true });
    await scan();
    await page.keyboard.press('Escape');

    await tab('analysis.tabs.documents');
    await page.getByTestId('document-list').getByRole('link', { name: 'Fokusgruppe 1' }).click();
    await page.getByTestId('coding-text').waitFor();
    // Turn 1: "Tjenester i [kommune] samarbeider bedre nå, og brukerne blir hørt."
    await codeWithKeyboard(1, 0, 7, 'Samarbeid');
    await scan();
  });

  it('retrieves the segments of one theme filtered by role', async () => {
    await tab('analysis.tabs.retrieval');
    await page.getByLabel(nb('analysis.retrieval.code')).selectOption({ label: `Personlig recovery (${nb('analysis.codebook.theme')})` });
    const list = page.getByTestId('segment-list');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    await page.getByLabel(nb('people.role')).selectOption('recipient');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    expect(await list.textContent()).toContain('Intervju 1');
    await page.getByLabel(nb('people.role')).selectOption('provider');
    await expect.poll(() => page.getByTestId('segment-list').textContent()).toBe(nb('analysis.retrieval.empty'));
    await page.getByLabel(nb('analysis.retrieval.code')).selectOption({ label: `Tjenestene (${nb('analysis.codebook.theme')})` });
    await expect.poll(() => page.getByTestId('segment-list').locator('li').count()).toBe(1);
    expect(await page.getByTestId('segment-list').textContent()).toContain('Fokusgruppe 1');
    await page.getByTestId('matrix').waitFor();
    await scan();
  });

  it('finds other inflected forms when searching for "tjenesten"', async () => {
    await tab('analysis.tabs.search');
    await page.getByLabel(nb('analysis.search.label')).fill('tjenesten');
    await page.getByRole('button', { name: nb('analysis.search.submit') }).click();
    const results = page.getByTestId('search-results');
    await results.waitFor();
    // Only the two documents imported here (the demo's own transcripts may match too).
    const ours = results.locator('li').filter({ hasText: /Intervju 1|Fokusgruppe 1/ });
    await expect.poll(() => ours.count()).toBe(2);
    const marks = (await ours.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks).toEqual(expect.arrayContaining(['tjenestene', 'tjenester']));
    await scan();
  });

  it('shows the agreement page', async () => {
    await tab('analysis.tabs.agreement');
    // One coder here; the demo EBCD programme's own codings (issue 12) may make a second, and then the table shows.
    await page.getByText(nb('analysis.agreement.needTwo')).or(page.locator('#coder-a')).first().waitFor();
    await scan();
  });

  it('downloads the project as a .qdpx from the exchange panel on the codebook page', async () => {
    await tab('analysis.tabs.codebook');
    const panel = page.getByTestId('refi-qda-panel');
    await panel.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: nb('analysis.refiQda.downloadProject') }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.qdpx$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await scan();
  });

  it('imports an NVivo project, saying how it counted positions and what did not come in (issue 16)', async () => {
    const panel = page.getByTestId('refi-qda-panel');
    await panel.getByLabel(nb('analysis.refiQda.exportTarget')).selectOption('nvivo');
    await expect.poll(() => panel.getByTestId('refi-qda-download-qdpx').getAttribute('href')).toContain('target=nvivo');
    await panel.locator('#refi-qda-file').setInputFiles({ name: 'intervju.qdpx', mimeType: 'application/zip', buffer: Buffer.from(nvivoFile()) });
    await panel.getByRole('button', { name: nb('analysis.refiQda.importButton'), exact: true }).click();
    const result = panel.getByTestId('refi-qda-result');
    await result.waitFor();
    expect(await panel.getByTestId('refi-qda-positions').textContent()).toBe(
      nb('analysis.refiQda.positionsRead', { convention: nb('analysis.refiQda.conventions.utf16'), method: nb('analysis.refiQda.methods.origin') }),
    );
    const lost = await panel.getByTestId('refi-qda-lost').textContent();
    for (const kind of ['graphs', 'sets', 'media_sources', 'codings_on_media', 'codings_missing_source']) expect(lost).toContain(nb(`analysis.refiQda.lost.${kind}`, { count: 1 }));
    const summary = (await result.textContent()) ?? '';
    expect(summary).toContain(nb('analysis.refiQda.notPseudonymised'));
    expect(summary).not.toMatch(/analysis\.refiQda|errors\./);
    // The project's own note is a memo on the analysis as a whole.
    await page.getByText('Intervjuene ble gjort i mars.').waitFor();
    await scan();
  });

  it('no page visited has an accessibility violation (axe, WCAG 2.1 A and AA)', () => {
    expect(axe.violations).toEqual([]);
  });
});
