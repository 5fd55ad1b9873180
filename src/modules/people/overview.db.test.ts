import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { loadDemoData } from '../demo/load.js';

let t: TestApp;
let admin: Caller;
let codesignId: string;
const json = async (res: Response) => (await res.json()) as any;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.database.db);
  admin = await t.signIn('admin@varde.example', { isAdmin: true });
  const list = await json(await t.call('GET', '/api/v1/programmes', { as: admin }));
  codesignId = list.find((p: any) => p.kind === 'codesign').id;
});
afterAll(() => t.close());

const total = (cells: any[], activityType: string, role: string | null = null) =>
  cells.find((c) => c.municipalityId === null && c.activityType === activityType && c.role === role);

describe('recruitment overview of the demo plan', () => {
  it('totals the plan: 40 leaders for mapping, 32 interviews, 100 course participants', async () => {
    const overview = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/recruitment/overview`, { as: admin }));
    expect(overview.municipalities).toHaveLength(4);
    expect(total(overview.cells, 'mapping_meeting', 'leader').target).toBe(40);
    expect(total(overview.cells, 'interview').target).toBe(32);
    expect(total(overview.cells, 'training_course').target).toBe(100);
    expect(total(overview.cells, 'feedback_meeting').target).toBe(32);
    expect(total(overview.cells, 'codesign_workshop').target).toBe(40);
    // The demo recruits three leaders per municipality to mapping: 12 in all.
    expect(total(overview.cells, 'mapping_meeting', 'leader').recruited).toEqual({ value: 12, suppressed: false });
    const perMunicipality = overview.cells.find((c: any) => c.municipalityId && c.activityType === 'mapping_meeting' && c.role === 'leader');
    expect(perMunicipality).toMatchObject({ target: 10, recruited: { value: 3, suppressed: false } });
  });

  it('suppresses small counts for an observer but not for a researcher', async () => {
    const observer = await t.signIn('observator@varde.example');
    const researcher = await t.signIn('forsker@varde.example');
    const seen = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/recruitment/overview`, { as: observer }));
    expect(seen.suppressing).toBe(true);
    const cell = seen.cells.find((c: any) => c.municipalityId && c.activityType === 'mapping_meeting' && c.role === 'leader');
    expect(cell.recruited).toEqual({ value: null, suppressed: true });
    expect(cell.target).toBe(10);
    expect(total(seen.cells, 'mapping_meeting', 'leader').recruited).toEqual({ value: 12, suppressed: false });
    const full = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/recruitment/overview`, { as: researcher }));
    expect(full.cells.find((c: any) => c.municipalityId && c.activityType === 'mapping_meeting' && c.role === 'leader').recruited.value).toBe(3);
  });

  it('a coordinator changes the threshold; then a count of 3 shows for an observer', async () => {
    const coordinator = await t.signIn('koordinator@varde.example');
    expect((await t.call('PATCH', `/api/v1/programmes/${codesignId}`, { as: coordinator, body: { smallCellThreshold: 3 } })).status).toBe(200);
    const observer = await t.signIn('observator@varde.example');
    const seen = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/recruitment/overview`, { as: observer }));
    expect(seen.threshold).toBe(3);
    expect(seen.cells.find((c: any) => c.municipalityId && c.activityType === 'mapping_meeting' && c.role === 'leader').recruited.value).toBe(3);
  });
});
