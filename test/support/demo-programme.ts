import { loadDemoData } from '../../src/modules/demo/load.js';
import type { Caller, TestApp } from './app.js';

/** Loads the demo data into the test app and signs its admin in; returns the admin and the demo's codesign programme. */
export async function demoCodesignProgramme(t: TestApp): Promise<{ admin: Caller; programmeId: string }> {
  await loadDemoData(t.database.db);
  const admin = await t.signIn('admin@varde.example', { isAdmin: true });
  const programmes = (await (await t.call('GET', '/api/v1/programmes', { as: admin })).json()) as { id: string; kind: string }[];
  return { admin, programmeId: programmes.find((p) => p.kind === 'codesign')!.id };
}
