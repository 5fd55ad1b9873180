import { randomBytes } from 'node:crypto';
import { programmeRoles } from '../../src/modules/access/schema.js';
import { activities } from '../../src/modules/activities/schema.js';
import { participants } from '../../src/modules/people/schema.js';
import { programmeMunicipalities, programmes } from '../../src/modules/programmes/schema.js';
import type { Caller, TestApp } from './app.js';

const apiPrefix = '/api/v1';

/** A programme (small-cell threshold 3) with a municipality, a feedback meeting, a facilitator and helpers for boards. */
export async function boardProgramme(t: TestApp) {
  const db = t.database.db;
  const tag = randomBytes(3).toString('hex');
  const [programme] = await db.insert(programmes).values({ kind: 'codesign', name: `EBCD ${tag}`, startsOn: '2026-01-01', endsOn: '2026-12-31', smallCellThreshold: 3 }).returning();
  const [municipality] = await db.insert(programmeMunicipalities).values({ programmeId: programme.id, number: '3201', name: 'Bærum' }).returning();
  const [meeting] = await db.insert(activities).values({ programmeId: programme.id, municipalityId: municipality.id, typeKey: 'feedback_meeting', variant: 'joint', title: 'Felles tilbakemeldingsmøte', durationMinutes: 120, mode: 'physical' }).returning();
  const facilitator = await t.signIn(`fasilitator-${tag}@varde.test`);
  await db.insert(programmeRoles).values({ programmeId: programme.id, userId: facilitator.userId, role: 'facilitator' });
  const api = async (method: string, path: string, body?: unknown, as: Caller = facilitator) => {
    const res = await t.call(method, `${apiPrefix}/programmes/${programme.id}${path}`, { as, body });
    const text = await res.text();
    return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
  };
  let n = 0;
  return {
    programme, municipality, meeting, facilitator, api,
    async person(role: 'recipient' | 'provider' | 'leader' = 'recipient') {
      const [p] = await db.insert(participants).values({ programmeId: programme.id, municipalityId: municipality.id, role, name: `Deltaker ${tag} ${++n}`, code: `BAE-${tag}-${n}`.toUpperCase(), language: 'nb' }).returning();
      return p;
    },
    /** Creates and opens a board; returns its summary (with the join code). */
    async openBoard(input: Record<string, unknown>, activityId = meeting.id) {
      const made = await api('POST', `/activities/${activityId}/boards`, input);
      if (made.status !== 201) throw new Error(`board: ${made.status} ${JSON.stringify(made.body)}`);
      const opened = await api('POST', `/boards/${made.body.id}/open`);
      if (opened.status !== 200) throw new Error(`open: ${opened.status} ${JSON.stringify(opened.body)}`);
      return opened.body as { id: string; joinCode: string; joinUrl: string };
    },
  };
}

/** A phone: keeps its cookies, posts forms like a browser without JavaScript. */
export function phone(t: TestApp, code: string) {
  const jar = new Map<string, string>();
  const headers = (extra: Record<string, string> = {}) => ({ ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}), ...extra });
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  };
  const base = `/b/${code}`;
  return {
    jar,
    async get(query = '', extra: Record<string, string> = {}) {
      const res = await t.call('GET', `${base}${query}`, { headers: headers(extra) });
      keep(res);
      return { status: res.status, html: await res.text(), res };
    },
    async post(action: 'join' | 'vote' | 'idea', fields: [string, string][]) {
      const res = await t.call('POST', `${base}/${action}`, { body: new URLSearchParams(fields).toString(), headers: headers({ 'content-type': 'application/x-www-form-urlencoded' }) });
      keep(res);
      return { status: res.status, html: await res.text(), res };
    },
  };
}
