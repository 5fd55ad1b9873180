import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
