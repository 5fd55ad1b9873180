import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { sampleDefinition } from '../../src/modules/questionnaires/fixtures.js';
import { axeLog, newPage, newPhonePage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 15, items 1–3, as a coordinator meets them in the demo programme: a survey pair tied to a
// course, sending to chosen people (who was skipped, by code, and a printed link for someone without
// e-mail), and who came: a walk-in at the door on a phone, confirmed from the attendance view at
// 390 × 844 without sideways scrolling, the person's attendance history and who came regularly.
const varde = useVardeAndChromium();
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let staff: Page;
let phone: Page;
let programmeId = '';
let activityId = '';
let municipalityId = '';
let noEmail = { id: '', code: '' };
let doorPage = '';

function call(method: string, path: string, body?: unknown) {
  return staff.evaluate(async ([m, p, b]) => {
    const session = await (await fetch('/api/v1/session')).json();
    const res = await fetch(`/api/v1${p}`, { method: m, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: res.status, body: await res.json().catch(() => null) };
  }, [method, path, body] as const);
}
/** How far the page can scroll sideways: 0 when nothing is wider than the screen. */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  staff = await newPage(varde.browser, { timeout: 20_000 });
  phone = await newPhonePage(varde.browser);
});

describe('surveys belong to a course (item 1)', () => {
  it('a pre/post pair is made for a chosen training course', async () => {
    programmeId = await signInToDemoProgramme(staff, varde.signInLink);
    const plan = await call('GET', `/programmes/${programmeId}/activities`);
    const course = plan.body.activities.find((a: { typeKey: string; municipalityId: string | null }) => a.typeKey === 'training_course' && a.municipalityId);
    expect(course).toBeTruthy();
    const created = await call('POST', `/programmes/${programmeId}/instruments`, { definition: sampleDefinition() });
    expect((await call('POST', `/programmes/${programmeId}/instruments/${created.body.id}/publish`)).status).toBe(200);
    await staff.goto(`${varde.url}/programmes/${programmeId}/questionnaires/surveys`);
    const form = staff.getByTestId('new-survey');
    await form.waitFor();
    await form.getByLabel(nb('questionnaires.surveys.create.version')).selectOption({ label: nb('questionnaires.surveys.create.versionOption', { title: 'Sample', version: 1 }) });
    await form.getByLabel(nb('questionnaires.surveys.create.title')).fill('Kursevaluering');
    await form.getByLabel(nb('surveyCourse.course')).selectOption({ value: course.id });
    await form.getByLabel(nb('questionnaires.surveys.create.kind')).selectOption('pair');
    await form.getByLabel(nb('questionnaires.surveys.create.mode')).selectOption('linked');
    await axe.scan(staff);
    await form.getByRole('button', { name: nb('questionnaires.surveys.create.submit') }).click();
    await staff.getByTestId('survey-facts').waitFor();
    const surveyId = new URL(staff.url()).pathname.split('/').at(-1)!;
    const survey = await call('GET', `/programmes/${programmeId}/surveys/${surveyId}`);
    expect(survey.body).toMatchObject({ activityId: course.id, municipalityId: course.municipalityId, wave: 'pre' });
    // The survey reaches only the course's municipality, so the people chosen below live there.
    municipalityId = course.municipalityId;
  });
});

describe('send to the people you choose (item 2)', () => {
  it('a linked survey goes to those chosen; the one without consent is named as skipped', async () => {
    const made = await call('POST', `/programmes/${programmeId}/municipalities/${municipalityId}/participants`, { role: 'recipient', name: 'Uten E-post' });
    expect(made.status).toBe(201);
    noEmail = { id: made.body.id, code: made.body.code };
    await call('POST', `/programmes/${programmeId}/surveys/${new URL(staff.url()).pathname.split('/').at(-1)}/open`);
    await staff.reload();
    const picker = staff.getByTestId('survey-distribute').getByTestId('recipient-picker');
    await picker.getByTestId('recipient-list').waitFor();
    await picker.getByLabel(nb('recipients.consent'), { exact: true }).selectOption('missing');
    await picker.getByLabel(nb('recipients.role'), { exact: true }).selectOption('recipient');
    await picker.getByTestId(`recipient-${noEmail.code}`).check();
    await picker.getByTestId('recipients-send').click();
    const skipped = picker.getByTestId('recipient-skipped');
    await skipped.waitFor();
    expect(await skipped.textContent()).toContain(`${noEmail.code}: ${nb('recipients.reasons.no_consent')}`);
    expect(await picker.textContent()).not.toMatch(/errors\.|recipients\.|noConsent/);
    await axe.scan(staff);
  });

  it('an invitation reaches the chosen person without e-mail, whose reply link and check-in code are printed', async () => {
    const plan = await call('GET', `/programmes/${programmeId}/activities`);
    const activity = plan.body.activities.find((a: { status: string; municipalityId: string | null; typeKey: string }) => a.municipalityId === municipalityId && a.status !== 'cancelled' && a.typeKey !== 'training_course');
    activityId = activity.id;
    const start = new Date(Date.now() + 3_600_000);
    expect((await call('PATCH', `/programmes/${programmeId}/activities/${activityId}/schedule`, { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString() })).status).toBe(200);
    await staff.goto(`${varde.url}/programmes/${programmeId}/activities/${activityId}`);
    const picker = staff.getByTestId('invitations-section').getByTestId('recipient-picker');
    await picker.getByTestId('recipient-list').waitFor();
    await picker.getByLabel(nb('recipients.municipality'), { exact: true }).selectOption({ value: municipalityId });
    await picker.getByTestId(`recipient-${noEmail.code}`).check();
    await picker.getByTestId('recipients-send').click();
    await picker.getByTestId('recipient-result').waitFor();
    await picker.getByTestId(`print-${noEmail.code}`).click();
    const slip = picker.getByTestId('print-slip');
    await slip.waitFor();
    const url = (await slip.getByTestId('print-slip-url').textContent())!;
    expect(await slip.getByTestId('print-slip-code').textContent()).toMatch(/^[A-Z2-9]{8}$/);
    expect(await slip.locator('svg').count()).toBe(1);
    await axe.scan(staff);
    // The printed link opens the invitation on the person's phone.
    await phone.goto(url);
    await phone.getByRole('heading', { level: 1 }).waitFor();
    expect((await phone.content())).not.toContain('errors.');
  });
});

describe('who came (item 3)', () => {
  it('a walk-in registers at the door on a phone with name and role, and sees nobody else', async () => {
    await staff.setViewportSize({ width: 390, height: 844 });
    await staff.goto(`${varde.url}/programmes/${programmeId}/activities/${activityId}`);
    const jump = staff.getByTestId('attendance-jump');
    await jump.waitFor();
    // Attendance is within one screen of the activity's top (its heading; the programme menu sits above it on a phone).
    const top = (await staff.getByRole('heading', { level: 1 }).boundingBox())!.y;
    expect((await jump.boundingBox())!.y - top).toBeLessThan(844);
    expect(await sideways(staff)).toBe(0);
    await axe.scan(staff);
    await jump.click();
    await staff.getByTestId('attendance-section').waitFor();
    const viewTop = (await staff.getByRole('heading', { level: 1 }).boundingBox())!.y;
    expect((await staff.getByTestId('attendance-list').boundingBox())!.y - viewTop).toBeLessThan(844);
    await staff.getByTestId('check-in-create').click();
    const link = staff.getByTestId('check-in-link');
    await link.waitFor();
    doorPage = (await link.getAttribute('href'))!;
    await phone.goto(doorPage);
    const form = phone.getByTestId('walk-in-form');
    await form.getByLabel(nb('walkIns.page.name')).fill('Gjest Uten Kode');
    await form.getByLabel(nb('walkIns.page.role_recipient')).check();
    await form.getByRole('button', { name: nb('walkIns.page.button') }).click();
    await phone.getByTestId('walk-in-done').waitFor();
    expect(await phone.content()).not.toContain('Uten E-post');
    await axe.scanWithoutScripts(phone);
  });

  it('staff confirm the walk-in from the attendance view at 390 × 844 without sideways scrolling', async () => {
    await staff.reload();
    const walkIn = staff.getByTestId('walk-in').filter({ hasText: 'Gjest Uten Kode' });
    await walkIn.waitFor();
    expect(await sideways(staff)).toBe(0);
    await axe.scan(staff);
    await walkIn.getByTestId('walk-in-confirm-new').click();
    await expect.poll(async () => (await staff.getByTestId('walk-ins-notice').textContent()) ?? '').toMatch(/er registrert som til stede/);
    await expect.poll(async () => (await staff.getByTestId('attendance-list').textContent()) ?? '').toContain('Gjest Uten Kode');
    expect(await sideways(staff)).toBe(0);
    // The door page itself at the same width.
    await staff.goto(doorPage);
    expect(await sideways(staff)).toBe(0);
  });

  it('the person’s page shows their attendance; the indicators name who came regularly by code', async () => {
    await call('PUT', `/programmes/${programmeId}/activities/${activityId}/attendance/${noEmail.id}`, { attended: true });
    await staff.goto(`${varde.url}/programmes/${programmeId}/people/${noEmail.id}`);
    const history = staff.getByTestId('attendance-history');
    await history.getByTestId('attendance-history-table').waitFor();
    expect(await history.getByTestId('attendance-history-summary').textContent()).toBe(nb('attendanceHistory.summary', { invited: 1, attended: 1 }));
    expect(await sideways(staff)).toBe(0);
    await axe.scan(staff);
    await staff.setViewportSize({ width: 1400, height: 1000 });
    await staff.goto(`${varde.url}/programmes/${programmeId}/activities/indicators`);
    await staff.getByLabel(nb('activities.indicators.regularLabel')).fill('1');
    const regulars = staff.getByTestId('regulars-table');
    await expect.poll(async () => (await regulars.textContent()) ?? '').toContain(noEmail.code);
    await axe.scan(staff);
  });

  it('every page visited passes axe (WCAG 2.1 AA)', () => {
    expect(axe.violations).toEqual([]);
  });
});
