import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller } from '../../../test/support/app.js';
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
