// The learning network at national scale (issue 13): 356 municipalities × 20 measures × 36 monthly points
// (256,320 data points). Prints the time of the network overview — every team's state and every chart's
// signals (median, longest run, crossings, and 3-sigma limits for the control charts, computed when the data
// are written and read back here) — through the real route (in-process app, real PostgreSQL); target ≤ 500 ms. Uses DATABASE_URL when set, otherwise a
// throw-away embedded PostgreSQL. BENCH_MUNICIPALITIES, BENCH_MEASURES, BENCH_POINTS change the size.
import { sql } from 'drizzle-orm';
import { norwayMunicipalities } from '../src/modules/programmes/norway-municipalities.js';
import { refreshSignals } from '../src/modules/improvement/series.js';
import { adminHeaders, benchApp, benchOrigin as origin, openBenchDatabase, apiCaller } from './support.js';

const municipalities = Number(process.env.BENCH_MUNICIPALITIES ?? 356);
const measuresEach = Number(process.env.BENCH_MEASURES ?? 20);
const points = Number(process.env.BENCH_POINTS ?? 36);

async function main() {
  const database = await openBenchDatabase('improvement', 5);
  try {
    const db = database.handle.db;
    const app = benchApp(db);
    const headers = await adminHeaders(db);
    const call = apiCaller(app, headers);
    const programmeId = (await call('POST', '/programmes', { kind: 'learning_network', name: 'Bench', startsOn: '2026-01-01', endsOn: '2028-12-31' })).id;
    const seeded = performance.now();
    for (const m of norwayMunicipalities.slice(0, municipalities)) await call('POST', `/programmes/${programmeId}/municipalities`, { number: m.number });
    // Measures, indicators and data in bulk SQL: a count, a proportion and a continuous series in turn, some with a shift half-way.
    await db.execute(sql`
      insert into improvement_measures (programme_id, municipality_id, title, kind, status)
      select pm.programme_id, pm.id, 'Tiltak ' || g, (array['recovery_focus_at_work','user_power','flexible_services','user_run_services','new_activities','what_matters','peer_workers','power_sharing','plain_language'])[1 + g % 9], 'started'
      from programme_municipalities pm cross join generate_series(1, ${measuresEach}) g where pm.programme_id = ${programmeId}`);
    await db.execute(sql`
      insert into improvement_indicators (measure_id, name, value_type, chart, baseline_points)
      select m.id, 'Måling', (array['count','proportion','continuous'])[1 + (row_number() over ()) % 3], (array['c','p','i'])[1 + (row_number() over ()) % 3], case when random() < 0.3 then 12 end
      from improvement_measures m where m.programme_id = ${programmeId}`);
    await db.execute(sql`
      insert into improvement_measurements (indicator_id, period, value, denominator)
      select i.id, (date '2025-01-01' + make_interval(months => k - 1))::date,
        round((10 + 5 * random() + case when k > ${points / 2} and hashtext(i.id::text) % 2 = 0 then 6 else 0 end)::numeric, 1)::float8,
        case when i.value_type = 'proportion' then 40 end
      from improvement_indicators i join improvement_measures m on m.id = i.measure_id cross join generate_series(1, ${points}) k
      where m.programme_id = ${programmeId}`);
    // Signals are computed when data are written (series.ts); bulk SQL bypasses that, so compute them all once, as after an import.
    const computed = performance.now();
    await refreshSignals(db, { programmeId });
    console.log(`improvement.compute_all_signals_on_write: ${Math.round(performance.now() - computed)} ms`);
    await db.execute(sql`analyze`);
    console.log(`improvement.seed_${municipalities}x${measuresEach}x${points}: ${Math.round(performance.now() - seeded)} ms`);
    let overview: any;
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const started = performance.now();
      overview = await call('GET', `/programmes/${programmeId}/improvement`);
      runs.push(performance.now() - started);
    }
    const signals = overview.measures.flatMap((m: any) => m.signals);
    console.log(`improvement.charts: ${signals.length} charts`);
    console.log(`improvement.charts_with_runs_signal: ${signals.filter((s: any) => s.runs).length} charts`);
    console.log(`improvement.network_overview_first: ${Math.round(runs[0])} ms`);
    console.log(`improvement.network_overview: ${Math.round(Math.min(...runs.slice(1)))} ms`);
  } finally {
    await database.close();
  }
}

await main();
