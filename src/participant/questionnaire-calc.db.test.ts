import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { browser, screenOf, surveyProgramme } from '../../test/support/survey-fixture.js';
import type { InstrumentDefinition } from '../modules/questionnaires/definition.js';
import { responses } from '../modules/questionnaires/schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof surveyProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await surveyProgramme(t);
});
afterAll(() => t.close());

const text = (s: string) => ({ nb: s, nn: s, en: s });
/** A REDCap-style form: a calc over two answers, an @CALCTEXT, and a descriptive that pipes both with HTML. */
const definition = {
  name: 'calc_form', title: text('Utregning'), languages: ['nb', 'nn', 'en'], scales: [],
  sections: [{ name: 's', items: [
    { type: 'number', name: 'visits', label: text('Hvor mange besøk?'), required: true, integer: true },
    { type: 'single_choice', name: 'town', label: text('Hvor bor du?'), required: true, display: 'radio', choices: [{ code: '1', label: text('Bodø') }, { code: '2', label: text('Tromsø') }] },
    { type: 'calc', name: 'score', label: text('Poeng'), required: false, formula: '[visits] * 2 + [town]' },
    { type: 'calc', name: 'level', label: text('Nivå'), required: false, formula: "if([score] >= 10, 'høyt', 'lavt')", textResult: true, annotation: "@CALCTEXT(if([score] >= 10, 'høyt', 'lavt'))" },
    { type: 'descriptive', name: 'summary', label: text('<b>Du bor i [town]</b> og har [visits] besøk: [score] poeng (<i>[level]</i>).<script>alert(1)</script>'), required: false, showIf: { item: 'score', op: 'gt', value: 0 } },
    { type: 'yes_no', name: 'ok', label: text('Stemmer det?'), required: false, variant: 'yesno' },
  ] }],
} as InstrumentDefinition;

describe('calculated fields and piping on participant pages (no JavaScript)', () => {
  it('computes calcs on every saved screen, pipes earlier answers into safe HTML, stores and exports the values', async () => {
    const [survey] = await w.openSurvey({ instrumentVersionId: await w.publishedVersion(definition), mode: 'anonymous', display: 'one_per_screen' });
    const path = new URL((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).pathname;
    const b = browser(t, path);
    let page = await b.get('?lang=nb');
    page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'next'], ['visits', '4']]);
    page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'next'], ['town', '2']]);
    // The summary is shown because the calc (computed by the server on the last save) is above 0.
    expect(page.html).toContain('<b>Du bor i Tromsø</b> og har 4 besøk: 10 poeng (<i>høyt</i>).');
    expect(page.html).not.toMatch(/<script|alert\(1\)|&lt;b&gt;/);
    const [saved] = await t.database.db.select().from(responses).where(eq(responses.surveyId, survey.id));
    expect(saved.answers).toEqual({ visits: 4, town: '2', score: 10, level: 'høyt' });
    // A forged calc value is refused, never stored.
    const forged = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'next'], ['score', '99']]);
    expect(forged.status).toBe(422);
    page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'next']]);
    page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'next'], ['ok', '1']]);
    page = await b.post([['_screen', screenOf(page.html)], ['_lang', 'nb'], ['_action', 'submit']]);
    expect(page.html).toContain('data-testid="receipt"');
    const [done] = await t.database.db.select().from(responses).where(eq(responses.surveyId, survey.id));
    expect(done.status).toBe('complete');
    expect(done.answers).toEqual({ visits: 4, town: '2', score: 10, level: 'høyt', ok: '1' });

    const csv = await w.api('GET', `/surveys/${survey.id}/responses.csv`);
    expect(csv.status).toBe(200);
    const [header, row] = String(csv.body).trim().split(/\r?\n/);
    const cols = header.split(',');
    const cells = row.split(',');
    expect(cells[cols.indexOf('score')]).toBe('10');
    expect(cells[cols.indexOf('level')]).toBe('høyt');
  });
});
