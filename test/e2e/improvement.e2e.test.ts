import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { learningNetworkProgramme } from '../../src/modules/demo/programmes.js';
import { axeLog, newPage, newPhonePage } from './support/browser.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 13 on the demo learning network: the Sandnes team prepares (tasks, baseline survey), adds three
// measures with a PDSA cycle and a run chart that shifts, sees the network, answers a repeat round shown
// beside the baseline, and captures café-dialogue notes that the analysis capability then holds.
let staff: Page;
let phone: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let base = '';
let sandnesPath = '';
let measurePath = '';

const varde = useVardeAndChromium();
beforeAll(async () => {
  staff = await newPage(varde.browser, { viewport: { width: 1400, height: 900 }, timeout: 20_000 });
  phone = await newPhonePage(varde.browser);
});

async function openTeam() {
  await staff.goto(`${varde.url}${sandnesPath}`);
  await staff.getByRole('heading', { level: 1, name: nb('improvement.team.heading', { name: 'Sandnes' }) }).waitFor();
  await staff.getByTestId('preparatory-tasks').waitFor();
}

/** Starts a round of the 11-question survey and answers it on a phone (no JavaScript) through its public link. */
async function answerRound(answer: string): Promise<void> {
  await openTeam();
  await staff.getByRole('button', { name: nb('improvement.team.startRound', { name: nb('improvement.team.instruments.municipality-survey') }) }).click();
  const link = (await staff.getByTestId('round-link').textContent())!.trim();
  await phone.goto(link);
  // The whole form on one page (display 'whole'): answer the first question and send.
  await phone.getByLabel(/Hvordan henter dere inn brukernes erfaringer/).fill(answer);
  await phone.getByRole('button', { name: nb('questionnaires.respond.send') }).click();
  await phone.getByTestId('receipt').waitFor({ timeout: 10_000 }).catch(async (error: Error) => {
    throw new Error(`${error.message}\n${phone.url()}\n${(await phone.locator('main').innerText().catch(() => '')).slice(0, 1500)}`);
  });
  await axe.scanWithoutScripts(phone);
}

async function addMeasure(title: string, kindKey: string) {
  await openTeam();
  const form = staff.locator('form', { has: staff.locator('#measure-title') });
  await form.locator('#measure-title').fill(title);
  await form.locator('#measure-kind').selectOption(kindKey);
  await form.locator('#measure-status').selectOption('started');
  await form.getByRole('button', { name: nb('improvement.measure.create') }).click();
  await staff.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('improvement work in the learning network', () => {
  it('the coordinator opens the learning network: every team of the 15 municipalities', async () => {
    await staff.goto(varde.signInLink);
    await staff.getByRole('button', { name: nb('auth.confirmButton') }).click();
    await staff.getByTestId('programme-list').waitFor();
    await staff.getByRole('link', { name: learningNetworkProgramme.name }).click();
    await staff.getByRole('heading', { level: 1, name: learningNetworkProgramme.name }).waitFor();
    await staff.getByRole('link', { name: nb('nav.improvement'), exact: true }).first().click();
    await staff.getByTestId('improvement-teams').waitFor();
    base = new URL(staff.url()).pathname;
    expect(await staff.getByTestId('improvement-teams').locator('tbody tr').count()).toBe(15);
    await axe.scan(staff);
    await staff.getByTestId('improvement-teams').getByRole('link', { name: 'Sandnes' }).click();
    await staff.getByTestId('preparatory-tasks').waitFor();
    sandnesPath = new URL(staff.url()).pathname;
  });

  it('the Sandnes team completes its preparatory tasks and the baseline survey', async () => {
    await answerRound('Brukerundersøkelse en gang i året.');
    await openTeam();
    const tasks = staff.getByTestId('preparatory-tasks').getByRole('checkbox');
    const count = await tasks.count();
    expect(count).toBe(8);
    for (let i = 0; i < count; i++) {
      const box = tasks.nth(i);
      if (!(await box.isChecked())) {
        await box.check();
        await staff.waitForLoadState('networkidle');
      }
    }
    await openTeam();
    for (let i = 0; i < count; i++) expect(await tasks.nth(i).isChecked()).toBe(true);
    const rounds = staff.getByTestId('rounds-municipality-survey');
    await rounds.getByText('Brukerundersøkelse en gang i året.').waitFor();
    await axe.scan(staff);
  });

  it('adds three measures of different kinds, a PDSA cycle, and 15 monthly points whose run chart shows a shift', async () => {
    await addMeasure('Tilbakemelding etter hver samtale', 'user_power');
    await axe.scan(staff);
    await addMeasure('Erfaringskonsulent i rustjenesten', 'peer_workers');
    await addMeasure('«Hva er viktig for deg?» i oppstartssamtalen', 'what_matters');
    await staff.locator('#cycle-new-plan').fill('Prøve spørsmålet i fem samtaler');
    await staff.locator('#cycle-new-prediction').fill('Samtalene blir mer målrettede');
    await staff.locator('#cycle-new-startsOn').fill('2017-06-01');
    await staff.getByRole('button', { name: nb('improvement.measure.addCycle') }).click();
    await staff.getByTestId('pdsa-timeline').getByText('Prøve spørsmålet i fem samtaler').waitFor();
    await staff.locator('#indicator-name').fill('Samtaler med spørsmålet');
    await staff.locator('#indicator-valueType').selectOption('count');
    await staff.getByRole('button', { name: nb('improvement.measure.addIndicator') }).click();
    const section = staff.getByTestId('indicator-Samtaler med spørsmålet');
    await section.waitFor();
    const values = [3, 4, 2, 3, 4, 3, 2, 3, 9, 10, 8, 11, 9, 10, 12];
    const rows = values.map((v, i) => `${2017 + Math.floor((i + 0) / 12)}-${String((i % 12) + 1).padStart(2, '0')}; ${v}`).join('\n');
    await section.locator('textarea[id^="rows-"]').fill(rows);
    await section.getByRole('button', { name: nb('improvement.measure.addRows') }).click();
    await section.getByTestId('chart-signals').waitFor();
    expect(await section.getByTestId('chart-signals').textContent()).toMatch(/skift|krysser/);
    expect(await section.locator('figure table tbody tr').count()).toBe(15);
    measurePath = new URL(staff.url()).pathname;
    await axe.scan(staff);
  });

  it('a data point entered by mistake is removed from the page after a confirmation', async () => {
    const section = staff.getByTestId('indicator-Samtaler med spørsmålet');
    const points = section.getByTestId('data-points');
    await points.locator('summary').click();
    const row = points.getByRole('row').filter({ hasText: '2018-03-01' });
    await row.getByRole('button', { name: `${nb('improvement.measure.remove')} 2018-03-01` }).click();
    const dialog = staff.getByRole('dialog');
    await dialog.getByText(nb('improvement.measure.removePointMessage', { period: '2018-03-01' })).waitFor();
    await axe.scan(staff);
    // Cancelling keeps it; confirming removes it and the chart is drawn again from 14 points.
    await dialog.getByRole('button', { name: nb('common.cancel') }).click();
    expect(await section.locator('figure table tbody tr').count()).toBe(15);
    await row.getByRole('button', { name: `${nb('improvement.measure.remove')} 2018-03-01` }).click();
    await staff.getByRole('dialog').getByRole('button', { name: nb('improvement.measure.remove'), exact: true }).click();
    await points.getByRole('row').filter({ hasText: '2018-03-01' }).waitFor({ state: 'detached' });
    expect(await section.locator('figure table tbody tr').count()).toBe(14);
    expect(await points.locator('tbody tr').count()).toBe(14);
  });

  it('a measurement can be marked as counting the programme’s participants (the small-cell rule) in its chart settings', async () => {
    const section = staff.getByTestId('indicator-Samtaler med spørsmålet');
    const box = section.getByRole('checkbox', { name: nb('improvement.measure.countsParticipants') });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await section.getByRole('button', { name: nb('improvement.measure.saveSettings') }).click();
    await staff.waitForLoadState('networkidle');
    await staff.reload();
    await staff.getByTestId('indicator-Samtaler med spørsmålet').getByRole('checkbox', { name: nb('improvement.measure.countsParticipants') }).waitFor();
    expect(await staff.getByTestId('indicator-Samtaler med spørsmålet').getByRole('checkbox', { name: nb('improvement.measure.countsParticipants') }).isChecked()).toBe(true);
    // The coordinator may see small cells: all 14 values are still in the chart's table.
    expect(await staff.getByTestId('indicator-Samtaler med spørsmålet').locator('figure table tbody tr').count()).toBe(14);
    await axe.scan(staff);
  });

  it('the network overview shows Sandnes’ measures among the 15 municipalities', async () => {
    await staff.goto(`${varde.url}${base}`);
    const teams = staff.getByTestId('improvement-teams');
    await teams.waitFor();
    expect(await teams.locator('tbody tr').count()).toBe(15);
    const row = teams.getByRole('row').filter({ hasText: 'Sandnes' });
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('8/8');
    expect(await row.getByRole('cell').nth(4).textContent()).toBe('3');
    await staff.getByTestId('improvement-measures').getByText('Tilbakemelding etter hver samtale').waitFor();
    expect(await staff.getByTestId('improvement-matrix').locator('tbody tr').count()).toBe(15);
    await staff.getByRole('link', { name: nb('improvement.tabs.charts') }).click();
    await staff.getByTestId('small-multiples').waitFor();
    await axe.scan(staff);
  });

  it('a repeat survey round is shown beside the baseline', async () => {
    await answerRound('Nå spør vi etter hver samtale.');
    await openTeam();
    const rounds = staff.getByTestId('rounds-municipality-survey');
    await rounds.getByText('Nå spør vi etter hver samtale.').waitFor();
    const row = rounds.getByRole('row').filter({ hasText: /Hvordan henter dere inn/ });
    const cells = row.getByRole('cell');
    expect(await cells.count()).toBe(2);
    expect(await cells.nth(0).textContent()).toContain('Brukerundersøkelse en gang i året.');
    expect(await cells.nth(1).textContent()).toContain('Nå spør vi etter hver samtale.');
  });

  it('café-dialogue notes are captured and found among the analysis documents', async () => {
    await openTeam();
    await staff.locator('#harvest-kind').selectOption('cafe');
    await staff.locator('#harvest-gathering').fill('2');
    await staff.locator('#harvest-tableLabel').fill('4');
    await staff.locator('#harvest-round').fill('1');
    await staff.locator('#harvest-host').fill('Bordvert');
    await staff.locator('#harvest-question').fill('Hvilke tiltak er satt i gang?');
    await staff.locator('#harvest-text').fill('Sandnes har startet med tilbakemelding etter hver samtale.');
    await staff.getByRole('button', { name: nb('improvement.team.newHarvest') }).click();
    await staff.getByTestId('team-harvests').getByText('Sandnes har startet med tilbakemelding etter hver samtale.').waitFor();
    await axe.scan(staff);
    const title = `${nb('improvement.harvest.titles.cafe', { gathering: 2 })} – ${nb('improvement.harvest.table', { table: '4' })}`;
    await staff.goto(`${varde.url}${base.replace(/\/improvement$/, '')}/analysis`);
    await staff.getByText(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).first().waitFor();
  });

  it('the café harvest is linked to a measure as its evidence, opens in the analysis, and is removed after a confirmation', async () => {
    const title = `${nb('improvement.harvest.titles.cafe', { gathering: 2 })} – ${nb('improvement.harvest.table', { table: '4' })}`;
    await staff.goto(`${varde.url}${measurePath}`);
    const evidence = staff.getByTestId('measure-evidence');
    await evidence.getByText(nb('improvement.evidence.none')).waitFor();
    await evidence.getByLabel(nb('improvement.evidence.search')).fill(nb('improvement.harvest.table', { table: '4' }));
    await evidence.getByRole('button', { name: `${nb('improvement.evidence.link')}: ${title}` }).click();
    const linked = evidence.getByRole('link', { name: title });
    await linked.waitFor();
    await axe.scan(staff);
    expect(await linked.getAttribute('href')).toMatch(/\/analysis\/documents\//);
    await evidence.getByRole('button', { name: `${nb('improvement.evidence.remove')}: ${title}` }).click();
    await staff.getByRole('dialog').getByRole('button', { name: nb('improvement.evidence.remove'), exact: true }).click();
    await evidence.getByText(nb('improvement.evidence.none')).waitFor();
  });

  it('the improvement pages work on a 390 px phone screen', async () => {
    await staff.setViewportSize({ width: 390, height: 844 });
    for (const [path, ready] of [[base, 'improvement-teams'], [sandnesPath, 'preparatory-tasks'], [measurePath, 'pdsa-timeline'], [`${base}/charts`, 'small-multiples']] as const) {
      await staff.goto(`${varde.url}${path}`);
      await staff.getByTestId(ready).waitFor();
      expect(await staff.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      await axe.scan(staff);
    }
    await staff.setViewportSize({ width: 1400, height: 900 });
  });

  it('every page visited has no accessibility violations', () => {
    expect(axe.violations).toEqual([]);
  });
});
