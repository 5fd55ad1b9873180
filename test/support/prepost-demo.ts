import { loadActor } from '../../src/modules/access/actor.js';
import { loadPrePostDemo } from '../../src/modules/demo/prepost.js';
import type { Caller, TestApp } from './app.js';

/**
 * A codesign programme made through the API by a signed-in admin, with four municipalities, a
 * municipal contact for one of them (who may see only that course) and the demo's pre/post study
 * loaded: the starting point of the pre/post and course-experience database tests.
 */
export async function prePostDemoProgramme(
  t: TestApp,
  options: { name: string; municipalities: readonly { number: string }[]; contact: { email: string; municipalityIndex: number } },
) {
  const body = async (res: Response) => (await res.json()) as any;
  const admin: Caller = await t.signIn('admin@varde.test', { isAdmin: true });
  const programmeId: string = (await body(await t.call('POST', '/api/v1/programmes', { as: admin, body: { kind: 'codesign', name: options.name, startsOn: '2026-01-01', endsOn: '2027-12-31' } }))).id;
  const municipalityIds: string[] = [];
  for (const m of options.municipalities) municipalityIds.push((await body(await t.call('POST', `/api/v1/programmes/${programmeId}/municipalities`, { as: admin, body: { number: m.number } }))).id);
  const { email, municipalityIndex } = options.contact;
  await t.call('POST', `/api/v1/programmes/${programmeId}/roles`, { as: admin, body: { email, name: 'Kontakt', role: 'municipal_contact', municipalityIds: [municipalityIds[municipalityIndex]] } });
  const contact = await t.signIn(email);
  const instrumentId = await loadPrePostDemo(t.database.db, (await loadActor(t.database.db, admin.userId))!, programmeId, municipalityIds);
  return { admin, contact, programmeId, municipalityIds, instrumentId };
}
