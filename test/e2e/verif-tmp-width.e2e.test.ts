import { describe, it } from 'vitest';
import { newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Temporary diagnosis (verification helper): which element widens the material page at 390 px.
const varde = useVardeAndChromium();
describe('tmp', () => {
  it('dumps wide elements', async () => {
    const page = await newPage(varde.browser, { timeout: 20_000 });
    const id = await signInToDemoProgramme(page, varde.signInLink);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['material', 'boards', 'course', 'thread']) {
      await page.goto(`${varde.url}/programmes/${id}/codesign/${path}`);
      await page.waitForTimeout(2500);
      const out = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => !e.closest('.table-wrap') && (e as HTMLElement).offsetWidth > 340)
        .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} w=${(e as HTMLElement).offsetWidth} sw=${e.scrollWidth}`));
      console.log(path, await page.evaluate(() => document.documentElement.scrollWidth), '\n' + out.join('\n'));
    }
  });
});
