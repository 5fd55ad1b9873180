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

  it('marks held what its own data shows happened, so the overview shows the EBCD stage reached per municipality', async () => {
    const stages = await get('/ebcd-stages');
    const of = (name: string) => stages.find((s: any) => s.name === name);
    // Bærum: interviews, the joint feedback meeting with the board, and the workshop with ideas and a storyboard.
    expect([of('Bærum').stage, of('Bærum').next]).toEqual(['codesign_workshop', 'course']);
    // Tromsø: interviews and the joint feedback meeting its target areas came from.
    expect(of('Tromsø').stage).toBe('joint_meeting');
    expect(of('Sandnes').stage).toBe('none');
    expect(of('Trondheim').stage).toBe('none');
    const plan = (await (await t.call('GET', `/api/v1/programmes/${p}/activities`, { as: admin })).json()) as { activities: { status: string; typeKey: string }[] };
    expect(plan.activities.filter((a) => a.status === 'held').map((a) => a.typeKey).sort()).toEqual(['codesign_workshop', 'feedback_meeting', 'feedback_meeting', 'interview', 'interview', 'interview', 'interview']);
  });
});
