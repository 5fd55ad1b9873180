import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisApi } from '../../../test/support/analysis-api.js';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { auditLog } from '../audit/schema.js';

let t: TestApp;
let admin: Caller;
let coordinator: Caller;
let researcher: Caller;
let researcher2: Caller;
let observer: Caller;
let p: string;
const { api, json, get, addDoc, code, coding } = analysisApi(() => ({ t, programmeId: p, coordinator }));
const settleCall = (as: Caller, body: Record<string, unknown>) => t.call('POST', api('/agreement/settle'), { as, body });
const settle = async (as: Caller, body: Record<string, unknown>) => {
  const res = await settleCall(as, body);
  if (res.status !== 200) throw new Error(`settle: ${res.status} ${await res.text()}`);
  return json(res);
};
const setBlind = (blindCoding: boolean) => t.call('PUT', api('/settings'), { as: coordinator, body: { blindCoding } });
const rangesOf = async (documentId: string, codeId: string, coderId: string) =>
  (await get(coordinator, `/documents/${documentId}/codings`)).codings
    .filter((c: any) => c.codeId === codeId && c.coderId === coderId)
    .map((c: any) => [c.start, c.end])
    .sort((a: number[], b: number[]) => a[0] - b[0]);
const agreementFor = async (documentId: string, codeId: string) => {
  const report = await get(coordinator, `/agreement?coderA=${researcher.userId}&coderB=${researcher2.userId}&documentId=${documentId}`);
  return { result: report.perCode.find((x: any) => x.codeId === codeId).result, disagreements: report.disagreements.filter((d: any) => d.codeId === codeId) };
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin@test.example', { isAdmin: true });
  const programme = await json(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: 'Avgjering', startsOn: '2026-01-01', endsOn: '2026-12-31' } }));
  p = programme.id;
  for (const [email, role] of [['k@test.example', 'coordinator'], ['r1@test.example', 'researcher'], ['r2@test.example', 'researcher'], ['o@test.example', 'observer']])
    await t.call('POST', `/api/v1/programmes/${p}/roles`, { as: admin, body: { email, name: `Person ${role}`, role } });
  coordinator = await t.signIn('k@test.example');
  researcher = await t.signIn('r1@test.example');
  researcher2 = await t.signIn('r2@test.example');
  observer = await t.signIn('o@test.example');
});
afterAll(() => t.close());

describe('settling disagreements', () => {
  it('reference case (1,000 chars, A [0,200), B [100,300)): keep both disagreements → 100 % for the code, audited', async () => {
    const doc = await addDoc('Referanse', 'abcdefghij'.repeat(100));
    const c = await code('Referanse');
    await coding(researcher, doc.id, c.id, 0, 200);
    await coding(researcher2, doc.id, c.id, 100, 300);
    const before = await agreementFor(doc.id, c.id);
    expect(before.result.percentAgreement).toBeCloseTo(0.8, 10);
    expect(before.result.cohensKappa.value).toBeCloseTo(0.375, 10);
    expect(before.disagreements.map((d: any) => [d.coder, d.start, d.end, d.text.length])).toEqual([['A', 0, 100, 100], ['B', 200, 300, 100]]);

    const base = { documentId: doc.id, codeId: c.id, coderA: researcher.userId, coderB: researcher2.userId, decision: 'keep' };
    const first = await settle(coordinator, { ...base, start: 200, end: 300 });
    expect(first).toMatchObject({ settled: true, holderId: researcher2.userId, createdCodingIds: [expect.any(String)], removedCodingIds: [] });
    const second = await settle(coordinator, { ...base, start: 0, end: 100 });
    expect(second).toMatchObject({ settled: true, holderId: researcher.userId });
    expect(await rangesOf(doc.id, c.id, researcher.userId)).toEqual([[0, 200], [200, 300]]);
    expect(await rangesOf(doc.id, c.id, researcher2.userId)).toEqual([[0, 100], [100, 300]]);

    const after = await agreementFor(doc.id, c.id);
    expect(after.result.percentAgreement).toBe(1);
    expect(after.disagreements).toEqual([]);

    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'analysis.disagreement.settle'), eq(auditLog.entityId, first.createdCodingIds[0])));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorId).toBe(coordinator.userId);
    expect(audit[0].after).toMatchObject({ decision: 'keep', coderA: researcher.userId, coderB: researcher2.userId, holderId: researcher2.userId, lackingId: researcher.userId, start: 200, end: 300 });

    // Settling again changes nothing.
    expect(await settle(coordinator, { ...base, start: 200, end: 300 })).toMatchObject({ settled: false, createdCodingIds: [] });
    expect(await rangesOf(doc.id, c.id, researcher.userId)).toEqual([[0, 200], [200, 300]]);
  });

  it('remove: deletes a coding inside the range, shrinks one that reaches beyond it, splits one around it', async () => {
    const doc = await addDoc('Fjerning', 'x'.repeat(200));
    const c = await code('Fjerning');
    await coding(researcher, doc.id, c.id, 10, 60); // A: [10,60) — B agrees on [20,40)
    await coding(researcher2, doc.id, c.id, 20, 40);
    await coding(researcher, doc.id, c.id, 100, 190); // A: [100,190) — B agrees on [100,120) and [150,190)
    await coding(researcher2, doc.id, c.id, 100, 120);
    await coding(researcher2, doc.id, c.id, 150, 190);
    await coding(researcher2, doc.id, c.id, 70, 80); // only B
    const base = { documentId: doc.id, codeId: c.id, coderA: researcher.userId, coderB: researcher2.userId, decision: 'remove' };

    const shrink = await settle(coordinator, { ...base, start: 40, end: 60 });
    expect(shrink).toMatchObject({ settled: true, holderId: researcher.userId, changedCodingIds: [expect.any(String)], removedCodingIds: [], createdCodingIds: [] });
    const split = await settle(coordinator, { ...base, start: 120, end: 150 });
    expect(split.changedCodingIds).toHaveLength(1);
    expect(split.createdCodingIds).toHaveLength(1);
    const whole = await settle(coordinator, { ...base, start: 70, end: 80 });
    expect(whole).toMatchObject({ holderId: researcher2.userId, removedCodingIds: [expect.any(String)] });
    expect(await rangesOf(doc.id, c.id, researcher.userId)).toEqual([[10, 40], [100, 120], [150, 190]]);
    expect(await rangesOf(doc.id, c.id, researcher2.userId)).toEqual([[20, 40], [100, 120], [150, 190]]);
    await settle(coordinator, { ...base, start: 10, end: 20 });
    expect(await rangesOf(doc.id, c.id, researcher.userId)).toEqual([[20, 40], [100, 120], [150, 190]]);

    const segments = await get(coordinator, `/codes/${c.id}/segments?coderId=${researcher.userId}`);
    expect(segments.find((s: any) => s.start === 150)?.text).toBe('x'.repeat(40));
    expect((await agreementFor(doc.id, c.id)).result.percentAgreement).toBe(1);
  });

  it('refuses a range that is only partly a disagreement (409), bad ranges and the same coder twice (400)', async () => {
    const doc = await addDoc('Ugyldig', 'y'.repeat(50));
    const c = await code('Ugyldig');
    await coding(researcher, doc.id, c.id, 0, 30);
    await coding(researcher2, doc.id, c.id, 10, 30);
    const base = { documentId: doc.id, codeId: c.id, coderA: researcher.userId, coderB: researcher2.userId, decision: 'keep' };
    expect((await settleCall(coordinator, { ...base, start: 5, end: 20 })).status).toBe(409);
    const out = await settleCall(coordinator, { ...base, start: 40, end: 51 });
    expect(out.status).toBe(400);
    expect((await json(out)).errors[0].message).toContain('50 tegn');
    expect((await settleCall(coordinator, { ...base, start: 20, end: 20 })).status).toBe(400);
    expect((await settleCall(coordinator, { ...base, coderB: researcher.userId, start: 0, end: 10 })).status).toBe(400);
    expect((await settleCall(coordinator, { ...base, decision: 'maybe', start: 0, end: 10 })).status).toBe(400);
    expect(await rangesOf(doc.id, c.id, researcher2.userId)).toEqual([[10, 30]]);
  });

  it('blind coding on: only the coordinator settles; off: a researcher may too; an observer never', async () => {
    const doc = await addDoc('Blind', 'z'.repeat(60));
    const c = await code('Blind');
    await coding(researcher, doc.id, c.id, 0, 20);
    const body = { documentId: doc.id, codeId: c.id, start: 0, end: 20, coderA: researcher.userId, coderB: researcher2.userId, decision: 'keep' };
    expect((await get(coordinator, '/settings')).blindCoding).toBe(true);
    expect((await settleCall(researcher, body)).status).toBe(403);
    expect((await settleCall(observer, body)).status).toBe(403);
    expect(await rangesOf(doc.id, c.id, researcher2.userId)).toEqual([]);
    await setBlind(false);
    try {
      expect((await settleCall(observer, body)).status).toBe(403);
      expect(await settle(researcher2, body)).toMatchObject({ settled: true, holderId: researcher.userId });
      expect(await rangesOf(doc.id, c.id, researcher2.userId)).toEqual([[0, 20]]);
    } finally {
      await setBlind(true);
    }
  });
});

describe('themes read as a choice between their codes (multi-category agreement)', () => {
  it('gives kappa and alpha on which child code each coder chose, beside the per-code figures', async () => {
    const doc = await addDoc('Valg', 'x'.repeat(100));
    const theme = await code('Møtet');
    const heard = await code('Hørt', { parentId: theme.id });
    const overlooked = await code('Oversett', { parentId: theme.id });
    // A: heard [0,60), overlooked [60,100); B: heard [0,40), overlooked [40,100): 20 characters of disagreement in 100.
    await coding(researcher, doc.id, heard.id, 0, 60);
    await coding(researcher, doc.id, overlooked.id, 60, 100);
    await coding(researcher2, doc.id, heard.id, 0, 40);
    await coding(researcher2, doc.id, overlooked.id, 40, 100);
    const report = await get(coordinator, `/agreement?coderA=${researcher.userId}&coderB=${researcher2.userId}&documentId=${doc.id}`);
    const row = report.byTheme.find((x: any) => x.themeId === theme.id);
    expect(row.values.map((v: any) => v.name)).toEqual(['Hørt', 'Oversett']);
    expect(row.units).toBe(100);
    expect(row.percentAgreement.value).toBeCloseTo(0.8, 12);
    // pA(heard) = .6, pB(heard) = .4: pe = .6·.4 + .4·.6 = .48, kappa = (.8 − .48)/.52.
    expect(row.cohensKappa.value).toBeCloseTo(0.32 / 0.52, 12);
    // n = 200, o(heard,overlooked) = 2·20, n_heard = 100, n_overlooked = 100: alpha = 1 − 199·40/(2·100·100).
    expect(row.krippendorffAlpha.value).toBeCloseTo(1 - (199 * 40) / 20000, 12);
  });
});
