import type { Caller, TestApp } from './app.js';

/**
 * Calls to one programme's analysis API for database tests. `ctx` is read at call time, because
 * tests fill in the app, programme and coordinator in beforeAll.
 */
export function analysisApi(ctx: () => { t: TestApp; programmeId: string; coordinator: Caller }) {
  const api = (path: string) => `/api/v1/programmes/${ctx().programmeId}/analysis${path}`;
  const json = async (res: Response) => res.json() as Promise<any>;
  /** POSTs and returns the JSON body; anything but success throws with the server's answer. */
  const post = async (as: Caller, path: string, body?: unknown) => {
    const res = await ctx().t.call('POST', api(path), { as, body });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return json(res);
  };
  const get = async (as: Caller, path: string) => json(await ctx().t.call('GET', api(path), { as }));
  const addDoc = (title: string, text: string, extra: Record<string, unknown> = {}) =>
    post(ctx().coordinator, '/documents', { title, kind: 'interview_transcript', text, ...extra });
  const code = (name: string, extra: Record<string, unknown> = {}) => post(ctx().coordinator, '/codes', { name, ...extra });
  const coding = (as: Caller, documentId: string, codeIds: string | string[], start: number, end: number) =>
    post(as, '/codings', { documentId, codeIds: Array.isArray(codeIds) ? codeIds : [codeIds], start, end });
  return { api, json, post, get, addDoc, code, coding };
}
