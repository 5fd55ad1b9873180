import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller } from '../../../test/support/app.js';
import { unzipEntries } from '../../lib/archive/read.js';
import { textWidth } from '../../lib/office/columns.js';
import { docxParts } from '../../lib/office/office-fixture.js';
import { prePostDemoProgramme } from '../../../test/support/prepost-demo.js';
import { norwayMunicipalities } from '../programmes/norway-municipalities.js';
import { insertPrePostStudy } from '../questionnaires/prepost-demo.js';
import { knowledgeAttitudeDefinition } from './demo-data.js';

const t = await createTestApp();
const db = t.database.db;
let admin: Caller;
let contact: Caller;
let facilitator: Caller;
let programmeId: string;
let instrumentId: string;
let municipalityIds: string[];

async function call(method: string, path: string, as: Caller, body?: unknown) {
  const res = await t.call(method, `/api/v1${path}`, { as, body });
  return res;
}
async function json(path: string, as: Caller = admin) {
  const res = await call('GET', path, as);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}

beforeAll(async () => {
  ({ admin, contact, programmeId, municipalityIds, instrumentId } = await prePostDemoProgramme(t, {
    name: 'Før og etter', municipalities: norwayMunicipalities.slice(10, 14), contact: { email: 'kontakt@varde.test', municipalityIndex: 1 },
  }));
  await call('POST', `/programmes/${programmeId}/roles`, admin, { email: 'fasilitator@varde.test', name: 'Fasilitator', role: 'facilitator' });
  facilitator = await t.signIn('fasilitator@varde.test');
});
afterAll(() => t.close());

describe('pre/post analysis from the questionnaire tables', () => {
  it('lists the instrument and analyses four courses and the pooled group', async () => {
    const list = await json(`/programmes/${programmeId}/prepost`);
    expect(list.map((i: any) => i.instrumentId)).toContain(instrumentId);
    expect(list.find((i: any) => i.instrumentId === instrumentId).waveGroups).toBe(4);
    const a = await json(`/programmes/${programmeId}/prepost/${instrumentId}`);
    expect(a.courses).toHaveLength(4);
    expect(a.courses.filter((c: any) => c.isPilot)).toHaveLength(1);
    expect(a.courses[0].isPilot).toBe(true);
    expect(a.scales.map((s: any) => s.name)).toEqual(['total', 'knowledge', 'attitudes']);
    const total = a.scales[0].result;
    const sum = total.courses.reduce((s: number, c: any) => s + c.nPairs, 0);
    expect(total.pooled.nPairs).toBe(sum);
    expect(total.pooled.excluded.preWithoutPost).toBeGreaterThan(0); // the generator's drop-outs
    expect(total.pooled.tests.ok).toBe(true);
    expect(a.scales[0].rows).toHaveLength(6); // four courses, the later courses pooled, all pooled
    expect(a.scales[0].rows.map((r: any) => r.key).slice(4)).toEqual(['later', 'pooled']);
    expect(total.later.nPairs).toBe(sum - total.courses[0].nPairs);
    expect(a.methods.join(' ')).toContain('Shapiro–Wilk');
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });

  it('the mean change equals the mean of post − pre in the long CSV (an independent recomputation)', async () => {
    const res = await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/pairs.csv`, admin);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = Papa.parse<Record<string, string>>(await res.text(), { header: true, skipEmptyLines: true }).data.filter((r) => r.scale === 'total' && r.difference !== 'NA');
    const mean = rows.reduce((s, r) => s + Number(r.difference), 0) / rows.length;
    const a = await json(`/programmes/${programmeId}/prepost/${instrumentId}`);
    expect(rows.length).toBe(a.scales[0].result.pooled.nPairs);
    expect(a.scales[0].result.pooled.tests.pairedT.meanDifference).toBeCloseTo(mean, 10);
    const results = Papa.parse<Record<string, string>>(await (await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/results.csv`, admin)).text(), { header: true }).data;
    expect(results.find((r) => r.scale === 'total' && r.group === 'pooled')?.mean_difference).toBe(String(a.scales[0].result.pooled.tests.pairedT.meanDifference));
  });

  it('reliability: Cronbach’s alpha of every scale before and after, with item-deleted alphas', async () => {
    const r = await json(`/programmes/${programmeId}/prepost/${instrumentId}/reliability`);
    expect(r.map((x: any) => x.scale)).toEqual(['total', 'knowledge', 'attitudes']);
    const total = r[0];
    expect(total.pre).toMatchObject({ ok: true, k: 10, deletion: 'listwise' });
    expect(total.pre.items).toHaveLength(10);
    expect(total.pre.alpha).toBeGreaterThan(0.5);
    expect(total.post.n).toBeLessThanOrEqual(total.responses.post);
    expect(total.text).toMatch(/^Recovery totalt: Cronbachs alfa før 0,\d\d \(n = \d+\), etter 0,\d\d \(n = \d+\)\.$/);
  });

  it('charts are accessible SVG with the table behind them', async () => {
    const c = await json(`/programmes/${programmeId}/prepost/${instrumentId}/charts?scale=total`);
    for (const chart of [c.paired, c.forest, c.distribution]) {
      expect(chart.svg).toMatch(/^<svg [^>]*role="img"/);
      expect(chart.svg).toContain('<title');
      expect(chart.svg).toContain('<desc');
      expect(chart.table.rows.length).toBeGreaterThan(0);
    }
    expect(c.forest.table.rows).toHaveLength(6);
    expect((await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/charts?scale=nope`, admin)).status).toBe(404);
  });

  it('the .docx opens and holds the APA table and the charts', async () => {
    const res = await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/report.docx?language=nn`, admin);
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Samandrag');
    expect(xml).toContain('Alle kurs samla');
    expect(xml).toContain('Cronbachs alfa før');
    expect(Object.keys(files).some((f) => f.endsWith('.svg'))).toBe(true);
    expect(Object.keys(files).some((f) => f.endsWith('.png'))).toBe(true);
  });

  it('the Word section is ready for a journal (issue 17 §5): fitted columns, rows kept whole, captions kept, symbols set, language, a readable histogram, a correct CI sentence', async () => {
    const res = await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/report.docx?language=nb`, admin);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    const parts = await docxParts(bytes);
    const xml = parts['word/document.xml'];
    const textOf = (x: string) => [...x.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs)!;
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid).toHaveLength(12);
      expect(new Set(grid).size).toBeGreaterThan(4);
      const rows = table.match(/<w:tr>.*?<\/w:tr>/gs)!;
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
      expect(rows[0]).toContain('<w:tblHeader/>');
      // No word is wider than its column: "(normaltilnærming)" and every other word fit on one line.
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(rows[1])![1]) / 2;
      rows.forEach((r) => (r.match(/<w:tc>.*?<\/w:tc>/gs) ?? []).forEach((cell, c) => {
        const longest = Math.max(0, ...textOf(cell).split(/\s+/).map((w) => textWidth(w, size)));
        expect(longest * 20 + 216, textOf(cell)).toBeLessThanOrEqual(grid[c]);
      }));
      // d_z and g_av with subscripts, never underscores; t, p, M and SD in italics in the header.
      expect(textOf(table)).not.toMatch(/[dg]_[a-z]/);
      const header = rows[0];
      for (const symbol of ['M', 'SD', 't', 'p', 'd', 'g']) expect(header, symbol).toMatch(new RegExp(`<w:i/>(?:(?!</w:r>).)*<w:t xml:space="preserve">${symbol}</w:t>`, 's'));
      expect(header).toMatch(/<w:vertAlign w:val="subscript"\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">z<\/w:t>/s);
    }
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/gs)!;
    const captions = paragraphs.filter((p) => p.includes('<w:pStyle w:val="Caption"/>'));
    expect(captions.length).toBeGreaterThanOrEqual(4);
    expect(captions.every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    expect(paragraphs.filter((p) => p.includes('<w:drawing>')).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    // The methods text sets its symbols too.
    expect(paragraphs.some((p) => textOf(p).includes('Effektstørrelser') && /<w:vertAlign w:val="subscript"\/>/.test(p))).toBe(true);
    expect(textOf(xml)).not.toMatch(/\b[dg]_(z|av)\b/);
    // The document language on the styles and on the runs.
    expect(parts['word/styles.xml']).toContain('<w:lang w:val="nb-NO"/>');
    expect(xml).toContain('<w:lang w:val="nb-NO"/>');
    // Contents and lists of tables and figures, filled in; a cross-reference to each table.
    expect(xml).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(xml).toMatch(/<w:fldSimple w:instr="REF _Ref_T1 \\h"><w:r><w:t xml:space="preserve">Tabell 1<\/w:t>/);
    // The confidence interval is described as what it is, not as where the true value "probably" lies.
    expect(textOf(xml)).not.toContain('ligger trolig mellom');
    expect(textOf(xml)).toContain('95 % konfidensintervall for den gjennomsnittlige endringen');
    // The histogram: round whole-number ticks (more than 0 and the maximum) and titled axes.
    const media = await unzipEntries(new Uint8Array(bytes), 'docx', /^word\/media\/.*\.svg$/);
    const histograms = [...media.values()].map((m) => strFromU8(m)).filter((svg) => svg.includes('Antall deltakere'));
    expect(histograms.length).toBeGreaterThan(0);
    for (const svg of histograms) {
      expect(svg).toContain('Skåre på skalaen');
      const ticks = [...svg.matchAll(/text-anchor="end" font-size="10">(\d+)<\/text>/g)].map((m) => Number(m[1]));
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks[0]).toBe(0);
      const step = ticks[1] - ticks[0];
      expect(ticks.every((v, i) => v === i * step)).toBe(true);
    }
  });

  it('the same report as a PDF: contents with page numbers, the tables, Norwegian letters, language set', async () => {
    const res = await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/report.pdf?language=nn`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const meta = await getMeta(bytes.slice());
    expect((meta.info as Record<string, unknown>).Language).toBe('nn-NO');
    const { text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: false });
    const pages = text as string[];
    expect(pages[0]).toContain('Innhald');
    const entry = /Samandrag\s*\n?\s*(\d+)/.exec(pages[0]);
    expect(entry).not.toBeNull();
    expect(pages[Number(entry![1]) - 1]).toContain('Samandrag');
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Tabell 1');
    expect(all).toContain('Alle kurs samla');
    expect(all).toContain('95 % konfidensintervall for den gjennomsnittlege endringa');
    expect(all).not.toMatch(/[dg]_(z|av)/);
    expect((await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}/report.pdf?language=xx`, admin)).status).toBe(400);
  });

  it('a municipal contact sees only their course, with small cells suppressed; a facilitator is refused', async () => {
    const a = await json(`/programmes/${programmeId}/prepost/${instrumentId}`, contact);
    expect(a.courses.map((c: any) => c.municipalityId)).toEqual([municipalityIds[1]]);
    expect(a.suppressing).toBe(true);
    expect((await call('GET', `/programmes/${programmeId}/prepost/${instrumentId}`, facilitator)).status).toBe(403);
  });

  it('small groups are suppressed for a contact, shown to the researcher', async () => {
    const def = knowledgeAttitudeDefinition(4);
    const answers = (v: number) => ({ k01: v, k02: v, a01: v, a02: v });
    const small = await insertPrePostStudy(db, programmeId, null, def, [{ municipalityId: municipalityIds[1], activityId: null, respondents: [1, 2, 3].map((i) => ({ code: `s${i}`, pre: answers(2), post: answers(2 + i) })) }]);
    const forContact = await json(`/programmes/${programmeId}/prepost/${small}`, contact);
    expect(forContact.scales[0].result.courses[0]).toMatchObject({ suppressed: true, pre: null, tests: null });
    expect(JSON.stringify(forContact)).not.toContain('"meanDifference"');
    const forAdmin = await json(`/programmes/${programmeId}/prepost/${small}`);
    expect(forAdmin.scales[0].result.courses[0]).toMatchObject({ suppressed: false, nPairs: 3 });
    expect(forAdmin.scales[0].result.courses[0].tests.pairedT.meanDifference).toBeCloseTo(2, 12);
  });
});
