import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestApp } from '../../../test/support/app.js';
import { loadDemoData } from '../demo/load.js';

let t: TestApp;
let admin: Caller;
const ids: Record<string, string> = {};
const json = async (res: Response) => (await res.json()) as any;
const groupsOf = async (programme: string, as: Caller) => json(await t.call('GET', `/api/v1/programmes/${ids[programme]}/groups`, { as }));

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.database.db);
  admin = await t.signIn('admin@varde.example', { isAdmin: true });
  for (const p of await json(await t.call('GET', '/api/v1/programmes', { as: admin }))) ids[p.kind] = p.id;
});
afterAll(() => t.close());

describe('groups', () => {
  it('the learning network has one improvement team per municipality (15); creating again adds none', async () => {
    const overview = await groupsOf('learning_network', admin);
    expect(overview.groups.filter((g: any) => g.kind === 'improvement_team')).toHaveLength(15);
    const again = await json(await t.call('POST', `/api/v1/programmes/${ids.learning_network}/groups/improvement-teams`, { as: admin }));
    expect(again.created).toBe(0);
  });

  it('warns about municipalities without a contact person in the contact group', async () => {
    const overview = await groupsOf('codesign', admin);
    expect(overview.hasContactGroup).toBe(true);
    // The demo has contacts for Bærum and Tromsø only.
    expect(overview.municipalitiesWithoutContact.map((m: any) => m.name).sort()).toHaveLength(2);
    expect(overview.municipalitiesWithoutContact.map((m: any) => m.name)).not.toContain('Bærum');
  });

  it('a municipal contact sees and edits only their own improvement team', async () => {
    const contact = await t.signIn('kontakt.baerum@varde.example');
    await t.call('POST', `/api/v1/programmes/${ids.codesign}/groups/improvement-teams`, { as: admin });
    const seen = await groupsOf('codesign', contact);
    expect(seen.groups).toHaveLength(1);
    expect(seen.groups[0]).toMatchObject({ kind: 'improvement_team', canEdit: true });
    const all = await groupsOf('codesign', admin);
    const other = all.groups.find((g: any) => g.kind === 'improvement_team' && g.municipalityId !== seen.groups[0].municipalityId);
    const path = (g: any) => `/api/v1/programmes/${ids.codesign}/groups/${g.id}`;
    expect((await t.call('PATCH', path(seen.groups[0]), { as: contact, body: { workPlan: 'Kartlegge, prøve ut, måle' } })).status).toBe(200);
    expect((await t.call('PATCH', path(other), { as: contact, body: { workPlan: 'Nei' } })).status).toBe(404);
    expect((await t.call('DELETE', path(seen.groups[0]), { as: contact })).status).toBe(403);
  });

  it('researchers see participant members by code only', async () => {
    const researcher = await t.signIn('forsker@varde.example');
    const text = JSON.stringify(await groupsOf('codesign', researcher));
    const expert = (await groupsOf('codesign', researcher)).groups.find((g: any) => g.kind === 'expert_group');
    const member = expert.members.find((m: any) => m.kind === 'participant');
    expect(member.displayName).toBe(member.code);
    expect(text).not.toContain('@deltaker.example');
  });

  it('adding someone again changes their role instead of a second membership', async () => {
    const overview = await groupsOf('codesign', admin);
    const project = overview.groups.find((g: any) => g.kind === 'project_group');
    const userId = project.members[0].userId;
    await t.call('POST', `/api/v1/programmes/${ids.codesign}/groups/${project.id}/members`, { as: admin, body: { userId, role: 'measurement_lead' } });
    const after = (await groupsOf('codesign', admin)).groups.find((g: any) => g.id === project.id);
    expect(after.members.filter((m: any) => m.userId === userId)).toEqual([expect.objectContaining({ role: 'measurement_lead' })]);
  });
});
