// Respondent throughput as people feel it (issue 18): a real `npm start` on a fresh data directory (demo loaded),
// driven over TCP by keep-alive HTTP clients. One flow = GET the first page of a 20-item Likert questionnaire
// (as a browser asks for it, gzip/br accepted), then POST the whole form and check the receipt — the post starts,
// validates, scores and completes a response in one committed transaction (fsync on: the embedded cluster's default).
// At 50 and 200 concurrent respondents it prints flows per second, p50/p99 of a whole flow and the errors; then
// the raw single-row INSERT ceiling of the same database in the same run (same pool size and concurrency as
// bench/respond.ts). BENCH_SECONDS (default 10) per level; VARDE_WORKERS passes through to the server;
// BENCH_CPU_PROF=<dir> runs the server under `node --cpu-prof` (profiles land in that directory).
import { randomBytes } from 'node:crypto';
import { benchDefinition } from './likert-questionnaire.js';
import http from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { connect } from '../src/db/client.js';
import { freePort } from '../src/db/embedded.js';
import { tokenHash } from '../src/modules/questionnaires/keys.js';
import { instrumentVersions, instruments, surveys } from '../src/modules/questionnaires/schema.js';
import { programmes } from '../src/modules/programmes/schema.js';
import { cmdline, databaseUrl, descendants, startServer, stopServer } from './processes.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const levels = (process.env.BENCH_LEVELS ?? '50,200').split(',').map(Number);
const target = { flowsPerSecond: 400, p99Ms: 250 };

const definition = benchDefinition;

/**
 * CPU seconds used so far by the server's Node processes and by its PostgreSQL (robust on a shared machine, unlike
 * rates). The postmaster's and the primary's reaped children count too (a backend whose connection closed).
 */
async function cpuSeconds(root: number): Promise<{ app: number; db: number }> {
  const out = { app: 0, db: 0 };
  for (const pid of [root, ...(await descendants(root))]) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmd = await cmdline(pid);
    const own = (Number(fields[11]) + Number(fields[12])) / 100;
    const reaped = (Number(fields[13]) + Number(fields[14])) / 100;
    if (/postgres -D/.test(cmd)) out.db += own + reaped;
    else if (/postgres/.test(cmd)) out.db += own;
    else if (/src\/main\.ts/.test(cmd)) out.app += own + (/cli\.mjs|\.bin\/tsx/.test(cmd) ? 0 : reaped);
  }
  return out;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const line = (name: string, value: number | string, unit: string) => console.log(`respond_http.${name}: ${value} ${unit}`);

interface Answer {
  status: number;
  body: string;
  encoding: string | undefined;
  wire: number;
}

function request(agent: http.Agent, port: number, method: 'GET' | 'POST', p: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'accept-encoding': 'gzip, deflate, br', 'accept-language': 'nb-NO,nb;q=0.9', accept: 'text/html' };
    if (body !== undefined) Object.assign(headers, { origin: `http://localhost:${port}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) });
    const req = http.request({ agent, host: '127.0.0.1', port, method, path: p, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const plain = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, body: plain.toString('utf8'), encoding, wire: raw.byteLength });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-http-'));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const env: Record<string, string> = { VARDE_DEMO: 'on' };
  // Node 20 refuses --cpu-prof in NODE_OPTIONS: under a profile the server starts as npm start's last step does, with the flag.
  const profile = process.env.BENCH_CPU_PROF ? ['node', '--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`, '--import', 'tsx', 'src/main.ts'] : undefined;
  const server = await startServer(dataDir, port, env, profile);
  line('server_start', server.seconds.toFixed(2), 's');
  const handle = connect(await databaseUrl(dataDir), 20);
  try {
    const db = handle.db;
    const [programme] = await db.insert(programmes).values({ kind: 'learning_network', name: 'Bench HTTP', startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
    const [instrument] = await db.insert(instruments).values({ programmeId: programme.id, title: definition.title }).returning();
    const [version] = await db.insert(instrumentVersions).values({ instrumentId: instrument.id, version: 1, status: 'published', definition, publishedAt: new Date() }).returning();
    const [survey] = await db.insert(surveys).values({ programmeId: programme.id, instrumentVersionId: version.id, title: definition.title, mode: 'anonymous', display: 'whole', status: 'open' }).returning();
    const token = randomBytes(18).toString('base64url');
    await db.update(surveys).set({ publicTokenHash: tokenHash(token) }).where(sql`id = ${survey.id}`);
    const surveyPath = `/s/${token}`;
    const form = new URLSearchParams([['_screen', '1'], ['_lang', 'nb'], ['_action', 'submit'], ...Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, String(1 + (i % 5))] as [string, string])]).toString();

    let lastError = '';
    /** A new respondent (no cookie): the first page, then the whole form; the receipt proves the response completed. */
    const flow = async (agent: http.Agent) => {
      const page = await request(agent, port, 'GET', surveyPath);
      if (page.status !== 200 || !page.body.includes('name="p20"')) throw new Error(`first page answered ${page.status}`);
      if (!page.encoding) throw new Error('the first page was not compressed');
      const done = await request(agent, port, 'POST', surveyPath, form);
      if (done.status !== 200 || !done.body.includes('data-testid="receipt"')) throw new Error(`submission answered ${done.status}`);
      return page.wire;
    };

    const firstAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    line('first_page_wire', await flow(firstAgent), 'bytes');
    firstAgent.destroy();

    for (const concurrency of levels) {
      const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
      const run = async (ms: number) => {
        const latencies: number[] = [];
        let errors = 0;
        const until = performance.now() + ms;
        const t0 = performance.now();
        await Promise.all(Array.from({ length: concurrency }, async () => {
          while (performance.now() < until) {
            const started = performance.now();
            try {
              await flow(agent);
              latencies.push(performance.now() - started);
            } catch (e) {
              errors++;
              lastError = e instanceof Error ? e.message : String(e);
            }
          }
        }));
        return { latencies: latencies.sort((a, b) => a - b), errors, elapsed: (performance.now() - t0) / 1000 };
      };
      await run(Math.min(3000, seconds * 300)); // warm-up: JIT, pools, caches
      const cpuBefore = await cpuSeconds(server.child.pid!);
      const r = await run(seconds * 1000);
      const cpuAfter = await cpuSeconds(server.child.pid!);
      line(`c${concurrency}.flows_per_s`, (r.latencies.length / r.elapsed).toFixed(1), `per_s (target at 200: ≥ ${target.flowsPerSecond})`);
      line(`c${concurrency}.p50`, quantile(r.latencies, 0.5).toFixed(1), 'ms');
      line(`c${concurrency}.p99`, quantile(r.latencies, 0.99).toFixed(1), `ms (target at 200: ≤ ${target.p99Ms})`);
      line(`c${concurrency}.errors`, r.errors, r.errors ? `count (last: ${lastError})` : 'count');
      // What a flow costs, whatever else the machine is doing: CPU of the app's processes and of PostgreSQL per completed flow.
      line(`c${concurrency}.app_cpu_per_flow`, ((1000 * (cpuAfter.app - cpuBefore.app)) / Math.max(1, r.latencies.length)).toFixed(2), 'ms');
      line(`c${concurrency}.db_cpu_per_flow`, ((1000 * (cpuAfter.db - cpuBefore.db)) / Math.max(1, r.latencies.length)).toFixed(2), 'ms');
      agent.destroy();
    }

    // The ceiling: single-row INSERTs of a completed response into the same table of the same database, 200 at once.
    const answers = JSON.stringify(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, 1 + (i % 5)])));
    const count = Number(process.env.BENCH_INSERTS ?? 4000);
    let n = 0;
    const i0 = performance.now();
    await Promise.all(Array.from({ length: 200 }, async () => {
      while (n++ < count)
        await db.execute(sql`insert into responses (survey_id, instrument_version_id, resume_token_hash, answers, status) values (${survey.id}, ${version.id}, ${randomBytes(16).toString('hex')}, ${answers}::jsonb, 'complete')`);
    }));
    line('raw_insert_per_s', (count / ((performance.now() - i0) / 1000)).toFixed(1), 'per_s');
    const synchronous = await db.execute(sql`show synchronous_commit`);
    const fsync = await db.execute(sql`show fsync`);
    line('durability', `fsync=${(fsync.rows[0] as { fsync: string }).fsync},synchronous_commit=${(synchronous.rows[0] as { synchronous_commit: string }).synchronous_commit}`, 'setting');
  } finally {
    await handle.close();
    await stopServer(server);
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
