import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { messages, translate, type Language } from '../../src/i18n/index.js';
import { codesignProgramme, learningNetworkProgramme } from '../../src/modules/demo/programmes.js';
import { newPage, newPhonePage } from './support/browser.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 15 item 7, "Words and numbers", walked as a reader meets it: one page of each kind of the
// staff app in both demo programmes, and each kind of participant page, in bokmål, nynorsk and
// English. A page fails when it shows an internal key (an i18n path such as `consent.granted`, a
// snake_case word list value such as `training_material`) or, in bokmål and nynorsk, a number with
// a decimal point ("66.7 %", "0.87").
const varde = useVardeAndChromium();
let staff: Page;
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
const languages: Language[] = ['nb', 'nn', 'en'];
const topLevelKeys = new Set(Object.keys(messages.nb));
// Effect-size symbols of the pre/post page (Cohen's d_z, d_av, Hedges' g_av, rank-biserial r_rb) are
// statistical notation a reader of the report knows, not internal names.
const notation = new Set(['d_z', 'd_av', 'g_av', 'r_rb']);

/** Visible words of the page (text nodes, labels a screen reader reads), not code samples or form values. */
async function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = 'SCRIPT,STYLE,CODE,PRE,KBD,SAMP,TEXTAREA,NOSCRIPT';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip) || parent.closest('[hidden],[aria-hidden="true"]')) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]'))) {
      if (el.closest(skip)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}

/** What a reader should never see: internal keys in any language, decimal points in nb/nn numbers. */
function wordProblems(texts: string[], lang: Language): string[] {
  const problems: string[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(/\b[a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+\b/g)) {
      if (topLevelKeys.has(m[0].split('.')[0]) && !/\.(no|com|org|example|docx|xlsx|csv|pdf|qdpx|txt|vtt|srt)$/i.test(m[0])) problems.push(`key "${m[0]}" in "${text.slice(0, 120)}"`);
    }
    for (const m of text.matchAll(/(?<![\w@./-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w@/-])/g)) if (!notation.has(m[0])) problems.push(`key "${m[0]}" in "${text.slice(0, 120)}"`);
    if (lang !== 'en') {
      for (const m of text.matchAll(/(?<![\d.,:/\w])\d+\.\d+(?![\d.]|\w)/g)) problems.push(`decimal point "${m[0]}" in "${text.slice(0, 120)}"`);
    }
  }
  return problems;
}

async function settle(page: Page) {
  // Pages with a live connection (a board's projector) never go idle: 3 s is plenty for the rest.
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
  // A page that is still loading shows no words yet; wait until its spinners are gone.
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** One address per kind: ids (UUIDs, numbers) replaced, so `/people/<a>` and `/people/<b>` are one kind. */
function kindOf(pathname: string): string {
  return pathname.replace(/\/[0-9a-f]{8}-[0-9a-f-]{27,}/g, '/:id').replace(/\/\d+(?=\/|$)/g, '/:n');
}

/** Breadth-first over the programme's links, one page of each kind; returns the problems per address. */
async function crawlProgramme(page: Page, start: string, lang: Language, limit = 90): Promise<{ visited: string[]; problems: string[] }> {
  const base = new URL(start).pathname;
  const queue = [base];
  const seen = new Set<string>([kindOf(base)]);
  const visited: string[] = [];
  const problems: string[] = [];
  while (queue.length && visited.length < limit) {
    const path = queue.shift()!;
    await page.goto(`${varde.url}${path}`);
    await settle(page);
    visited.push(path);
    for (const p of wordProblems(await readableText(page), lang)) problems.push(`${lang} ${path}: ${p}`);
    const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).pathname));
    for (const href of hrefs) {
      if (!href.startsWith(base) || /\/(api|assets)\//.test(href)) continue;
      const kind = kindOf(href);
      if (seen.has(kind)) continue;
      seen.add(kind);
      queue.push(href);
    }
  }
  return { visited, problems };
}

async function chooseLanguage(page: Page, lang: Language) {
  await page.getByTestId('language-switch').first().selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

let programmes: string[] = [];
beforeAll(async () => {
  staff = await newPage(varde.browser, { viewport: { width: 1400, height: 900 }, timeout: 20_000 });
  await staff.goto(varde.signInLink);
  await staff.getByRole('button', { name: nb('auth.confirmButton') }).click();
  await staff.getByTestId('programme-list').waitFor();
  programmes = [];
  for (const programme of [codesignProgramme, learningNetworkProgramme]) {
    const link = staff.getByRole('link', { name: programme.name });
    programmes.push(`${varde.url}${new URL((await link.getAttribute('href'))!, varde.url).pathname}`);
  }
});

describe('words and numbers: every kind of page in nb, nn and en', () => {
  for (const lang of languages) {
    it(`staff app in ${lang}: no internal key${lang === 'en' ? '' : ', no decimal point'} on any kind of page in either demo programme`, async () => {
      await staff.goto(`${varde.url}/`);
      await chooseLanguage(staff, lang);
      const problems: string[] = [];
      let pages = 0;
      for (const start of programmes) {
        const result = await crawlProgramme(staff, start, lang);
        pages += result.visited.length;
        problems.push(...result.problems);
      }
      // A crawl that reached only a handful of pages proves nothing.
      expect(pages).toBeGreaterThan(40);
      expect([...new Set(problems)]).toEqual([]);
    }, 900_000);
  }
});

/** The participant pages' addresses, made the way a coordinator makes them in the staff app. */
async function participantAddresses(): Promise<string[]> {
  await staff.goto(programmes[0]);
  await chooseLanguage(staff, 'nb');
  // A personal link (consent, withdrawal) for the first person on the people page.
  await staff.goto(`${programmes[0]}/people`);
  const href = await staff.locator('table a[href*="/people/"]').first().getAttribute('href');
  expect(href, 'a person on the people page').toBeTruthy();
  await staff.goto(`${varde.url}${href}`);
  await staff.getByTestId('personal-link-new').click();
  const personal = ((await staff.locator('code', { hasText: '/p/' }).first().textContent()) ?? '').trim();
  expect(personal).toMatch(/\/p\/[\w-]+$/);
  // A public survey link: the first open survey of the programme, opened to anyone with the link.
  await staff.goto(`${programmes[0]}/questionnaires/surveys`);
  await staff.locator('table a[href*="/questionnaires/surveys/"]').first().waitFor();
  const surveys = await staff.locator('table a[href*="/questionnaires/surveys/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  let open = false;
  for (const survey of surveys) {
    await staff.goto(`${varde.url}${survey}`);
    open = await staff.getByTestId('survey-distribute').waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (open) break;
  }
  expect(open, 'an open survey in the demo programme').toBe(true);
  if (!(await staff.getByTestId('public-url').isVisible())) await staff.getByTestId('make-public').click();
  const publicUrl = ((await staff.getByTestId('public-url').textContent()) ?? '').trim();
  expect(publicUrl).toMatch(/\/s\/[\w-]+$/);
  return [personal, publicUrl, `${varde.url}/check-in`, `${varde.url}/login`];
}

describe('words and numbers: the participant pages in nb, nn and en', () => {
  it('consent and withdrawal, public survey, door check-in and sign-in pages show no internal key or decimal point', async () => {
    const addresses = await participantAddresses();
    const phone = await newPhonePage(varde.browser);
    const problems: string[] = [];
    for (const lang of languages) {
      for (const address of addresses) {
        await phone.goto(`${address}${address.includes('?') ? '&' : '?'}lang=${lang}`);
        for (const p of wordProblems(await readableText(phone), lang)) problems.push(`${lang} ${new URL(address).pathname.slice(0, 3)}: ${p}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
