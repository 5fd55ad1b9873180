import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n/index.js';
import { axeLog, newPage } from './support/browser.js';
import { signInToDemoProgramme } from './support/demo-sign-in.js';
import { useVardeAndChromium } from './support/varde-process.js';

// Issue 14 §1, §2, §6 on the demo EBCD programme: the overview says what to do next with real counts and
// links to where it is done; the coordinator writes two evaluation questions with their sources, adds a
// line to the dissemination plan, and downloads the steering group's progress report.
let staff: Page;
const axe = axeLog();
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);
let programmeId = '';
let overviewPath = '';

/** An API call from the signed-in page (session cookie and CSRF token as the app sends them). */
function call(path: string) {
  return staff.evaluate(async (p) => (await fetch(`/api/v1${p}`)).json(), path) as Promise<any>;
}

const varde = useVardeAndChromium();
beforeAll(async () => {
  staff = await newPage(varde.browser, { viewport: { width: 1280, height: 900 }, timeout: 20_000, acceptDownloads: true });
  staff.on('pageerror', (error) => console.error(`page error: ${error.message}`));
});

describe('the programme overview and the Rapporter section', () => {
  it('the overview shows real counts and at least three things that need attention', async () => {
    programmeId = await signInToDemoProgramme(staff, varde.signInLink);
    overviewPath = `/programmes/${programmeId}`;
    await staff.getByTestId('attention').waitFor();
    const api = await call(`/programmes/${programmeId}/reports/overview`);
    const pending = api.attention.filter((a: any) => a.count.value > 0);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    for (const a of pending) expect(await staff.getByTestId(`attention-count-${a.kind}`).textContent()).toBe(String(a.count.value));
    // Progress per municipality as the API counts it: Tromsø has held its interviews and joint meeting.
    const tromso = api.municipalities.find((m: any) => m.name === 'Tromsø');
    expect(tromso.activities.held).toBe(3);
    expect(await staff.getByTestId('progress-activities-Tromsø').textContent()).toBe(nb('reports.overview.ofTotal', { done: 3, total: tromso.activities.planned }));
    expect(await staff.getByTestId('progress-recruitment-Tromsø').textContent()).toBe(nb('reports.overview.ofTotal', { done: tromso.recruitment.recruited.value, total: tromso.recruitment.target }));
    await staff.getByTestId('ebcd-stage-Bærum').waitFor();
    await axe.scan(staff);
  });

  it('each attention line leads to the page where it is done', async () => {
    const where: Record<string, () => Promise<unknown>> = {
      // One survey closing soon: its page.
      surveys: () => staff.getByRole('heading', { level: 1, name: 'Underveisevaluering av samskapingen i Bærum' }).waitFor(),
      // One meeting (Tromsø's joint meeting) with a follow-up point due: its page, where decisions are closed.
      followUps: () => staff.getByRole('heading', { level: 2, name: nb('activities.decisions.heading') }).waitFor(),
      // Documents not coded: the one document to code (the demo's notes), or the analysis page listing them.
      documents: async () => {
        const line = (await call(`/programmes/${programmeId}/reports/overview`)).attention.find((a: any) => a.kind === 'documents');
        const name = line.count.value === 1 ? line.entries[0].label : nb('nav.analysis');
        await staff.getByRole('heading', { level: 1, name }).waitFor();
      },
    };
    for (const [kind, arrived] of Object.entries(where)) {
      await staff.goto(`${varde.url}${overviewPath}`);
      const link = staff.getByTestId(`attention-link-${kind}`);
      const href = await link.getAttribute('href');
      await link.click();
      await staff.waitForURL((url) => url.pathname === href);
      await arrived();
    }
  });

  it('the coordinator writes two evaluation questions with their sources', async () => {
    await staff.goto(`${varde.url}${overviewPath}`);
    await staff.getByRole('link', { name: nb('nav.reports'), exact: true }).first().click();
    await staff.getByTestId('evaluation-plan').waitFor();
    // The demo plan starts from seed 004's two questions.
    const before = (await call(`/programmes/${programmeId}/reports/plan`)).questions.length;
    const form = staff.getByTestId('question-new');
    let written = 0;
    const write = async (text: string, sources: string[], analysis: string) => {
      await form.locator('#question-new-text').fill(text);
      for (const source of sources) await form.locator('#question-new-sources').selectOption({ label: source });
      await form.locator('#question-new-analyses').selectOption({ label: analysis });
      await form.locator('#question-new-status').selectOption('data_collected');
      await form.getByRole('button', { name: nb('reports.plan.create') }).click();
      // The new question's card, numbered after those before it, once the plan has reloaded.
      written++;
      await staff.getByTestId(`question-${before + written}`).getByText(text, { exact: true }).waitFor();
      await staff.getByRole('status').getByText(nb('reports.plan.created')).waitFor();
    };
    await write('Hvordan opplevde tjenestemottakerne fellesmøtene?', [nb('reports.plan.all.activity'), 'Notater fra fellesmøtet'], nb('reports.plan.analysisKinds.themes'));
    await write('Hva endret seg i tjenestene etter kurset?', [nb('reports.plan.all.survey')], nb('reports.plan.analysisKinds.codesign_thread'));
    const plan = await call(`/programmes/${programmeId}/reports/plan`);
    expect(plan.questions).toHaveLength(before + 2);
    const added = plan.questions.slice(-2);
    expect(added[0].sources.map((s: any) => s.label)).toEqual([nb('reports.plan.all.activity'), 'Notater fra fellesmøtet']);
    expect(added[1].analyses.map((s: any) => s.kind)).toEqual(['codesign_thread']);
    expect(added.map((q: any) => q.status)).toEqual(['data_collected', 'data_collected']);
    await axe.scan(staff);
  });

  it('the coordinator adds a line to the dissemination plan, made with the participants', async () => {
    await staff.getByRole('navigation', { name: nb('nav.reports') }).getByRole('link', { name: nb('reports.tabs.dissemination'), exact: true }).click();
    await staff.getByTestId('dissemination').waitFor();
    const form = staff.getByTestId('dissemination-new');
    await form.locator('#dissemination-new-channel').selectOption('article');
    await form.locator('#dissemination-new-title').fill('Artikkel i fagtidsskrift om samskaping');
    await form.locator('#dissemination-new-audience').fill('Forskere og fagfolk');
    await form.locator('#dissemination-new-plannedOn').fill('2027-09-01');
    await form.locator('#dissemination-new-ownerRole').fill('Forskerne sammen med to erfaringskonsulenter');
    await form.getByLabel(nb('reports.dissemination.withParticipants')).check();
    await form.locator('#dissemination-new-productLabel').fill('Manus');
    await form.locator('#dissemination-new-productUrl').fill('https://varde.example/manus');
    await form.getByRole('button', { name: nb('reports.dissemination.addLink') }).click();
    await form.getByRole('button', { name: nb('reports.dissemination.create') }).click();
    const row = staff.getByTestId('dissemination-row-Artikkel i fagtidsskrift om samskaping');
    await row.waitFor();
    expect(await row.textContent()).toContain(nb('reports.dissemination.withParticipantsTag'));
    expect(await row.getByRole('link', { name: 'Manus' }).getAttribute('href')).toBe('https://varde.example/manus');
    const saved = (await call(`/programmes/${programmeId}/reports/dissemination`)).items.find((i: any) => i.title === 'Artikkel i fagtidsskrift om samskaping');
    expect(saved).toMatchObject({ channel: 'article', withParticipants: true, plannedOn: '2027-09-01', products: [{ kind: 'link', label: 'Manus', url: 'https://varde.example/manus' }] });
    await axe.scan(staff);
  });

  it('the steering group’s progress report downloads as a Word file', async () => {
    await staff.goto(`${varde.url}${overviewPath}`);
    await staff.getByTestId('steering').waitFor();
    await staff.locator('#steering-typed').fill('Godkjenne formidlingsplanen');
    const [download] = await Promise.all([staff.waitForEvent('download'), staff.getByTestId('steering-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^framdriftsrapport-\d{4}-\d{2}-\d{2}\.docx$/);
    await staff.getByRole('status').getByText(nb('reports.steering.downloaded')).waitFor();
  });

  it('works on a 390 px phone screen', async () => {
    await staff.setViewportSize({ width: 390, height: 844 });
    for (const [path, ready] of [['', 'attention'], ['/reports', 'evaluation-plan'], ['/reports/dissemination', 'dissemination']] as const) {
      await staff.goto(`${varde.url}${overviewPath}${path}`);
      await staff.getByTestId(ready).waitFor();
      const wide = await staff.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 8).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().right)}`));
      expect(await staff.evaluate(() => document.documentElement.scrollWidth), `${path}: ${wide.join(' | ')}`).toBeLessThanOrEqual(390);
      await axe.scan(staff);
    }
  });

  it('axe finds no violations on any page visited', () => {
    expect(axe.violations).toEqual([]);
  });
});
