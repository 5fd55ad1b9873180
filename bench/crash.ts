// Crash safety (issue 11, item 3): 200 concurrent respondents submit a 20-item survey through real HTTP to a real
// `npm start`; mid-stream the server is killed with SIGKILL — round 1 the whole process group (npm, tsx, Node and
// PostgreSQL), round 2 only the Node process (PostgreSQL is orphaned) — and started again on the same data
// directory. Prints, per round, the answers acknowledged (200 with a receipt), those lost (acknowledged but not
// in the database after the restart; must be 0) and the seconds from the restart to /health answering.
// BENCH_KILL_AFTER_MS sets how long the respondents run before the kill (default 4000).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { connect } from '../src/db/client.js';
import { freePort } from '../src/db/embedded.js';
import { InstrumentDefinitionSchema } from '../src/modules/questionnaires/definition.js';
import { publicSurveyToken, tokenHash } from '../src/modules/questionnaires/keys.js';
import { instrumentVersions, instruments, surveys } from '../src/modules/questionnaires/schema.js';
import { programmes } from '../src/modules/programmes/schema.js';
import { databaseUrl, embeddedClient, exited, nodeProcess, startServer, stopServer, type Server } from './processes.js';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 200);
const killAfterMs = Number(process.env.BENCH_KILL_AFTER_MS ?? 4000);
const key = randomBytes(32);
const env = { VARDE_ENCRYPTION_KEY: key.toString('base64') };
process.env.VARDE_ENCRYPTION_KEY = env.VARDE_ENCRYPTION_KEY;
const line = (name: string, value: number | string, unit: string) => console.log(`crash.${name}: ${value} ${unit}`);

const text = (nb: string) => ({ nb, nn: nb, en: nb });
const definition = InstrumentDefinitionSchema.parse({
  name: 'crash', title: text('Krasjtest'), languages: ['nb', 'nn', 'en'],
  sections: [{ name: 's', items: Array.from({ length: 20 }, (_, i) => ({
    name: `p${i + 1}`, type: 'likert', required: true, label: text(`Påstand ${i + 1}`),
    points: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(String(value)) })),
  })) }],
});

async function openSurvey(dataDir: string): Promise<{ id: string; path: string }> {
  const handle = connect(await databaseUrl(dataDir), 2);
  try {
    const db = handle.db;
    const [programme] = await db.insert(programmes).values({ kind: 'learning_network', name: 'Krasjtest', startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
    const [instrument] = await db.insert(instruments).values({ programmeId: programme.id, title: definition.title }).returning();
    const [version] = await db.insert(instrumentVersions).values({ instrumentId: instrument.id, version: 1, status: 'published', definition, publishedAt: new Date() }).returning();
    const [s] = await db.insert(surveys).values({ programmeId: programme.id, instrumentVersionId: version.id, title: definition.title, mode: 'anonymous', display: 'whole', status: 'open' }).returning();
    const token = publicSurveyToken(key, s.id);
    await db.update(surveys).set({ publicTokenHash: tokenHash(token) }).where(sql`id = ${s.id}`);
    return { id: s.id, path: `/s/${token}` };
  } finally {
    await handle.close();
  }
}

const body = new URLSearchParams([['_screen', '1'], ['_lang', 'nb'], ['_action', 'submit'], ...Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, String(1 + (i % 5))] as [string, string])]).toString();

/** Respondents post until `stop`; resolves the number of submissions answered 200 with a receipt. */
async function respondents(server: Server, surveyPath: string, stopped: { now: boolean }): Promise<{ acknowledged: number; failed: number }> {
  let acknowledged = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!stopped.now) {
        try {
          const res = await fetch(`${server.url}${surveyPath}`, { method: 'POST', headers: { origin: server.url.replace('127.0.0.1', 'localhost'), 'content-type': 'application/x-www-form-urlencoded' }, body, signal: AbortSignal.timeout(10_000) });
          const html = await res.text();
          if (res.status === 200 && html.includes('data-testid="receipt"')) acknowledged++;
          else failed++;
        } catch {
          failed++;
          if (stopped.now) return;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  return { acknowledged, failed };
}

async function round(name: string, dataDir: string, port: number, surveyId: string, surveyPath: string, server: Server, kill: (s: Server) => Promise<void>): Promise<Server> {
  const client = await embeddedClient(dataDir);
  const before = Number((await client.query(`select count(*)::int as n from responses where survey_id = $1 and status = 'complete'`, [surveyId])).rows[0].n);
  await client.end();
  const stopped = { now: false };
  const running = respondents(server, surveyPath, stopped);
  await new Promise((r) => setTimeout(r, killAfterMs));
  await kill(server);
  stopped.now = true;
  const { acknowledged } = await running;
  await exited(server.child);

  const restarted = await startServer(dataDir, port, env);
  const after = await embeddedClient(dataDir);
  const stored = Number((await after.query(`select count(*)::int as n from responses where survey_id = $1 and status = 'complete'`, [surveyId])).rows[0].n) - before;
  await after.end();
  line(`${name}.acknowledged`, acknowledged, 'count');
  line(`${name}.stored`, stored, 'count');
  line(`${name}.lost`, Math.max(0, acknowledged - stored), 'count');
  line(`${name}.restart_seconds`, restarted.seconds.toFixed(2), 's');
  return restarted;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-crash-'));
const dataDir = path.join(dir, 'data');
let server: Server | undefined;
try {
  const port = await freePort();
  server = await startServer(dataDir, port, env);
  const survey = await openSurvey(dataDir);
  line('concurrent_respondents', concurrency, 'count');
  server = await round('process_group', dataDir, port, survey.id, survey.path, server, async (s) => {
    process.kill(-s.child.pid!, 'SIGKILL');
  });
  server = await round('node_only', dataDir, port, survey.id, survey.path, server, async (s) => {
    process.kill(await nodeProcess(s), 'SIGKILL');
  });
} finally {
  if (server) await stopServer(server);
  await rm(dir, { recursive: true, force: true });
}
