import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page in its own context, in Norwegian bokmål on a desktop-sized screen unless the options say
 * otherwise; `timeout` makes locators fail fast with a clear message rather than at the test's limit.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions & { timeout?: number } = {}): Promise<Page> {
  const { timeout, ...context } = options;
  const page = await (await browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 1000 }, ...context })).newPage();
  if (timeout) page.setDefaultTimeout(timeout);
  return page;
}

/** A participant's phone: a 360 px screen and no JavaScript at all. */
export function newPhonePage(browser: Browser): Promise<Page> {
  return newPage(browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false, timeout: 20_000 });
}

/** WCAG 2.1 A and AA rules; returns the violations as readable lines (empty when the page passes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${page.url()} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * axe runs as a script, so a page shown with JavaScript disabled is scanned through a copy: the
 * exact HTML the participant saw, loaded into a scripting page of the same size.
 */
export async function axeViolationsWithoutScripts(page: Page): Promise<string[]> {
  const copy = await page.context().browser()!.newContext({ viewport: page.viewportSize() ?? undefined });
  try {
    const scanner = await copy.newPage();
    await scanner.setContent(await page.content());
    return (await axeViolations(scanner)).map((v) => v.replace(/^about:blank/, page.url()));
  } finally {
    await copy.close();
  }
}

/** Every page a test file visits is scanned into one list; the file's last test expects it empty. */
export function axeLog() {
  const violations: string[] = [];
  return {
    violations,
    /** A page with scripts (the staff app); by default once its requests have settled. */
    async scan(page: Page, { settle = true } = {}) {
      if (settle) await page.waitForLoadState('networkidle');
      // A dialog fades in over 300 ms; scanned mid-fade its text fails colour contrast. Endless ones (spinners) are not waited for.
      await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))));
      violations.push(...(await axeViolations(page)));
    },
    /** A page shown without JavaScript (a participant's phone). */
    async scanWithoutScripts(page: Page) {
      violations.push(...(await axeViolationsWithoutScripts(page)));
    },
  };
}
