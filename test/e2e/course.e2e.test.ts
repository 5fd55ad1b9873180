import { strFromU8, unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { signInStaffUser } from './support/staff-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

/**
 * The course editor path (issue 12 §6): a module answering two target areas, its material written by
 * two staff users (the lock shows who edits), commented on, a suggestion accepted, approved and
 * exported as .docx that reads back; axe-clean, and usable at 390 px.
 */
const varde = useVardeAndChromium();
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let coordinator: Page;
let researcher: Page;
let programmeId: string;
let documentUrl: string;
const moduleTitle = 'Modul E2E: Samtalen';

/**
 * Elements of these pages reaching past the right edge of the screen (none, when they fit a phone).
 * The shared page header above them (breadcrumbs with the programme's name) is not counted here.
 */
const overflowing = (page: Page) => page.evaluate(() => {
  return [...document.querySelectorAll('.course-page, .course-page *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 8).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`);
});

beforeAll(async () => {
  coordinator = await newPage(varde.browser, { acceptDownloads: true });
  researcher = await newPage(varde.browser);
});

describe('the course editor', () => {
  it('a coordinator adds a module answering two target areas and a written material', async () => {
    programmeId = await signInToDemoProgramme(coordinator, varde.signInLink);
    await coordinator.goto(`${varde.url}/programmes/${programmeId}/codesign/course`);
    await coordinator.getByRole('heading', { level: 2, name: nb('course.heading') }).waitFor();
    await expect.poll(() => coordinator.getByTestId('course-module').count()).toBe(2);
    await axe.scan(coordinator);
    await coordinator.getByLabel(nb('course.moduleTitle')).fill(moduleTitle);
    const areas = coordinator.getByRole('group', { name: nb('course.targetAreas') }).getByRole('checkbox');
    await areas.nth(0).check();
    await areas.nth(1).check();
    await coordinator.getByRole('button', { name: nb('course.addModule') }).click();
    const card = coordinator.getByTestId('course-module').filter({ hasText: moduleTitle });
    await card.waitFor();
    expect(await card.locator('.ds-tag').count()).toBe(2);
    await card.getByLabel(nb('course.materialTitle')).fill('Kursmanual E2E');
    await card.getByRole('button', { name: nb('course.addMaterial') }).click();
    await coordinator.getByRole('heading', { level: 2, name: 'Kursmanual E2E' }).waitFor();
    documentUrl = coordinator.url();
  });

  it('writes a version under the lock; a second staff user sees who holds it and cannot start editing', async () => {
    await coordinator.getByRole('button', { name: nb('documents.editor.startEditing') }).click();
    await coordinator.getByLabel(nb('documents.editor.text'), { exact: true }).fill('# Samtalen\n\nSpør hva som er **viktig for deg** i dag.\n\n- Lytt\n- Avtal neste steg');
    await axe.scan(coordinator);
    await coordinator.getByRole('button', { name: nb('documents.editor.save') }).click();
    await coordinator.getByText(nb('documents.editor.saved', { number: 2 })).waitFor();

    await signInStaffUser(researcher, varde, 'forsker@varde.example');
    await researcher.goto(documentUrl);
    await researcher.getByTestId('document-lock').getByText('Kari Nordmann').waitFor();
    expect(await researcher.getByRole('button', { name: nb('documents.editor.startEditing') }).count()).toBe(0);
    await coordinator.getByRole('button', { name: nb('documents.editor.stopEditing') }).click();
    await coordinator.getByText(nb('documents.editor.lockFree')).waitFor();
  });

  it('the researcher comments on a passage and suggests a change; the coordinator accepts it and approves', async () => {
    await researcher.reload();
    await researcher.getByTestId('document-text').getByRole('heading', { name: 'Samtalen' }).waitFor();
    const comments = researcher.getByTestId('document-comments');
    await comments.getByLabel(nb('documents.review.passage')).fill('viktig for deg');
    await comments.getByLabel(nb('documents.review.comment'), { exact: true }).fill('Kan vi gi et eksempel fra verkstedet?');
    await comments.getByRole('button', { name: nb('documents.review.addComment') }).click();
    await comments.getByText('Kan vi gi et eksempel fra verkstedet?').waitFor();
    const suggestions = researcher.getByTestId('document-suggestions');
    await suggestions.getByLabel(nb('documents.review.suggestionPassage'), { exact: true }).fill('Avtal neste steg');
    await suggestions.getByLabel(nb('documents.review.suggestionText')).fill('Avtal neste steg sammen');
    await suggestions.getByRole('button', { name: nb('documents.review.suggest') }).click();
    await suggestions.getByText(nb('documents.review.states.open')).waitFor();
    // Not the owner: the researcher sends for review but cannot accept or approve.
    expect(await suggestions.getByRole('button', { name: new RegExp(`^${nb('documents.review.accept')}`) }).count()).toBe(0);
    await researcher.getByRole('button', { name: nb('documents.review.sendToReview') }).click();
    await researcher.getByTestId('document-status').getByText(nb('documents.status.in_review')).waitFor();
    await axe.scan(researcher);

    await coordinator.reload();
    await coordinator.getByTestId('document-suggestions').getByRole('button', { name: new RegExp(`^${nb('documents.review.accept')}`) }).click();
    await coordinator.getByTestId('document-text').getByText('Avtal neste steg sammen').waitFor();
    await coordinator.getByRole('button', { name: nb('documents.review.sendToReview') }).click();
    await coordinator.getByRole('button', { name: nb('documents.review.approve') }).click();
    await coordinator.getByTestId('document-status').getByText(nb('documents.status.approved')).waitFor();
    const history = (await coordinator.getByTestId('document-history').textContent()) ?? '';
    expect(history).toContain('Ola Nordmann');
    expect(history).toContain(nb('documents.status.approved'));
    await axe.scan(coordinator);
  });

  it('exports the module as .docx that reads back with its target areas and the accepted text', async () => {
    await coordinator.goto(`${varde.url}/programmes/${programmeId}/codesign/course`);
    const card = coordinator.getByTestId('course-module').filter({ hasText: moduleTitle });
    const [download] = await Promise.all([coordinator.waitForEvent('download'), card.getByRole('link', { name: `${nb('course.exportModule')}: ${moduleTitle}` }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain(moduleTitle);
    expect(xml).toContain('Avtal neste steg sammen');
    const tags = await card.locator('.ds-tag').allTextContents();
    for (const area of tags) expect(xml).toContain(area.replace(/&/g, '&amp;'));
    expect(xml).toContain(nb('documents.status.approved'));
  });

  it('works on a 390 px phone screen', async () => {
    await researcher.setViewportSize({ width: 390, height: 844 });
    await researcher.goto(documentUrl);
    await researcher.getByTestId('document-text').waitFor();
    expect(await overflowing(researcher)).toEqual([]);
    await axe.scan(researcher);
    await researcher.goto(`${varde.url}/programmes/${programmeId}/codesign/groups`);
    await researcher.getByTestId('codesign-group').first().waitFor();
    expect(await overflowing(researcher)).toEqual([]);
    await axe.scan(researcher);
  });

  it('has no accessibility violations on any page visited', () => {
    expect(axe.violations).toEqual([]);
  });
});
