import { randomBytes } from 'node:crypto';
import { programmeRoles } from '../../src/modules/access/schema.js';
import { participants } from '../../src/modules/people/schema.js';
import { programmeMunicipalities, programmes } from '../../src/modules/programmes/schema.js';
import type { InstrumentDefinition } from '../../src/modules/questionnaires/definition.js';
import { afterAll } from 'vitest';
import { createTestApp, type Caller, type TestApp } from './app.js';
import { apiPrefix } from './openapi-operations.js';

export type SurveyWorld = Awaited<ReturnType<typeof surveyProgramme>>;

/** The usual start of a questionnaire database test: a test app holding one survey programme, closed after the file's tests. */
export async function surveyTestApp(): Promise<{ t: TestApp; w: SurveyWorld }> {
  const t = await createTestApp();
  afterAll(() => t.close());
  return { t, w: await surveyProgramme(t) };
}

/**
 * A programme with one municipality, a signed-in coordinator and helpers to build instruments and
 * surveys through the API and to answer them as a browser without JavaScript would (form posts,
 * cookies kept by hand).
 */
export async function surveyProgramme(t: TestApp) {
  const db = t.database.db;
  const tag = randomBytes(3).toString('hex');
  const [programme] = await db.insert(programmes).values({ kind: 'learning_network', name: `Kurs ${tag}`, startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
  const [municipality] = await db.insert(programmeMunicipalities).values({ programmeId: programme.id, number: '4601', name: 'Bergen' }).returning();
  const coordinator = await t.signIn(`koordinator-${tag}@varde.test`);
  await db.insert(programmeRoles).values({ programmeId: programme.id, userId: coordinator.userId, role: 'coordinator' });
  const api = async (method: string, path: string, body?: unknown, as: Caller = coordinator) => {
    const res = await t.call(method, `${apiPrefix}/programmes/${programme.id}${path}`, { as, body });
    const text = await res.text();
    return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text, headers: res.headers };
  };
  let n = 0;
  return {
    programme, municipality, coordinator, api,
    async person(over: Partial<typeof participants.$inferInsert> = {}) {
      const [p] = await db
        .insert(participants)
        .values({ programmeId: programme.id, municipalityId: municipality.id, role: 'provider', name: `Deltaker ${tag} ${++n}`, email: `deltaker-${tag}-${n}@deltaker.example`, language: 'nb', code: `BRG-Y-${tag}-${n}`, ...over })
        .returning();
      return p;
    },
    /** Creates, fills and publishes an instrument; returns the published version id. */
    async publishedVersion(definition: InstrumentDefinition): Promise<string> {
      const created = await api('POST', '/instruments', { title: 'Skjema' });
      if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
      const put = await api('PUT', `/instruments/${created.body.id}/draft`, { definition });
      if (put.status !== 200) throw new Error(`draft: ${put.status} ${JSON.stringify(put.body)}`);
      const published = await api('POST', `/instruments/${created.body.id}/publish`);
      if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
      return published.body.id;
    },
    async openSurvey(input: Record<string, unknown>) {
      const res = await api('POST', '/surveys', { municipalityId: municipality.id, ...input });
      if (res.status !== 201) throw new Error(`survey: ${res.status} ${JSON.stringify(res.body)}`);
      for (const s of res.body.surveys) await api('POST', `/surveys/${s.id}/open`);
      return res.body.surveys as { id: string; waveGroupId: string | null; wave: string }[];
    },
  };
}

/** A respondent's browser: GET and form POSTs to one questionnaire address, keeping cookies (no JavaScript). */
export function browser(t: TestApp, path: string) {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  return {
    jar,
    async get(query = '') {
      const res = await t.call('GET', `${path}${query}`, { headers: jar.size ? { cookie: cookie() } : {} });
      keep(res);
      return { status: res.status, html: await res.text(), res };
    },
    async post(fields: [string, string][]) {
      const res = await t.call('POST', path, { body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...(jar.size ? { cookie: cookie() } : {}) } });
      keep(res);
      return { status: res.status, html: await res.text(), res };
    },
    /** Forgets the cookies: a closed browser that kept nothing, or another device. */
    clear: () => jar.clear(),
  };
}

/** The hidden `_screen` of a rendered page. */
export const screenOf = (html: string) => /name="_screen" value="(\d+)"/.exec(html)?.[1] ?? '';
