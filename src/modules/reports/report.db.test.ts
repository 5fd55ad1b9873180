import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { translate } from '../../i18n/index.js';
import { protectCount } from '../../lib/small-cells.js';
import { loadDemoData } from '../demo/load.js';
import pino from 'pino';
import { startJobs } from '../../jobs/boss.js';
import { runQueuedExports } from './report-exports.js';

let t: TestApp;
let admin: Caller;
const json = async (res: Response) => (await res.json()) as any;
const get = async (path: string) => {
  const res = await t.call('GET', `/api/v1${path}`, { as: admin });
  expect(res.status, path).toBe(200);
  return json(res);
};
const post = async (path: string, body: unknown, status = 200) => {
  const res = await t.call('POST', `/api/v1${path}`, { as: admin, body });
  expect(res.status, `${path}: ${res.status === status ? '' : await res.clone().text()}`).toBe(status);
  return res.status === 204 ? null : json(res);
};

/** Every block of every generated part of the preview, with the key it came from. */
const partsOf = (preview: any) => preview.sections.flatMap((s: any) => Object.entries(s.parts).map(([key, blocks]) => ({ sectionId: s.id, key, blocks: blocks as any[] })));
const tableTitled = (preview: any, title: string) => partsOf(preview).flatMap((p: any) => p.blocks).find((b: any) => b.kind === 'table' && b.title === title);
const nb = (key: string, vars?: Record<string, string | number>) => translate('nb', key, vars);

let programmes: any[];
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.database.db);
  admin = await t.signIn('admin@varde.example', { isAdmin: true });
  programmes = await get('/programmes');
});
afterAll(() => t.close());

describe('the report on the demo EBCD programme', () => {
  let p: string;
  let preview: any;
  let report: any;
  beforeAll(async () => {
    p = programmes.find((x) => x.kind === 'codesign').id;
    await post(`/programmes/${p}/reports/plan/questions`, { text: 'Hvordan opplevde deltakerne samskapingen?', analyses: [{ kind: 'themes', refId: null }, { kind: 'codesign_thread', refId: null }] }, 201);
    await post(`/programmes/${p}/reports/plan/questions`, { text: 'Hvem deltok, og hvem kom jevnlig?', analyses: [{ kind: 'indicators', refId: null }, { kind: 'prepost', refId: null }] }, 201);
    report = await post(`/programmes/${p}/report`, { language: 'nb' });
    preview = await get(`/programmes/${p}/report/preview`);
  });

  it('has seed 004’s structure: a findings section per evaluation question, each section a versioned document', async () => {
    const plan = await get(`/programmes/${p}/reports/plan`);
    const findings = plan.questions.map(() => 'findings');
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(report.sections.map((s: any) => s.kind)).toEqual(['background', 'questions', 'material', 'method', ...findings, 'conclusion', 'appendices']);
    expect(report.sections.filter((s: any) => s.kind === 'findings').map((s: any) => s.title)).toEqual(plan.questions.map((q: any) => `Funn: ${q.text}`));
    const doc = await get(`/programmes/${p}/authored-documents/${report.sections[2].documentId}`);
    expect(doc.versions[0].body).toContain('{{generated:material}}');
    // Syncing again adds nothing.
    expect((await post(`/programmes/${p}/report`, {})).sections).toHaveLength(report.sections.length);
  });

  it('the data material’s counts are the activities, documents and participants the API lists', async () => {
    const { activities } = (await get(`/programmes/${p}/activities`)) as { activities: any[] };
    const held = activities.filter((a) => a.status === 'held');
    const activityTable = tableTitled(preview, nb('reportDoc.generated.activitiesTitle'));
    expect(activityTable.rows.at(-1)).toEqual([nb('reportDoc.generated.total'), String(held.length)]);
    expect(activityTable.rows.slice(0, -1).map((r: string[]) => Number(r[1])).reduce((a: number, b: number) => a + b, 0)).toBe(held.length);
    const documents = (await get(`/programmes/${p}/analysis/documents`)) as any[];
    const documentTable = tableTitled(preview, nb('reportDoc.generated.documentsTitle'));
    for (const row of documentTable.rows.slice(0, -1)) {
      expect(documents.filter((d) => nb(`analysis.kinds.${d.kind}`) === row[0]).length, row[0]).toBe(Number(row[1]));
    }
    expect(documentTable.rows.at(-1)[1]).toBe(String(documents.length));
    const programme = await get(`/programmes/${p}`);
    const participants = (await get(`/programmes/${p}/participants`)) as any[];
    const peopleTable = tableTitled(preview, nb('reportDoc.generated.participantsTitle'));
    for (const [i, role] of ['recipient', 'provider', 'leader'].entries()) {
      const c = protectCount(participants.filter((x) => x.role === role).length, programme.smallCellThreshold, false);
      expect(peopleTable.rows[i][1], role).toBe(c.suppressed ? `<${programme.smallCellThreshold}` : String(c.value));
    }
  });

  it('themes, method and co-design thread come from the codebook and target areas', async () => {
    const codes = (await get(`/programmes/${p}/analysis/codes`)) as any[];
    const method = partsOf(preview).find((x: any) => x.key === 'method');
    const coded = codes.filter((c) => !c.isTheme);
    const text = method.blocks.map((b: any) => (b.runs ?? []).map((r: any) => r.text).join('')).join(' ');
    expect(text).toContain(`${coded.length} koder`);
    expect(text).toContain(`${codes.reduce((n, c) => n + c.codingCount, 0)} tekstutdrag`);
    const areas = (await get(`/programmes/${p}/codesign/target-areas`)) as any;
    const list = (Array.isArray(areas) ? areas : areas.targetAreas ?? areas.areas) as any[];
    const findings = partsOf(preview).find((x: any) => x.key.startsWith('findings:') && x.blocks.some((b: any) => b.kind === 'list'));
    expect(JSON.stringify(findings.blocks)).toContain(list[0].title);
  });

  it('numbers tables and figures, cross-references them and lists them', () => {
    expect(preview.tables.length).toBeGreaterThanOrEqual(3);
    const material = partsOf(preview).find((x: any) => x.key === 'material');
    const intro = material.blocks[0].runs.map((r: any) => r.text).join('');
    expect(intro).toContain('(Tabell 1)');
    expect(intro).toContain('(Tabell 2)');
    expect(material.blocks[1]).toMatchObject({ kind: 'table', label: 'Tabell 1' });
    expect(preview.tables[0]).toEqual({ number: 1, title: nb('reportDoc.generated.activitiesTitle') });
  });

  it('picked quotes are the anonymised segments, in the findings section, and can be taken out', async () => {
    const codes = (await get(`/programmes/${p}/analysis/codes`)) as any[];
    const code = codes.find((c) => c.codingCount > 3);
    const section = report.sections.find((s: any) => s.title === 'Funn: Hvordan opplevde deltakerne samskapingen?');
    const found = await get(`/programmes/${p}/report/quote-candidates?codeId=${code.id}&sectionId=${section.id}`);
    expect(found.total).toBe(code.codingCount);
    const three = found.candidates.slice(0, 3);
    for (const q of three) await post(`/programmes/${p}/report/sections/${section.id}/quotes`, { codingId: q.codingId, codeId: code.id }, 204);
    const picked = await get(`/programmes/${p}/report/sections/${section.id}/quotes`);
    expect(picked.map((q: any) => q.text)).toEqual(three.map((q: any) => q.text));
    const again = await get(`/programmes/${p}/report/preview`);
    const quotes = partsOf(again).find((x: any) => x.key === `quotes:${section.id}`);
    expect(quotes.blocks.map((b: any) => b.runs[0].text)).toEqual(three.map((q: any) => `«${q.text}» `));
    const gone = await t.call('DELETE', `/api/v1/programmes/${p}/report/quotes/${picked[2].id}`, { as: admin });
    expect(gone.status).toBe(204);
    expect(await get(`/programmes/${p}/report/sections/${section.id}/quotes`)).toHaveLength(2);
    // Not in a section that is not findings; not a segment of another code.
    const bad = await t.call('POST', `/api/v1/programmes/${p}/report/sections/${report.sections[0].id}/quotes`, { as: admin, body: { codingId: three[0].codingId, codeId: code.id } });
    expect(bad.status).toBe(409);
  });

  it('exports Word and PDF through the job, with progress, headings, contents, captions', async () => {
    const docx = await post(`/programmes/${p}/report/exports`, { format: 'docx' }, 200);
    const pdf = await post(`/programmes/${p}/report/exports`, { format: 'pdf' }, 200);
    expect(docx).toMatchObject({ status: 'queued', progress: 0 });
    expect(await runQueuedExports(t.database.db)).toEqual({ built: 2, failed: 0 });
    expect(await get(`/programmes/${p}/report/exports/${docx.id}`)).toMatchObject({ status: 'done', progress: 100 });
    const file = await t.call('GET', `/api/v1/programmes/${p}/report/exports/${docx.id}/file`, { as: admin });
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    const xml = strFromU8(unzipSync(new Uint8Array(await file.arrayBuffer()))['word/document.xml']);
    expect(xml).toContain('Datamateriale');
    expect(xml).toContain('Heading1');
    expect(xml).toContain('TOC \\');
    expect(xml).toContain(nb('reportDoc.generated.activitiesTitle'));
    const pdfFile = await t.call('GET', `/api/v1/programmes/${p}/report/exports/${pdf.id}/file`, { as: admin });
    expect(Buffer.from(await pdfFile.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the report on the demo pre/post programme', () => {
  it('every pre/post table is the prepost API’s rows for the scale', async () => {
    const withPrePost = [];
    for (const prog of programmes) if (((await get(`/programmes/${prog.id}/prepost`)) as any[]).length) withPrePost.push(prog.id);
    expect(withPrePost.length).toBeGreaterThan(0);
    const p = withPrePost[0];
    await post(`/programmes/${p}/report`, { language: 'nb' });
    const preview = await get(`/programmes/${p}/report/preview`);
    const [instrument] = await get(`/programmes/${p}/prepost`);
    const result = await get(`/programmes/${p}/prepost/${instrument.instrumentId}`);
    expect(result.scales.length).toBeGreaterThan(0);
    for (const scale of result.scales) {
      const table = tableTitled(preview, nb('prepost.report.tableTitle', { scale: scale.label }));
      expect(table, `${scale.label} in ${JSON.stringify(preview.tables)}`).toBeTruthy();
      expect(table.rows.length).toBe(scale.rows.length);
      for (const [i, row] of scale.rows.entries()) {
        expect(table.rows[i][0]).toBe(String(row.group));
        expect(table.rows[i][1]).toBe(String(row.n));
        expect(table.rows[i][2]).toBe(String(row.preMeanSd));
        expect(table.rows[i][3]).toBe(String(row.postMeanSd));
        expect(table.rows[i][4]).toBe(String(row.change));
        expect(table.rows[i][5]).toBe(String(row.tTest));
        expect(table.rows[i][6]).toBe(String(row.tP));
        expect(table.rows[i][10]).toBe(String(row.gav));
      }
    }
  });
});

describe('the export job (pg-boss)', () => {
  it('builds a queued export within seconds of the commit, woken by it rather than the minute schedule', async () => {
    const p = programmes.find((x) => x.kind === 'codesign').id;
    const errors: unknown[] = [];
    const runner = await startJobs(t.database.url, { db: t.database.db, mailer: { send: async () => {} }, now: () => new Date() }, pino({ level: 'error' }, { write: (line: string) => { errors.push(line); } }));
    try {
      await post(`/programmes/${p}/report`, {});
      const queued = await post(`/programmes/${p}/report/exports`, { format: 'docx' }, 200);
      const started = Date.now();
      let status = queued;
      while (status.status !== 'done' && status.status !== 'failed' && Date.now() - started < 40_000) {
        await new Promise((r) => setTimeout(r, 200));
        status = await get(`/programmes/${p}/report/exports/${queued.id}`);
      }
      expect(errors).toEqual([]);
      expect(status).toMatchObject({ status: 'done', progress: 100 });
    } finally {
      await runner.stop();
    }
  }, 90_000);
});
