import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { demoCodesignProgramme } from '../../../test/support/demo-programme.js';

let t: TestApp;
let admin: Caller;
let p: string;
const get = async (path: string) => {
  const res = await t.call('GET', `/api/v1/programmes/${p}/codesign${path}`, { as: admin });
  expect(res.status, path).toBe(200);
  return res.json() as Promise<any>;
};

beforeAll(async () => {
  t = await createTestApp();
  ({ admin, programmeId: p } = await demoCodesignProgramme(t));
});
afterAll(() => t.close());

describe('the demo EBCD programme', () => {
  it('carries touchpoints with emotions on interview segments, in Bærum and Tromsø, for both roles', async () => {
    const touchpoints = await get('/touchpoints');
    expect(touchpoints.length).toBe(19);
    expect(new Set(touchpoints.map((tp: any) => tp.role))).toEqual(new Set(['recipient', 'provider']));
    expect(new Set(touchpoints.map((tp: any) => tp.municipalityId)).size).toBe(2);
    const map = await get('/emotional-map');
    expect(map.points).toHaveLength(19);
    expect(map.chart.svg).toContain('role="img"');
  });

  it('carries target areas that keep votes, touchpoints and quotes, per municipality and for the programme', async () => {
    const { targetAreas } = await get('/target-areas');
    expect(targetAreas).toHaveLength(6);
    const first = targetAreas.find((a: any) => a.title === 'Å bli møtt som et helt menneske');
    expect(first.municipalityName).toBe('Bærum');
    expect(first.votes[0].tally.recipient.value).toBe(14);
    expect(first.votes[0].tally.leader.suppressed).toBe(true);
    expect(first.touchpoints.length).toBe(2);
    expect(first.quotes.length).toBe(1);
    expect(targetAreas.filter((a: any) => a.municipalityId === null).map((a: any) => a.title)).toEqual(['Et felles recovery-språk']);
  });
});
