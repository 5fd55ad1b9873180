import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { invitationsProgramme } from '../../test/support/invitations-fixture.js';
import { browser, surveyProgramme } from '../../test/support/survey-fixture.js';
import { translate } from '../i18n/index.js';
import { isRealDate, isStorableText, unstorableTextAt } from '../lib/safe-text.js';
import { sampleDefinition } from '../modules/questionnaires/fixtures.js';
import { resumeCookieMaxSeconds } from './questionnaire-pages.js';

// The 500s of issue 11 item 7, one by one: each was a 500 before the fix at the edge.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const form = (path: string, body: string, lang = 'nn') =>
  t.call('POST', path, { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': lang } });

describe('text PostgreSQL cannot store', () => {
  it('knows NUL and lone surrogates from real text (emoji, Sámi, right-to-left)', () => {
    for (const ok of ['Kari 😀', 'Áltá ja Guovdageaidnu', 'عربي', '']) expect(isStorableText(ok)).toBe(true);
    for (const bad of ['a\u0000b', 'a\ud800b', '\udfff', '😀'.slice(0, 1)]) expect(isStorableText(bad)).toBe(false);
    expect(unstorableTextAt({ a: [{ b: 'ok' }, { c: 'x\ud83d' }] })).toEqual(['a', '1', 'c']);
    expect(unstorableTextAt({ ['k\u0000']: 1 })).toEqual(['k\\0']);
  });

  it('a lone surrogate in a JSON write is a translated 400 naming the field, not a 500', async () => {
    const coordinator = await t.signIn('grense@varde.example', { isAdmin: true });
    const res = await t.call('POST', '/api/v1/programmes', { as: coordinator, body: `{"kind":"codesign","name":"Prosjekt \\ud800","startsOn":"2026-01-01","endsOn":"2026-12-31"}` });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors).toEqual([{ path: 'name', message: translate('nb', 'errors.invalidCharacters') }]);
  });

  it('a NUL byte in the public check-in and sign-in forms is a 400 page in the person’s language', async () => {
    for (const [path, body] of [['/check-in', 'code=AB%00C&personalCode=X'], ['/auth/request-link', 'email=a%00b%40varde.example']]) {
      const res = await form(path, body);
      expect(res.status, path).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain(translate('nn', 'errors.invalidCharacters'));
    }
  });

  it('a multipart form cut short is a 400 page, not a 500', async () => {
    const res = await t.call('POST', '/check-in', { body: '--b\r\ncontent-disposition: form-data; name="code"\r\n\r\nAB', headers: { 'content-type': 'multipart/form-data; boundary=b' } });
    expect(res.status).toBe(400);
  });
});

describe('impossible dates', () => {
  it('are told apart from real ones, leap years included', () => {
    for (const ok of ['2026-02-28', '2028-02-29', '2000-02-29', '0001-01-01']) expect(isRealDate(ok)).toBe(true);
    for (const bad of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '0000-01-01', '2026-04-31', '2026-1-1']) expect(isRealDate(bad)).toBe(false);
  });

  it('a decision due 2026-02-30 is a translated 400, not a 500', async () => {
    const w = await invitationsProgramme(t);
    const activity = await w.activity();
    const res = await t.call('POST', `/api/v1/programmes/${activity.programmeId}/activities/${activity.id}/decisions`, { as: w.coordinator, body: { kind: 'follow_up', text: 'Følge opp', dueOn: '2026-02-30' } });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(['dueOn']);
  });
});

describe('a public survey closing more than 400 days from now', () => {
  it('takes answers; the resume cookie lasts 400 days, the most a browser keeps', async () => {
    const w = await surveyProgramme(t);
    const closesAt = new Date(Date.now() + 500 * 24 * 3600_000).toISOString();
    const [survey] = await w.openSurvey({ instrumentVersionId: await w.publishedVersion(sampleDefinition()), mode: 'anonymous', display: 'whole', closesAt });
    const path = new URL((await w.api('POST', `/surveys/${survey.id}/public-link`)).body.url).pathname;
    const b = browser(t, path);
    await b.get();
    const page = await b.post([['_screen', '1'], ['_action', 'submit'], ['q1', '4']]);
    expect(page.status).toBe(200);
    const cookie = page.res.headers.getSetCookie().find((c) => c.startsWith('vq_'))!;
    expect(Number(/Max-Age=(\d+)/.exec(cookie)![1])).toBe(resumeCookieMaxSeconds);
  });
});
