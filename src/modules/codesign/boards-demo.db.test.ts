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
  codesignId = (await json(await t.call('GET', '/api/v1/programmes', { as: admin }))).find((p: any) => p.kind === 'codesign').id;
});
afterAll(() => t.close());

describe('the demo EBCD programme has a board with votes', () => {
  it('Bærum’s joint feedback meeting: a closed board, twelve ballots, tallies per role, the accepted idea', async () => {
    const boards = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/boards`, { as: admin }));
    expect(boards).toHaveLength(1);
    expect(boards[0]).toMatchObject({ status: 'closed', mode: 'dots' });
    const view = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/boards/${boards[0].id}`, { as: admin }));
    expect(view.tallies.ballots).toBe(12);
    expect(view.tallies.voters).toMatchObject({ recipient: { value: 6 }, provider: { value: 4 }, leader: { value: 2 } });
    const top = view.tallies.items[0];
    expect(top.label).toBe('Å bli møtt som et helt menneske');
    expect(top.byRole.recipient.points).toBeGreaterThan(top.byRole.provider.points);
    expect(view.items.map((i: any) => i.label)).toContain('Likepersoner med i oppfølgingen etter kurset');
    // Stored for later (threshold 5): the leaders' two votes never leave the room.
    const stored = await json(await t.call('GET', `/api/v1/programmes/${codesignId}/boards/${boards[0].id}/tallies`, { as: admin }));
    expect(stored.tallies.voters.leader).toEqual({ value: null, suppressed: true });
  });
});
