// Responses out (issue 5, item 8): 100 000 responses of the sample instrument exported as CSV and as XLSX
// through the real route (in-process app, real PostgreSQL), the body read as a stream the way a browser
// would. Prints rows per second and the process's peak RSS during each export next to the RSS before it:
// constant memory means the peak does not grow with the number of rows (BENCH_ROWS scales the run).
// Run with NODE_OPTIONS=--expose-gc to also see the live heap (after full collections every 20 chunks): peak RSS
// includes garbage V8 has not collected yet; the live heap is what the export really holds. The collections slow it.
// Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { readConfig } from '../src/config.js';
import { connect } from '../src/db/client.js';
import { startEmbeddedCluster, type EmbeddedCluster } from '../src/db/embedded.js';
import { applyMigrations } from '../src/db/migrate.js';
import { startSession } from '../src/modules/auth/sessions.js';
import { findOrCreateUser } from '../src/modules/auth/users.js';
import { sampleDefinition } from '../src/modules/questionnaires/fixtures.js';
import { instrumentVersions, instruments, surveys } from '../src/modules/questionnaires/schema.js';
import { createApp } from '../src/server/app.js';

const rows = Number(process.env.BENCH_ROWS ?? 100_000);
const origin = 'http://localhost:3000';
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main() {
  let cluster: EmbeddedCluster | undefined;
  let dir: string | undefined;
  let url = process.env.DATABASE_URL;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-export-'));
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
    const created = await app.request(`${origin}/api/v1/programmes`, { method: 'POST', headers, body: JSON.stringify({ kind: 'codesign', name: 'Bench', startsOn: '2026-01-01', endsOn: '2026-12-31' }) });
    const programmeId = ((await created.json()) as { id: string }).id;
    const [instrument] = await db.insert(instruments).values({ programmeId, title: { nb: 'Bench' } }).returning();
    const [version] = await db.insert(instrumentVersions).values({ instrumentId: instrument.id, version: 1, status: 'published', definition: sampleDefinition(), publishedAt: new Date() }).returning();
    const [survey] = await db.insert(surveys).values({ programmeId, instrumentVersionId: version.id, title: { nb: 'Bench' }, mode: 'anonymous', status: 'open' }).returning();

    const loadStart = performance.now();
    await db.execute(sql`insert into responses (survey_id, instrument_version_id, resume_token_hash, answers, scores, status, started_at, submitted_at)
      select ${survey.id}, ${version.id}, 'b-' || i,
        jsonb_build_object('q1', 1 + i % 5, 'q2', 1 + i % 4, 'role', (array['1','2','9'])[1 + i % 3], 'role_other', case when i % 3 = 2 then 'Erfaringskonsulent nr ' || i end,
          'areas', jsonb_build_array('1', (1 + i % 3)::text), 'g1', (1 + i % 4)::text, 'g2', (1 + (i * 7) % 4)::text, 'g3', (1 + (i * 3) % 4)::text,
          'years', i % 40, 'hours', (i % 100) / 10.0, 'start', '2026-03-01', 'consent', (i % 2)::text, 'mood', i % 11, 'email', 'person' || i || '@deltaker.example'),
        jsonb_build_object('core', 4 + i % 13, 'grid_mean', 1 + (i % 4) / 2.0), 'complete',
        timestamptz '2026-01-01' + i * interval '1 second', timestamptz '2026-01-01' + i * interval '1 second' + interval '5 minutes'
      from generate_series(1, ${rows}) i`);
    await db.execute(sql`analyze responses`);
    console.log(`export.load_${rows}_responses: ${Math.round(performance.now() - loadStart)} ms`);

    for (const kind of ['csv', 'xlsx'] as const) {
      // Warm up (loads exceljs, plans the query) so the measured run is the steady state.
      await (await app.request(`${origin}/api/v1/programmes/${programmeId}/surveys/${survey.id}/responses.${kind}`, { headers })).arrayBuffer();
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const heapBefore = process.memoryUsage().heapUsed;
      let heapPeak = heapBefore;
      const sample = () => {
        const m = process.memoryUsage();
        peak = Math.max(peak, m.rss);
        heapPeak = Math.max(heapPeak, m.heapUsed);
      };
      const sampler = setInterval(sample, 10);
      const started = performance.now();
      const res = await app.request(`${origin}/api/v1/programmes/${programmeId}/surveys/${survey.id}/responses.${kind}?labels=1`, { headers });
      let bytes = 0;
      let chunks = 0;
      let liveMax = 0;
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        sample();
        // Now and then a full collection: what survives it is what the export really holds (garbage aside).
        if (global.gc && ++chunks % 20 === 0) {
          global.gc();
          liveMax = Math.max(liveMax, process.memoryUsage().heapUsed - heapBefore);
        }
      }
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      console.log(`export.${kind}.rows_per_second: ${Math.round(rows / seconds)} rows/s`);
      console.log(`export.${kind}.seconds: ${seconds.toFixed(2)} s`);
      console.log(`export.${kind}.file_size: ${mb(bytes)} MB`);
      console.log(`export.${kind}.rss_before: ${mb(before)} MB`);
      console.log(`export.${kind}.rss_peak: ${mb(peak)} MB`);
      console.log(`export.${kind}.rss_growth: ${mb(peak - before)} MB`);
      // The JS heap (what the export itself holds, garbage included): run with NODE_OPTIONS=--expose-gc for a clean start.
      console.log(`export.${kind}.heap_peak_growth: ${mb(heapPeak - heapBefore)} MB`);
      if (global.gc) console.log(`export.${kind}.live_heap_growth_max: ${mb(liveMax)} MB`);
    }
  } finally {
    await handle.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

await main();
