// Participant pages (issue 5, item 6): the wire size of the first page of a 20-item questionnaire (HTML with its
// inlined CSS, gzip as the app sends it), then submissions per second with p50/p99 latency for 200 concurrent
// respondents posting the whole form through the real route (in-process app, real PostgreSQL, one transaction per
// post: response row, validation, scoring, completion), next to the raw single-row INSERT rate into the same
// responses table of the same database in the same run (the ceiling), and the ratio.
// Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL. BENCH_SUBMISSIONS scales the run.
import { randomBytes } from 'node:crypto';
import { benchDefinition } from './likert-questionnaire.js';
import { sql } from 'drizzle-orm';
import { publicSurveyToken, tokenHash } from '../src/modules/questionnaires/keys.js';
import { instrumentVersions, instruments, surveys } from '../src/modules/questionnaires/schema.js';
import { programmes } from '../src/modules/programmes/schema.js';
import { benchApp, benchOrigin as origin, openBenchDatabase } from './support.js';

const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 200);
const submissions = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const key = randomBytes(32);
process.env.VARDE_ENCRYPTION_KEY = key.toString('base64');

const definition = benchDefinition;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const line = (name: string, value: number | string, unit: string) => console.log(`respond.${name}: ${value} ${unit}`);

async function main() {
  const database = await openBenchDatabase('respond', 20);
  try {
    const db = database.handle.db;
    const app = benchApp(db);
    const [programme] = await db.insert(programmes).values({ kind: 'learning_network', name: 'Bench', startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
    const [instrument] = await db.insert(instruments).values({ programmeId: programme.id, title: definition.title }).returning();
    const [version] = await db.insert(instrumentVersions).values({ instrumentId: instrument.id, version: 1, status: 'published', definition, publishedAt: new Date() }).returning();
    const survey = async (display: 'whole' | 'one_per_screen') => {
      const [s] = await db.insert(surveys).values({ programmeId: programme.id, instrumentVersionId: version.id, title: definition.title, mode: 'anonymous', display, status: 'open' }).returning();
      const token = publicSurveyToken(key, s.id);
      await db.update(surveys).set({ publicTokenHash: tokenHash(token) }).where(sql`id = ${s.id}`);
      return { id: s.id, path: `/s/${token}` };
    };
    const whole = await survey('whole');
    const single = await survey('one_per_screen');

    for (const [name, s] of [['whole_form', whole], ['one_per_screen', single]] as const) {
      const res = await app.request(`${origin}${s.path}?lang=nn`, { headers: { 'accept-encoding': 'gzip' } });
      const wire = (await res.arrayBuffer()).byteLength;
      const plain = (await (await app.request(`${origin}${s.path}?lang=nn`)).arrayBuffer()).byteLength;
      line(`first_page_${name}_gzip`, wire, 'bytes');
      line(`first_page_${name}_uncompressed`, plain, 'bytes');
      if (res.headers.get('content-encoding') !== 'gzip') throw new Error('the page was not compressed');
    }
    line('first_page_budget', 14 * 1024, 'bytes');

    // Submissions: every respondent posts the whole form once (a fresh browser: the post starts and completes the response).
    const body = new URLSearchParams([['_screen', '1'], ['_lang', 'nb'], ['_action', 'submit'], ...Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, String(1 + (i % 5))] as [string, string])]).toString();
    const headers = { origin, 'content-type': 'application/x-www-form-urlencoded' };
    const submit = async () => {
      const started = performance.now();
      const res = await app.request(`${origin}${whole.path}`, { method: 'POST', headers, body });
      const html = await res.text();
      if (res.status !== 200 || !html.includes('data-testid="receipt"')) throw new Error(`submission answered ${res.status}`);
      return performance.now() - started;
    };
    await Promise.all(Array.from({ length: 20 }, submit)); // warm-up
    const latencies: number[] = [];
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next++ < submissions) latencies.push(await submit());
    }));
    const elapsed = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const perSecond = submissions / elapsed;
    line('submissions', submissions, 'count');
    line('concurrent_respondents', concurrency, 'count');
    line('submissions_per_second', perSecond.toFixed(1), 'per_s');
    line('submission_latency_p50', quantile(latencies, 0.5).toFixed(1), 'ms');
    line('submission_latency_p99', quantile(latencies, 0.99).toFixed(1), 'ms');

    // The ceiling: single-row INSERTs of the same kind of row into the same table, same pool, same concurrency.
    const answers = JSON.stringify(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i + 1}`, 1 + (i % 5)])));
    let n = 0;
    const i0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (n++ < submissions)
        await db.execute(sql`insert into responses (survey_id, instrument_version_id, resume_token_hash, answers, status) values (${single.id}, ${version.id}, ${randomBytes(16).toString('hex')}, ${answers}::jsonb, 'complete')`);
    }));
    const insertsPerSecond = submissions / ((performance.now() - i0) / 1000);
    line('raw_insert_per_second', insertsPerSecond.toFixed(1), 'per_s');
    line('submissions_to_insert_ratio', (perSecond / insertsPerSecond).toFixed(3), 'ratio');
  } finally {
    await database.close();
  }
}

await main();
