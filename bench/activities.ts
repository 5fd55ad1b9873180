// Activity plan at scale (issue 4): a codesign programme with BENCH_MUNICIPALITIES municipalities (default 40,
// ten times the seed) gets the seed-000 plan generated through the real routes (in-process app, real
// PostgreSQL); then the plan with its warnings is read, one activity is moved, and the indicators are computed.
// Prints milliseconds per step. Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { readConfig } from '../src/config.js';
import { connect } from '../src/db/client.js';
import { startEmbeddedCluster, type EmbeddedCluster } from '../src/db/embedded.js';
import { applyMigrations } from '../src/db/migrate.js';
import { startSession } from '../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../src/modules/auth/users.js';
import { norwayMunicipalities } from '../src/modules/programmes/norway-municipalities.js';
import { createApp } from '../src/server/app.js';

const count = Number(process.env.BENCH_MUNICIPALITIES ?? 40);
const origin = 'http://localhost:3000';

async function main() {
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-activities-'));
    cluster = await startEmbeddedCluster(path.join(dir, 'pg'), { persistent: false });
    url = cluster.url;
  }
  const handle = connect(url, 5);
  try {
    await applyMigrations(handle.db);
    const db = handle.db;
    const app = createApp({ config: { ...readConfig({ PUBLIC_URL: origin }), logLevel: 'silent' }, db, log: pino({ level: 'silent' }), mailer: { send: async () => {} } });
    const user = await findOrCreateUser(db, { email: 'bench@varde.example', name: 'Bench', isAdmin: true });
    const session = await startSession(db, user.id, 'link');
    const headers = { origin, cookie: `varde_session=${session.secret}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
    const call = async (method: string, p: string, body?: unknown) => {
      const res = await app.request(`${origin}/api/v1${p}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<any>;
    };
    const programmeId = (await call('POST', '/programmes', { kind: 'codesign', name: 'Bench', startsOn: '2026-01-01', endsOn: '2026-12-31' })).id;
    for (const m of norwayMunicipalities.slice(0, count)) await call('POST', `/programmes/${programmeId}/municipalities`, { number: m.number });
    const time = async (name: string, f: () => Promise<unknown>) => {
      const started = performance.now();
      const out = await f();
      console.log(`activities.${name}: ${Math.round(performance.now() - started)} ms`);
      return out as any;
    };
    const generated = await time(`generate_${count}_municipalities`, () => call('POST', `/programmes/${programmeId}/activity-plan/generate`, { template: 'codesign' }));
    console.log(`activities.generated: ${generated.created} activities`);
    await time('generate_again_idempotent', () => call('POST', `/programmes/${programmeId}/activity-plan/generate`, { template: 'codesign' }));
    const plan = await time('read_plan_with_warnings', () => call('GET', `/programmes/${programmeId}/activities`));
    const feedback = plan.activities.find((a: any) => a.typeKey === 'feedback_meeting' && a.variant === 'recipients');
    const interview = plan.activities.find((a: any) => a.typeKey === 'interview' && a.municipalityId === feedback.municipalityId);
    await call('PATCH', `/programmes/${programmeId}/activities/${interview.id}/schedule`, { startsAt: '2026-03-10T10:00:00Z' });
    const moved = await time('schedule_with_warning', () => call('PATCH', `/programmes/${programmeId}/activities/${feedback.id}/schedule`, { startsAt: '2026-03-03T10:00:00Z' }));
    console.log(`activities.warnings_after_move: ${moved.warnings.length} warnings`);
    await time('indicators_programme', () => call('GET', `/programmes/${programmeId}/activity-indicators`));
    await time('indicators_xlsx', async () => (await app.request(`${origin}/api/v1/programmes/${programmeId}/activity-indicators/export?format=xlsx`, { headers })).arrayBuffer());
  } finally {
    await handle.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

await main();
