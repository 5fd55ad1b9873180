import Papa from 'papaparse';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller } from '../../../test/support/app.js';
import { norwayMunicipalities } from '../programmes/norway-municipalities.js';
import { sampleDefinition } from './fixtures.js';
import { instrumentVersions, instruments, responses, surveys } from './schema.js';

const t = await createTestApp();
const db = t.database.db;
let admin: Caller;
let facilitator: Caller;
let programmeId: string;
let linkedId: string;
let anonymousId: string;
let bigId: string;

async function post(path: string, body: unknown) {
  const res = await t.call('POST', `/api/v1${path}`, { as: admin, body });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

const complete = { status: 'complete' as const, submittedAt: new Date('2026-04-02T08:00:00Z'), language: 'nn' };

beforeAll(async () => {
  admin = await t.signIn('admin@varde.test', { isAdmin: true });
  programmeId = (await post('/programmes', { kind: 'codesign', name: 'Eksport', startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
  const municipalityId = (await post(`/programmes/${programmeId}/municipalities`, { number: norwayMunicipalities[5].number })).id;
  const participant = await post(`/programmes/${programmeId}/municipalities/${municipalityId}/participants`, { name: 'Kari Eksempel', email: 'kari@deltaker.example', role: 'provider' });
  await post(`/programmes/${programmeId}/roles`, { email: 'fasilitator@varde.test', name: 'Fasilitator', role: 'facilitator' });
  facilitator = await t.signIn('fasilitator@varde.test');

  const [instrument] = await db.insert(instruments).values({ programmeId, title: { nb: 'Prøve' } }).returning();
  const [version] = await db.insert(instrumentVersions).values({ instrumentId: instrument.id, version: 1, status: 'published', definition: sampleDefinition(), publishedAt: new Date() }).returning();
  const survey = async (mode: 'linked' | 'anonymous', title: string) =>
    (await db.insert(surveys).values({ programmeId, municipalityId, instrumentVersionId: version.id, title: { nb: title }, mode, status: 'open' }).returning())[0].id;
  linkedId = await survey('linked', 'Koblet');
  anonymousId = await survey('anonymous', 'Anonym');
  bigId = await survey('anonymous', 'Stor');
  await db.insert(responses).values([
    { surveyId: linkedId, instrumentVersionId: version.id, participantId: participant.id, resumeTokenHash: 'r1', answers: { q1: 4, q2: 2, role: '9', role_other: '=cmd|calc', areas: ['1', '3'], g1: '2', g2: '4', years: 12, hours: 2.5, start: '2026-03-01', consent: '1', mood: 7 }, scores: { core: 12, grid_mean: 3 }, ...complete, startedAt: new Date('2026-04-01T08:00:00Z') },
    { surveyId: linkedId, instrumentVersionId: version.id, participantId: null, resumeTokenHash: 'r2', answers: { q1: 'dk' }, scores: null, status: 'in_progress', startedAt: new Date('2026-04-03T08:00:00Z') },
    { surveyId: anonymousId, instrumentVersionId: version.id, resumeTokenHash: 'r3', pairingKey: 'keyed-hash', answers: { q1: 1, areas: ['2'], areas_b: '@SUM(A1)' }, scores: { core: null, grid_mean: null }, ...complete, startedAt: new Date('2026-04-01T08:00:00Z') },
  ]);
  // 20 000 responses for the streaming path, made in the database itself.
  await db.execute(sql`insert into responses (survey_id, instrument_version_id, resume_token_hash, answers, scores, status, started_at, submitted_at)
    select ${bigId}, ${version.id}, 'big-' || i, jsonb_build_object('q1', 1 + i % 5, 'q2', 1 + i % 3, 'areas', jsonb_build_array('1')), jsonb_build_object('core', i % 20), 'complete',
      timestamptz '2026-01-01' + i * interval '1 second', timestamptz '2026-01-01' + i * interval '1 second'
    from generate_series(1, 20000) i`);
});
afterAll(() => t.close());

const get = (path: string, as = admin) => t.call('GET', `/api/v1/programmes/${programmeId}/surveys/${path}`, { as });
const parse = (text: string) => Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('responses out', () => {
  it('exports a linked survey as CSV: participant code (never the name), 0/1 per choice, scores, injection neutralised', async () => {
    const res = await get(`${linkedId}/responses.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('x-total-rows')).toBe('2');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="koblet-responses.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, for Excel
    const text = new TextDecoder().decode(bytes);
    expect(text).not.toContain('Kari');
    const { data, meta } = parse(text);
    expect(meta.fields).toEqual(['response_id', 'participant_code', 'status', 'language', 'started_at', 'submitted_at', 'q1', 'q2', 'role', 'role_other', 'areas___1', 'areas___2', 'areas___3', 'areas_b', 'g1', 'g2', 'g3', 'years', 'hours', 'start', 'consent', 'mood', 'email', 'total', 'core', 'grid_mean']);
    expect(data).toHaveLength(2);
    expect(data[0]).toMatchObject({ participant_code: expect.stringMatching(/^[A-ZÆØÅ]{2,4}-[A-Z]-\d+$/), status: 'complete', q1: '4', role: '9', role_other: "'=cmd|calc", areas___1: '1', areas___2: '0', areas___3: '1', hours: '2.5', core: '12', grid_mean: '3' });
    expect(data[1]).toMatchObject({ participant_code: '', status: 'in_progress', q1: 'dk', areas___1: '0', core: '' });
  });

  it('exports labels in the asked language', async () => {
    const { data } = parse(await (await get(`${linkedId}/responses.csv?labels=1&lang=en`)).text());
    expect(data[0]).toMatchObject({ role: 'Other', consent: 'Yes', areas___1: 'Checked', areas___2: 'Unchecked', q1: '4' });
    expect(data[1].q1).toBe('DK');
  });

  it('exports an anonymous survey as XLSX with no participant code, and the codebook as a second sheet', async () => {
    const res = await get(`${anonymousId}/responses.xlsx?lang=nb`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const [answers, codebook] = workbook.worksheets;
    expect(answers.name).toBe('Svar');
    expect(codebook.name).toBe('Kodebok');
    const header = (answers.getRow(1).values as unknown[]).slice(1);
    expect(header).not.toContain('participant_code');
    expect(header).not.toContain('pairing_key'); // this survey does not ask for the self-generated code
    const row = Object.fromEntries(header.map((h, i) => [h, answers.getRow(2).getCell(i + 1).value]));
    expect(row).toMatchObject({ q1: 1, areas___1: 0, areas___2: 1, areas_b: "'@SUM(A1)", core: null });
    expect(answers.rowCount).toBe(2);
    const bookHeader = (codebook.getRow(1).values as unknown[]).slice(1);
    expect(bookHeader.slice(0, 5)).toEqual(['variable', 'item', 'section', 'label', 'type']);
    const variables = codebook.getColumn(1).values.slice(2);
    expect(variables).toEqual(expect.arrayContaining(['q1', 'areas___2', 'g3', 'core', 'grid_mean']));
  });

  it('exports the codebook as CSV', async () => {
    const res = await get(`${anonymousId}/codebook.csv?lang=en`);
    expect(res.status).toBe(200);
    const { data } = parse(await res.text());
    expect(data.find((r) => r.variable === 'role')).toMatchObject({ type: 'single_choice', values: '1 = Staff | 2 = Leader | 9 = Other' });
    expect(data.find((r) => r.variable === 'core')).toMatchObject({ type: 'score', scale: '' });
  });

  it('streams 20 000 responses through the cursor (CSV and XLSX)', async () => {
    const csv = await get(`${bigId}/responses.csv`);
    expect(csv.headers.get('x-total-rows')).toBe('20000');
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(20001);
    const xlsx = await get(`${bigId}/responses.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets[0].rowCount).toBe(20001);
    // Ordered by start time: the first response is i = 1.
    expect(workbook.worksheets[0].getRow(2).getCell(6 + 1).value).toBe(2);
  });

  it('a cancelled download closes the cursor and gives its connection back', async () => {
    // Only the export holds a transaction open (its cursor's); everything else here commits at once.
    const openCursors = async () => Number((await db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`)).rows[0].n);
    for (const kind of ['csv', 'xlsx']) {
      const res = await get(`${bigId}/responses.${kind}`);
      const reader = res.body!.getReader();
      await reader.read();
      await reader.read();
      expect(await openCursors()).toBe(1); // mid-export: the cursor's transaction waits for the reader
      await reader.cancel();
      await expect.poll(openCursors, { timeout: 5000 }).toBe(0);
    }
  });

  it('is research data: a facilitator is refused, another programme’s survey is not found, the export is audited', async () => {
    expect((await get(`${linkedId}/responses.csv`, facilitator)).status).toBe(403);
    const other = (await post('/programmes', { kind: 'codesign', name: 'Annen', startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
    expect((await t.call('GET', `/api/v1/programmes/${other}/surveys/${linkedId}/responses.csv`, { as: admin })).status).toBe(404);
    const audit = await db.execute(sql`select action, after from audit_log where entity_id = ${linkedId}`);
    expect(audit.rows.map((r: any) => r.action)).toEqual(expect.arrayContaining(['survey.export_csv']));
  });
});

const hasTool = async (cmd: string, args: string[]) => {
  const { spawnSync } = await import('node:child_process');
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
};
const hasR = await hasTool('Rscript', ['--version']);
const hasPspp = await hasTool('pspp', ['--version']);
if (!hasR) console.warn('R script check skipped: Rscript is not installed');
if (!hasPspp) console.warn('SPSS syntax check skipped: pspp (Debian package) is not installed');

describe('SPSS syntax and R script beside the CSV', () => {
  const workdir = async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    return mkdtemp(`${tmpdir()}/varde-syntax-`);
  };
  const run = async (cmd: string, args: string[], cwd: string) => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    return promisify(execFile)(cmd, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  };
  const download = async (dir: string) => {
    const { writeFile } = await import('node:fs/promises');
    const csv = await get(`${linkedId}/responses.csv`);
    const name = /filename="([^"]+)"/.exec(csv.headers.get('content-disposition')!)![1];
    await writeFile(`${dir}/${name}`, Buffer.from(await csv.arrayBuffer()));
    const sps = await get(`${linkedId}/responses.sps?lang=nb`);
    const r = await get(`${linkedId}/responses.R?lang=en`);
    expect([sps.status, r.status]).toEqual([200, 200]);
    expect(sps.headers.get('content-disposition')).toBe('attachment; filename="koblet-responses.sps"');
    return { sps: await sps.text(), r: await r.text() };
  };

  it('describe every column with its label and the coded values, naming the CSV they read', async () => {
    const dir = await workdir();
    const { sps, r } = await download(dir);
    expect(sps).toContain("/FILE='koblet-responses.csv'");
    expect(sps).toMatch(/VARIABLE LABELS\n {2}response_id 'Svar-ID/);
    expect(sps).toContain('areas___1');
    expect(r).toContain('read.csv("koblet-responses.csv", fileEncoding = "UTF-8-BOM"');
    expect(r).toContain('attr(responses[["participant_code"]], "label") <- "Participant code (pseudonymous, never a name)"');
    expect(r).not.toContain('Kari');
  });

  it.skipIf(!hasR)('R reads the CSV with the labels (Rscript, as installed here)', async () => {
    const dir = await workdir();
    const { r } = await download(dir);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dir}/read.R`, `${r}\ncat(nrow(responses), attr(responses$consent, "label"), names(attr(responses$consent, "labels")), sep = "|")\ncat("\\n", class(responses$hours), attr(responses$areas___1, "labels"), sep = "|")\n`);
    const { stdout } = await run('Rscript', ['read.R'], dir);
    const [first, second] = stdout.trim().split('\n');
    expect(first.split('|').slice(0, 1)).toEqual(['2']);
    expect(first).toContain('Yes|No');
    expect(second).toContain('|numeric|1|0');
  });

  it.skipIf(!hasPspp)('PSPP (the free SPSS) runs the syntax and shows the value labels', async () => {
    const dir = await workdir();
    const { sps } = await download(dir);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dir}/read.sps`, `${sps}\nDISPLAY LABELS.\nLIST /VARIABLES=q1 consent hours.\nDISPLAY DICTIONARY /VARIABLES=consent.\n`);
    const { stdout } = await run('pspp', ['-O', 'format=txt', '-o', `${dir}/out.txt`, 'read.sps'], dir);
    const { readFile } = await import('node:fs/promises');
    const out = await readFile(`${dir}/out.txt`, 'utf8');
    expect(`${stdout}${out}`).not.toMatch(/error/i);
    expect(out).toContain('Ja');
    expect(out).toContain('2.50');
  });
});
