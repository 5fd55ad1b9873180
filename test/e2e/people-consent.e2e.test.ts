import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { participantXlsx, sampleRows } from '../support/participant-files.js';
import { scanDatabase } from '../support/scan-database.js';
import { axeLog, newPage, newPhonePage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeOnReadableDatabase } from './support/varde-process.js';

// Issue 3, as a coordinator and a participant meet it. The app runs on a cluster this test also
// reads, so it can prove at the end that the withdrawn person is nowhere in the database.
let staff: Page;
let phone: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
const nn = (key: string, vars?: Record<string, string | number>) => translate('nn', key, vars);

const person = { navn: 'Sigrid Fjellheim', 'e-post': 'sigrid.fjellheim@deltaker.example', telefon: '+47 911 22 333' };
let participantId = '';
let participantCode = '';
let personalLink = '';

const scan = (page: Page) => (page === phone ? axe.scanWithoutScripts(page) : axe.scan(page, { settle: false }));

const readable = useVardeOnReadableDatabase();
const varde = readable.varde;
beforeAll(async () => {
  staff = await newPage(varde.browser, { viewport: { width: 1400, height: 900 }, timeout: 20_000 });
  phone = await newPhonePage(varde.browser);
});

describe('people and consent', () => {
  it('a coordinator imports 30 participants from XLSX: two bad rows are shown, fixed, and all are imported', async () => {
    await signInToDemoProgramme(staff, varde.signInLink);
    await staff.getByRole('link', { name: nb('nav.people'), exact: true }).click();
    await staff.getByRole('link', { name: nb('people.tabs.import'), exact: true }).click();

    const rows = sampleRows(30, ['Bærum', 'Sandnes', 'Tromsø', 'Trondheim']);
    rows[0] = { ...rows[0], ...person, kommune: 'Tromsø', språk: 'nynorsk' };
    rows[5] = { ...rows[5], kommune: 'Atlantis' };
    rows[12] = { ...rows[12], 'e-post': 'ikke-en-adresse' };
    await staff.locator('#import-file').setInputFiles({
      name: 'deltakere.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await participantXlsx(rows),
    });
    await staff.getByRole('button', { name: nb('people.import.upload') }).click();
    const preview = staff.getByTestId('import-preview');
    await preview.waitFor();
    const bad = preview.locator('tr[data-row-error="true"]');
    await expect.poll(() => bad.count()).toBe(2);
    await expect.poll(() => staff.getByTestId('import-confirm').isDisabled()).toBe(true);
    await scan(staff);

    await bad.nth(0).locator('input[aria-invalid="true"]').fill('Sandnes');
    await bad.nth(1).locator('input[aria-invalid="true"]').fill('rettet@deltaker.example');
    await staff.getByRole('button', { name: nb('people.import.recheck') }).click();
    await expect.poll(() => preview.locator('tr[data-row-error="true"]').count()).toBe(0);
    await staff.getByTestId('import-confirm').click();
    await expect.poll(() => staff.getByRole('status').filter({ hasText: nb('people.import.success', { count: 30 }) }).count()).toBe(1);
    await scan(staff);
    const { rows: imported } = await readable.database.pool.query(`select count(*)::int as n from participants where email like 'person%@deltaker.example' or email in ($1, 'rettet@deltaker.example')`, [person['e-post']]);
    expect(imported[0].n).toBe(30);
  });

  it('the coordinator makes a personal link for one participant', async () => {
    await staff.getByRole('link', { name: nb('people.import.toList') }).click();
    const list = staff.getByTestId('participant-list');
    await list.waitFor();
    const codeLink = list.getByRole('row').filter({ hasText: person.navn }).getByRole('link').first();
    participantCode = (await codeLink.textContent())!.trim();
    expect(participantCode).toMatch(/^TR[A-Z]-P-\d{2,}$/);
    await codeLink.click();
    await staff.getByTestId('privacy-panel').waitFor();
    participantId = new URL(staff.url()).pathname.split('/').pop()!;
    await staff.getByRole('button', { name: nb('consent.personalLink') }).click();
    const code = staff.getByTestId('privacy-panel').locator('code');
    await code.waitFor();
    personalLink = (await code.textContent())!.trim();
    expect(personalLink).toMatch(/\/p\/[\w-]{40,}$/);
    await scan(staff);
  });

  it('the participant reads the letter in nynorsk on a phone without JavaScript, and consents', async () => {
    await phone.goto(personalLink);
    expect(await phone.getAttribute('html', 'lang')).toBe('nn');
    const form = phone.getByTestId('consent-form');
    await form.waitFor();
    await scan(phone);
    for (const box of await form.locator('input[type=checkbox]').all()) await box.check();
    await form.getByRole('button', { name: nn('participant.consentButton') }).click();
    await phone.getByRole('heading', { level: 1, name: nn('participant.thanksTitle') }).waitFor();
    await scan(phone);
    const { rows } = await readable.database.pool.query('select count(*)::int as n from consents where participant_id = $1 and granted', [participantId]);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('later withdraws, choosing to have everything erased', async () => {
    await phone.goto(personalLink);
    await phone.getByRole('link', { name: nn('participant.withdrawLink') }).click();
    const form = phone.getByTestId('withdraw-form');
    await form.waitFor();
    await scan(phone);
    await phone.locator('#choice-erase').check();
    await form.getByRole('button', { name: nn('participant.withdrawButton') }).click();
    await phone.getByRole('heading', { level: 1, name: nn('participant.withdrawnTitle') }).waitFor();
    await scan(phone);
    const gone = await phone.goto(personalLink);
    expect(gone?.status()).toBe(410);
  });

  it('afterwards no row in any table holds their name, e-mail, phone or id; only the withdrawal record', async () => {
    const hits = await scanDatabase(readable.database.db, [person.navn, person['e-post'], person.telefon, participantId]);
    expect(hits).toEqual([]);
    const { rows } = await readable.database.pool.query(`select code, choice, via from withdrawals`);
    expect(rows).toEqual([{ code: participantCode, choice: 'erase', via: 'participant_page' }]);
  });

  it('no page visited has an accessibility violation (axe, WCAG 2.1 A and AA)', () => {
    expect(axe.violations).toEqual([]);
  });
});
