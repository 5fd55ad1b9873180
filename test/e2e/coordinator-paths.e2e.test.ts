import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 15 (coordinator paths), items 4–8 as a new coordinator meets them in the demo's EBCD programme:
// the activity plan as a grouped timeline, adding an activity by keyboard with the result announced,
// the activity page in the order of the work with cancelling apart, and the audit log in words.
const varde = useVardeAndChromium();
const axe = axeLog();
let staff: Page;
let programmePath = '';
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);

beforeAll(async () => {
  staff = await newPage(varde.browser, { viewport: { width: 1400, height: 900 }, timeout: 20_000 });
  const id = await signInToDemoProgramme(staff, varde.signInLink);
  programmePath = `/programmes/${id}`;
});

/** Presses Tab until the focused element matches, counting; fails after `max` presses. */
async function tabTo(page: Page, testId: string, max: number): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return presses;
  }
  throw new Error(`${testId} not reached in ${max} key presses`);
}

describe('4. activities', () => {
  it('the plan is a timeline in time order, grouped by municipality, with unscheduled activities apart', async () => {
    await staff.goto(`${varde.url}${programmePath}/activities`);
    const groups = staff.getByTestId('plan-group');
    await groups.first().waitFor();
    // One group per municipality (programme-wide ones in their own), each in time order.
    const keys = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(new Set(keys).size).toBe(keys.length);
    for (const group of await groups.all()) {
      const key = await group.getAttribute('data-group');
      expect(new Set(await group.locator('tr[data-municipality]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-municipality'))))).toEqual(new Set([key]));
      const starts = await group.locator('tr[data-starts-at]').evaluateAll((rows) => rows.map((r) => Date.parse(r.getAttribute('data-starts-at')!)));
      expect(starts.length).toBeGreaterThan(0);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const unscheduled = staff.getByTestId('unscheduled-activities');
    await unscheduled.waitFor();
    expect(await unscheduled.locator('tr[data-starts-at]').count()).toBe(0);
    await axe.scan(staff);

    // Grouped by stage: each group is one activity type.
    await staff.locator('#plan-group-by').selectOption('stage');
    await expect.poll(async () => (await groups.first().getAttribute('data-group')) !== 'programme').toBe(true);
    for (const group of await groups.all()) {
      const types = new Set(await group.locator('tr[data-type]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-type'))));
      expect(types.size).toBe(1);
    }
  });

  it('filtering by a municipality keeps the programme-wide events', async () => {
    await staff.locator('#plan-group-by').selectOption('municipality');
    const filter = staff.locator('#plan-municipality');
    const value = await filter.locator('option').nth(1).getAttribute('value');
    await filter.selectOption(value!);
    const others = () => staff.locator('tr[data-municipality]').evaluateAll((rows, own) => rows.filter((r) => !['programme', own].includes(r.getAttribute('data-municipality')!)).length, value);
    await expect.poll(others).toBe(0);
    expect(await staff.locator(`tr[data-municipality="${value}"]`).count()).toBeGreaterThan(0);
    expect(await staff.locator('tr[data-municipality="programme"]').count()).toBeGreaterThan(0);
  });

  it('from the activities page the add-activity form is at most 15 key presses away, and the result is announced', async () => {
    await staff.goto(`${varde.url}${programmePath}/activities`);
    await staff.getByTestId('plan-group').first().waitFor();
    await staff.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // The first Tab reaches "skip to content", Enter jumps past every menu to the page itself.
    await staff.keyboard.press('Tab');
    expect(await staff.evaluate(() => document.activeElement?.textContent)).toBe(nb('common.skipToContent'));
    await staff.keyboard.press('Enter');
    let presses = 2 + (await tabTo(staff, 'add-activity-open', 13));
    await staff.keyboard.press('Enter');
    presses += 1;
    // The form opens with focus on its first field.
    await expect.poll(() => staff.evaluate(() => document.activeElement?.id)).toBe('add-activity-type');
    expect(presses).toBeLessThanOrEqual(15);

    // Typing (choosing) is not counted; then the form is sent from the keyboard.
    await staff.locator('#add-activity-type').selectOption('work_meeting');
    await staff.locator('#add-activity-title').fill('Ekstra arbeidsmøte om kursmateriell');
    await staff.locator('#add-activity-title').press('Enter');
    const result = staff.getByTestId('add-activity-result');
    await expect(result.getAttribute('aria-live')).resolves.toBe('polite');
    await result.getByRole('link', { name: nb('coordinator.add.openIt') }).waitFor();
    const announced = (await result.textContent()) ?? '';
    expect(announced).toContain('Ekstra arbeidsmøte om kursmateriell');
    expect(announced).toContain(nb('activities.programmeWide'));
    // Focus is on what happened, and the new row is marked among the unscheduled activities.
    await expect.poll(() => staff.evaluate(() => !!document.activeElement?.closest('[data-testid="add-activity-result"]'))).toBe(true);
    await staff.getByTestId('unscheduled-activities').locator('tr.row-new').waitFor();
    await axe.scan(staff);
  });

  it('the activity page follows the work (invite, attendance, minutes) and cancelling stands apart, with confirmation', async () => {
    await staff.getByTestId('add-activity-result').getByRole('link', { name: nb('coordinator.add.openIt') }).click();
    await staff.getByTestId('schedule-section').waitFor();
    const tasks = await staff.getByTestId('activity-tasks').getByRole('link').allTextContents();
    expect(tasks).toEqual([nb('coordinator.tasks.invite'), nb('coordinator.tasks.attendance'), nb('coordinator.tasks.minutes')]);
    const order = await staff.locator('.activity-section-anchor').evaluateAll((els) => els.map((e) => e.id));
    expect(order.indexOf('section-invitations')).toBeLessThan(order.indexOf('section-attendance'));
    expect(order.indexOf('section-attendance')).toBeLessThan(order.indexOf('section-minutes'));
    expect(order.at(-1)).toBe('section-cancel');
    // Nothing in the schedule section cancels.
    expect(await staff.getByTestId('schedule-section').getByRole('button', { name: /avlys/i }).count()).toBe(0);
    await axe.scan(staff);

    await staff.locator('#cancel-reason').fill('Flyttet inn i samlingen');
    await staff.getByTestId('cancel-activity').click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText(nb('coordinator.cancel.confirm', { name: 'Ekstra arbeidsmøte om kursmateriell' })).waitFor();
    await dialog.getByRole('button', { name: nb('coordinator.cancel.confirmButton') }).click();
    await staff.getByRole('status').filter({ hasText: nb('coordinator.cancel.done', { name: 'Ekstra arbeidsmøte om kursmateriell' }) }).waitFor();
    await staff.getByTestId('activity-facts').getByText(nb('activities.statuses.cancelled')).waitFor();
  });
});

describe('8. ethics approvals', () => {
  it('the demo lists the approvals seed 000 plans; a decision needs its date; data collection can wait for it', async () => {
    await staff.goto(`${varde.url}${programmePath}/settings`);
    const table = staff.getByTestId('ethics-table');
    await table.waitFor();
    const kcl = table.getByRole('row').filter({ hasText: "King's College London" });
    const rek = table.getByRole('row').filter({ hasText: 'REK Midt-Norge' });
    await kcl.getByText(nb('ethics.statuses.planned')).waitFor();
    await rek.getByText(nb('ethics.statuses.pending')).waitFor();

    // Data collection set to wait: linked surveys stay blocked until an approval covers them.
    await staff.locator('#ethics-wait-linked_surveys').check();
    await staff.getByTestId('ethics-waits-save').click();
    await staff.getByRole('status').filter({ hasText: nb('ethics.waitSaved') }).waitFor();

    // REK decides: approved without a date is refused with a message at the field, then saved with it.
    await rek.getByRole('button', { name: `${nb('common.edit')}: ` + (await rek.locator('td').first().textContent()) }).click();
    await staff.locator('#ethics-status').selectOption('approved');
    await staff.locator('#ethics-reference').fill('2026/4711');
    await staff.getByTestId('ethics-save').click();
    await staff.getByText(nb('ethics.errors.decidedOnRequired')).first().waitFor();
    await axe.scan(staff);
    await staff.locator('#ethics-decidedOn').fill('2026-03-02');
    await staff.getByTestId('ethics-save').click();
    await staff.getByRole('status').filter({ hasText: nb('ethics.saved') }).waitFor();
    await rek.getByText(nb('ethics.statuses.approved')).waitFor();
    await rek.getByText('2026/4711').waitFor();
    await axe.scan(staff);
  });
});

describe('7. words', () => {
  it('the audit log names every event in words, never the raw action', async () => {
    await staff.goto(`${varde.url}${programmePath}/settings`);
    const log = staff.getByTestId('audit-log');
    await log.waitFor();
    const cells = await log.locator('tbody tr td:nth-child(3), tbody tr td:nth-child(4)').allTextContents();
    expect(cells.length).toBeGreaterThan(10);
    expect(cells.filter((c) => /[a-z]+[._][a-z_.]+/.test(c))).toEqual([]);
    expect(cells.join(' ')).toContain(nb('auditWords.verbs.cancel'));
  });

  it('axe finds nothing on the pages visited', () => {
    expect(axe.violations).toEqual([]);
  });
});
