import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { scanDatabase } from '../support/scan-database.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeOnReadableDatabase } from './support/varde-process.js';

// Issue 11 §4 as a coordinator meets it: after a withdrawal, the free-text hits are resolved on the
// "After withdrawal" page (replace with the code, or keep a shared first name with a reason).
let staff: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
const person = { name: 'Eirik Tindeland', email: 'eirik.tindeland@deltaker.example', phone: '+47 412 99 887' };
let programmeId = '';
let code = '';

const readable = useVardeOnReadableDatabase();
const varde = readable.varde;
beforeAll(async () => {
  staff = await newPage(varde.browser, { viewport: { width: 1280, height: 900 }, timeout: 20_000 });
});

describe('after a withdrawal', () => {
  it('the coordinator withdraws a person whose name and phone staff had typed into group descriptions', async () => {
    programmeId = await signInToDemoProgramme(staff, varde.signInLink);
    const { rows: [m] } = await readable.database.pool.query('select id from programme_municipalities where programme_id = $1 order by number limit 1', [programmeId]);
    code = 'E2E-P-01';
    const { rows: [p] } = await readable.database.pool.query(
      `insert into participants (programme_id, municipality_id, role, name, email, phone, language, code) values ($1, $2, 'recipient', $3, $4, $5, 'nb', $6) returning id`,
      [programmeId, m.id, person.name, person.email, person.phone, code],
    );
    await readable.database.pool.query(`insert into groups (programme_id, kind, name, mandate) values ($1, 'expert_group', 'Brukerpanel', $2), ($1, 'expert_group', 'Referansegruppe', $3)`, [
      programmeId, 'Eirik Tindeland kaller inn, tlf. 412 99 887.', 'Eirik fra tjenesten leder møtene.',
    ]);
    // Through the API, as the staff app does it (the session's CSRF token, same origin).
    const session = await (await staff.request.get(`${varde.url}/api/v1/session`)).json();
    const headers = { 'x-csrf-token': session.csrfToken, origin: varde.url };
    let res = await staff.request.delete(`${varde.url}/api/v1/programmes/${programmeId}/participants/${p.id}/consents`, { headers });
    if (res.status() === 400) res = await staff.request.delete(`${varde.url}/api/v1/programmes/${programmeId}/participants/${p.id}/consents?choice=erase`, { headers });
    expect(res.status(), await res.text()).toBe(200);
    expect(await res.json()).toMatchObject({ code, textHits: 3 });
  });

  it('the to-do list shows each hit in context; two are replaced with the code, the shared first name is kept with a reason', async () => {
    await staff.getByRole('link', { name: nb('nav.people'), exact: true }).click();
    await staff.getByRole('link', { name: nb('withdrawalSearch.title'), exact: true }).click();
    const todo = staff.getByTestId('withdrawal-todo');
    await todo.getByTestId('withdrawal-hit').first().waitFor();
    expect(await todo.getByTestId('withdrawal-hit').count()).toBe(3);
    expect(await todo.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['Eirik Tindeland', '412 99 887', 'Eirik']));
    await axe.scan(staff);

    const card = (words: string) => todo.getByTestId('withdrawal-hit').filter({ has: staff.locator('mark', { hasText: new RegExp(`^${words}$`) }) });
    await card('Eirik Tindeland').getByRole('button', { name: nb('withdrawalSearch.replace', { code }) }).click();
    await staff.getByText(nb('withdrawalSearch.replaced', { code })).waitFor();
    await card('412 99 887').getByRole('button', { name: nb('withdrawalSearch.replace', { code }) }).click();
    await expect.poll(() => todo.getByTestId('withdrawal-hit').count()).toBe(1);
    await card('Eirik').getByRole('button', { name: nb('withdrawalSearch.keep'), exact: true }).click();
    await card('Eirik').getByLabel(nb('withdrawalSearch.reason')).fill('En ansatt med samme fornavn.');
    await axe.scan(staff);
    await card('Eirik').getByRole('button', { name: nb('withdrawalSearch.keepConfirm') }).click();
    await todo.getByText(nb('withdrawalSearch.empty')).waitFor();

    const records = staff.getByTestId('withdrawal-records');
    await records.getByText('En ansatt med samme fornavn.').waitFor();
    await axe.scan(staff);
    await staff.setViewportSize({ width: 390, height: 800 });
    await axe.scan(staff);
  });

  it('afterwards the database holds no name, e-mail or phone; the kept first name stays where it is about someone else', async () => {
    expect(await scanDatabase(readable.database.db, [person.name, 'Tindeland', person.email, '412 99 887', '41299887'])).toEqual([]);
    const { rows } = await readable.database.pool.query(`select mandate from groups where programme_id = $1 and kind = 'expert_group' order by name`, [programmeId]);
    expect(rows.map((r) => r.mandate)).toEqual(expect.arrayContaining([`${code} kaller inn, tlf. ${code}.`, 'Eirik fra tjenesten leder møtene.']));
  });

  it('no page visited has an accessibility violation (axe, WCAG 2.1 A and AA)', () => {
    expect(axe.violations).toEqual([]);
  });
});
