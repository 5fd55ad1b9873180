import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage, newPhonePage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Live boards (issue 12 §3): the facilitator opens a board for Bærum's joint feedback meeting, the projector
// shows the code; one phone without JavaScript and one with join by code, vote and send an idea; the projector
// shows the votes and the idea without a reload; every page passes axe.
let staff: Page;
let plainPhone: Page;
let smartPhone: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let code = '';

const varde = useVardeAndChromium();
beforeAll(async () => {
  staff = await newPage(varde.browser, { timeout: 20_000 });
  plainPhone = await newPhonePage(varde.browser);
  smartPhone = await newPage(varde.browser, { viewport: { width: 390, height: 800 }, timeout: 20_000 });
});
afterAll(() => {});

describe('a live board from phones', () => {
  it('the facilitator sees the demo board and opens a new one for the joint feedback meeting', async () => {
    const programmeId = await signInToDemoProgramme(staff, varde.signInLink);
    await staff.goto(`${varde.url}/programmes/${programmeId}/codesign/boards`);
    await staff.getByRole('link', { name: 'Hva er viktigst å ta med i kurset?' }).waitFor();
    await axe.scan(staff);
    const meeting = staff.locator('#new-board-activityId');
    await meeting.waitFor();
    const option = await meeting.locator('option', { hasText: 'Bærum' }).first().getAttribute('value');
    await meeting.selectOption(option!);
    await staff.locator('#new-board-title').fill('Prioritering i felles møte');
    await staff.locator('#new-board-items').fill('Bli hørt\nFaste avtaler\nSamme kontaktperson');
    await staff.getByRole('button', { name: nb('boards.staff.create') }).click();
    await staff.getByRole('button', { name: nb('boards.staff.open') }).click();
    await staff.getByText(nb('boards.statuses.open'), { exact: true }).waitFor();
    code = (await staff.getByTestId('board-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await staff.getByText(nb('boards.staff.live')).waitFor();
    await axe.scan(staff, { settle: false });
  });

  it('a phone without JavaScript joins by typing the code and spends its dots', async () => {
    await plainPhone.goto(`${varde.url}/b`);
    await plainPhone.getByLabel(nb('boards.phone.enterCode')).fill(code.toLowerCase());
    await plainPhone.getByRole('button', { name: nb('boards.phone.go') }).click();
    await plainPhone.getByLabel(nb('boards.roles.recipient')).check();
    await axe.scanWithoutScripts(plainPhone);
    await plainPhone.getByRole('button', { name: nb('boards.phone.join') }).click();
    await plainPhone.getByLabel('Bli hørt').check();
    await plainPhone.getByLabel('Samme kontaktperson').check();
    await plainPhone.getByRole('button', { name: nb('boards.phone.vote') }).click();
    await plainPhone.getByText(nb('boards.phone.saved')).waitFor();
    await axe.scanWithoutScripts(plainPhone);
  });

  it('a phone with JavaScript joins by the link, votes and sends an idea without leaving the page', async () => {
    await smartPhone.goto(`${varde.url}/b/${code}`);
    await smartPhone.getByLabel(nb('boards.roles.provider')).check();
    await smartPhone.getByRole('button', { name: nb('boards.phone.join') }).click();
    await smartPhone.getByLabel('Faste avtaler').check();
    await smartPhone.getByText(nb('boards.phone.dotsLeft', { left: 4 })).waitFor();
    await smartPhone.getByRole('button', { name: nb('boards.phone.vote') }).click();
    await smartPhone.getByText(nb('boards.phone.saved')).waitFor();
    await smartPhone.getByLabel(nb('boards.phone.ideaLabel', { max: 500 })).fill('Kveldsåpent en dag i uka');
    await smartPhone.getByRole('button', { name: nb('boards.phone.ideaSend') }).click();
    await smartPhone.getByText(nb('boards.phone.ideaThanks')).waitFor();
    await axe.scan(smartPhone, { settle: false });
  });

  it('the projector shows both votes per role and the idea, without a reload; the idea goes on the board', async () => {
    await staff.getByText(nb('boards.staff.votersOf', { count: 2 })).waitFor();
    const tallies = staff.getByTestId('board-tallies');
    expect(await tallies.locator('tr[data-item="Bli hørt"] td[data-role="recipient"]').textContent()).toContain('1');
    expect(await tallies.locator('tr[data-item="Faste avtaler"] td[data-role="provider"]').textContent()).toContain('1');
    await staff.getByText('Kveldsåpent en dag i uka').waitFor();
    await staff.getByRole('button', { name: nb('boards.staff.accept') }).click();
    await tallies.locator('tr[data-item="Kveldsåpent en dag i uka"]').waitFor();
    await staff.getByRole('button', { name: nb('boards.staff.close') }).click();
    await staff.getByText(nb('boards.statuses.closed'), { exact: true }).waitFor();
    await axe.scan(staff, { settle: false });
  });

  it('no page has axe violations', () => {
    expect(axe.violations).toEqual([]);
  });
});
