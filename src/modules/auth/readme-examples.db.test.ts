import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { prePostDemoProgramme } from '../../../test/support/prepost-demo.js';
import { serveTestApp } from '../../../test/support/served-app.js';

/**
 * The README's R and Python examples, run as a researcher would run them: against Varde over TCP
 * with a personal API token, downloading every survey's responses and the pre/post results.
 */
const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const example = (lang: 'python' | 'r') => {
  const match = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(readme);
  if (!match) throw new Error(`the README has no ${lang} example`);
  return match[1];
};
const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const hasPython = works('/usr/bin/python3', ['-c', 'import requests']);
const hasR = works('Rscript', ['-e', 'library(httr2)']);
if (!hasPython) console.warn("README Python example skipped: /usr/bin/python3 with 'requests' is not installed (Debian: python3-requests)");
if (!hasR) console.warn("README R example skipped: Rscript with the 'httr2' package is not installed");

let t: TestApp;
let served: Awaited<ReturnType<typeof serveTestApp>>;
let env: Record<string, string>;
let expected: string[];

beforeAll(async () => {
  if (!hasPython && !hasR) return;
  t = await createTestApp();
  const { admin, programmeId } = await prePostDemoProgramme(t, { name: 'Skript', municipalities: [{ number: '3201' }, { number: '5501' }], contact: { email: 'kontakt@varde.test', municipalityIndex: 0 } });
  await t.call('POST', `/api/v1/programmes/${programmeId}/roles`, { as: admin, body: { email: 'forsker@varde.test', name: 'Forsker', role: 'researcher' } });
  const researcher = await t.signIn('forsker@varde.test');
  const made = (await (await t.call('POST', '/api/v1/me/tokens', { as: researcher, body: { name: 'Nattlig', access: 'read', programmeIds: [programmeId], expiresInDays: 7 } })).json()) as any;
  served = await serveTestApp(t);
  env = { ...process.env, VARDE_URL: served.url, VARDE_TOKEN: made.secret, VARDE_PROGRAMME: programmeId } as Record<string, string>;
  const surveys = (await (await t.call('GET', `/api/v1/programmes/${programmeId}/surveys`, { as: researcher })).json()) as { id: string }[];
  const instruments = (await (await t.call('GET', `/api/v1/programmes/${programmeId}/prepost`, { as: researcher })).json()) as { instrumentId: string }[];
  expected = [...surveys.map((s) => `responses-${s.id}.csv`), ...instruments.map((i) => `prepost-${i.instrumentId}.csv`)].sort();
  expect(surveys.length).toBeGreaterThan(0);
  expect(instruments.length).toBeGreaterThan(0);
}, 120_000);
afterAll(async () => {
  await served?.close();
  await t?.close();
});

// Asynchronous on purpose: the server answering the script runs in this same process.
async function runExample(cmd: string, lang: 'python' | 'r') {
  const dir = mkdtempSync(path.join(tmpdir(), 'varde-readme-'));
  try {
    const script = path.join(dir, lang === 'python' ? 'nightly.py' : 'nightly.R');
    writeFileSync(script, example(lang));
    const out = path.join(dir, 'out');
    const { stdout: printed } = await promisify(execFile)(cmd, [script], { env: { ...env, VARDE_OUT: out }, encoding: 'utf8', timeout: 120_000 });
    const files = readdirSync(out).sort();
    const heads = files.map((f) => readFileSync(path.join(out, f), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]);
    return { printed, files, heads };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the README examples for scripts', () => {
  it.skipIf(!hasPython)('Python (requests) downloads every survey’s responses and the pre/post results with a token', async () => {
    const { printed, files, heads } = await runExample('/usr/bin/python3', 'python');
    expect(files).toEqual(expected);
    expect(printed).toContain(`saved ${expected.length} files`);
    for (const head of heads) expect(head.length).toBeGreaterThan(10);
    expect(heads.some((h) => /scale|skala/i.test(h))).toBe(true);
  });

  it.skipIf(!hasR)('R (httr2) downloads the same files', async () => {
    const { printed, files } = await runExample('Rscript', 'r');
    expect(files).toEqual(expected);
    expect(printed).toContain(`saved ${expected.length} files`);
  });
});
