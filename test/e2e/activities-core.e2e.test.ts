import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

/**
 * The activities core in the staff app (issue 4 items 1, 2, 5, 6): generate the seed-000 plan, the
 * timeline and its table, a schedule that breaks the order and the warning, an activity's agenda,
 * decisions and minutes, the indicators with their tables and downloads, and the activity types.
 */
const varde = useVardeAndChromium();
let page: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
const scan = () => axe.scan(page);

beforeAll(async () => {
  page = await newPage(varde.browser, { acceptDownloads: true });
});

describe('activities in the staff app', () => {
  it('generates the seed-000 plan from the Activities page', async () => {
    await signInToDemoProgramme(page, varde.signInLink);
    await page.getByRole('navigation', { name: nb('nav.programmeMenu') }).getByRole('link', { name: nb('nav.activities') }).click();
    await page.getByRole('heading', { level: 1, name: nb('activities.title') }).waitFor();
    await page.getByTestId('plan-warnings').waitFor();
    await scan();
    // The demo may hold the plan already (the pre/post demo generates it): generating is idempotent.
    await page.getByTestId('generate-plan').click();
    const status = page.getByRole('status').filter({ hasText: /\d+/ });
    await status.waitFor();
    const [created, existing] = ((await status.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(created + existing).toBe(65);
    const rows = page.getByTestId('activity-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(65);
    const count = (type: string) => page.getByTestId('activity-table').locator(`tbody tr[data-type="${type}"]`).count();
    expect([await count('mapping_meeting'), await count('interview'), await count('feedback_meeting'), await count('codesign_workshop'), await count('training_course'), await count('follow_up_meeting'), await count('closing_event'), await count('work_meeting')]).toEqual([4, 32, 12, 4, 4, 4, 1, 4]);
    await scan();
  });

  it('schedules an interview, then a feedback meeting before it, and shows the warning on the activity and the plan', async () => {
    const table = page.getByTestId('activity-table');
    // The demo has marked some interviews held (issue 12); schedule one still only planned.
    await table.locator('tbody tr[data-type="interview"][data-status="planned"] a').first().click();
    await page.getByTestId('schedule-section').waitFor();
    await page.getByLabel(nb('activities.schedule.startsAt')).fill('2026-03-10T10:00');
    await page.getByRole('button', { name: nb('activities.schedule.save') }).click();
    await page.getByText(nb('activities.schedule.saved')).waitFor();
    await scan();
    await page.getByRole('link', { name: nb('activities.detail.back') }).click();
    const municipality = (await table.locator('tbody tr[data-type="interview"][data-status="scheduled"]').first().locator('td').nth(1).textContent())!;
    // The meeting with service users comes straight after the interviews (the joint one after the two separate ones).
    await table.locator('tbody tr[data-type="feedback_meeting"] td:first-child a', { hasText: `(${nb('activities.variants.recipients')}) – ${municipality}` }).click();
    await page.getByLabel(nb('activities.schedule.startsAt')).fill('2026-03-03T12:00');
    await page.getByLabel(nb('activities.schedule.endsAt')).fill('2026-03-03T11:00');
    await page.getByRole('button', { name: nb('activities.schedule.save') }).click();
    await page.getByText(nb('activities.errors.endBeforeStart')).waitFor();
    await page.getByLabel(nb('activities.schedule.endsAt')).fill('2026-03-03T14:00');
    await page.getByRole('button', { name: nb('activities.schedule.save') }).click();
    await page.getByTestId('schedule-warnings').waitFor();
    expect(await page.getByTestId('activity-warnings').textContent()).toContain('starter før');
    await scan();
    await page.getByRole('link', { name: nb('activities.detail.back') }).click();
    await expect.poll(async () => (await page.getByTestId('plan-warnings').textContent()) ?? '').toContain('starter før');
    expect(await page.getByTestId('activity-timeline').locator('rect.bar-warning').count()).toBeGreaterThan(0);
    // The broken order is drawn too: a red dashed arrow from the interview to the feedback meeting before it.
    expect(await page.getByTestId('timeline-dependencies').locator('path[data-broken="true"]').count()).toBeGreaterThan(0);
    await scan();
  });

  it('writes an agenda, a follow-up point that shows on the next work meeting, and minutes', async () => {
    const table = page.getByTestId('activity-table');
    await table.locator('tbody tr[data-type="work_meeting"] a', { hasText: /1$/ }).first().click();
    await page.getByTestId('agenda-section').waitFor();
    await page.getByLabel(nb('activities.agenda.itemTitle'), { exact: true }).fill('Gjennomgang av planen');
    await page.getByTestId('agenda-section').getByRole('button', { name: nb('activities.agenda.add'), exact: true }).click();
    await page.getByTestId('agenda-section').getByText('Gjennomgang av planen').waitFor();
    await page.getByLabel(nb('activities.decisions.text'), { exact: true }).fill('Bestille lokaler');
    await page.getByLabel(nb('activities.decisions.owner'), { exact: true }).fill('Koordinator');
    await page.getByLabel(nb('activities.decisions.dueOn'), { exact: true }).fill('2026-02-15');
    await page.getByTestId('decisions-section').getByRole('button', { name: nb('activities.decisions.add'), exact: true }).click();
    await page.getByTestId('decisions-section').getByText('Bestille lokaler').waitFor();
    await page.getByLabel(nb('activities.minutes.text'), { exact: true }).fill('Til stede: prosjektgruppen.\n\nPlanen ble gjennomgått.');
    await page.getByRole('button', { name: nb('activities.minutes.save') }).click();
    await page.getByRole('link', { name: nb('activities.minutes.openInAnalysis') }).waitFor();
    await scan();
    await page.getByRole('link', { name: nb('activities.detail.back') }).click();
    await table.locator('tbody tr[data-type="work_meeting"] a', { hasText: /2$/ }).first().click();
    await page.getByTestId('carried-follow-ups').getByText('Bestille lokaler').waitFor();
    // A coordinator sets the seats and says what the meeting must come after.
    await page.getByLabel(nb('activities.detail.capacity'), { exact: true }).fill('12');
    await page.getByRole('button', { name: nb('activities.detail.save') }).click();
    await expect.poll(async () => (await page.getByTestId('activity-facts').textContent()) ?? '').toContain('12');
    await scan();
  });

  it('shows the indicators as charts with tables and downloads CSV and XLSX', async () => {
    await page.getByRole('link', { name: nb('activities.detail.back') }).click();
    await page.getByRole('link', { name: nb('activities.tabs.indicators') }).click();
    await page.getByTestId('chart-planned-held').waitFor();
    for (const id of ['planned-held', 'invited-attended', 'regular', 'participation', 'by-municipality']) {
      const chart = page.getByTestId(`chart-${id}`);
      expect(await chart.locator('svg[role="img"]').count(), id).toBe(1);
      expect(await chart.locator('table tbody tr').count(), id).toBeGreaterThan(0);
    }
    expect(await page.getByTestId('chart-planned-held').locator('table').textContent()).toContain('Intervju');
    // The wide tables scroll inside their frame; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1400);
    await scan();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: nb('activities.indicators.downloadCsv') }).click()]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFtable,row,label,measure,value');
    expect(text).toContain('Intervju');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: nb('activities.indicators.downloadXlsx') }).click()]);
    expect((await readFile((await xlsx.path())!)).subarray(0, 2).toString()).toBe('PK');
  });

  it('lists the activity types and adds the programme’s own', async () => {
    await page.getByRole('link', { name: nb('activities.tabs.types') }).click();
    await page.getByTestId('activity-types').waitFor();
    expect(await page.getByTestId('activity-types').locator('tbody tr').count()).toBe(13);
    await page.getByLabel(nb('activities.types.key')).fill('dialogmote');
    await page.getByLabel(nb('activities.types.labelNb')).fill('Dialogmøte');
    await page.getByLabel(nb('activities.types.labelNn')).fill('Dialogmøte');
    await page.getByLabel(nb('activities.types.labelEn')).fill('Dialogue meeting');
    await page.getByRole('button', { name: nb('activities.types.add') }).click();
    await expect.poll(() => page.getByTestId('activity-types').locator('tbody tr').count()).toBe(14);
    // The programme's copy of a built-in type can be changed: interviews of 40 minutes.
    await page.getByLabel(nb('activities.types.label'), { exact: true }).selectOption({ label: 'Intervju' });
    await page.locator('#edit-type-duration').fill('40');
    await page.getByRole('button', { name: nb('common.save'), exact: true }).click();
    await expect.poll(async () => (await page.getByTestId('activity-types').locator('tbody tr', { hasText: 'Intervju' }).first().textContent()) ?? '').toContain('40');
    await scan();
  });

  it('has no axe violations on any page visited', () => {
    expect(axe.violations).toEqual([]);
  });
});
