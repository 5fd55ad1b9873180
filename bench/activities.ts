// Activity plan at scale (issue 4): a codesign programme with BENCH_MUNICIPALITIES municipalities (default 40,
// ten times the seed) gets the seed-000 plan generated through the real routes (in-process app, real
// PostgreSQL); then the plan with its warnings is read, one activity is moved, and the indicators are computed.
// Prints milliseconds per step. Uses DATABASE_URL when set, otherwise a throw-away embedded PostgreSQL.
import { norwayMunicipalities } from '../src/modules/programmes/norway-municipalities.js';
import { adminHeaders, benchApp, benchOrigin as origin, openBenchDatabase, apiCaller } from './support.js';

const count = Number(process.env.BENCH_MUNICIPALITIES ?? 40);

async function main() {
  const database = await openBenchDatabase('activities', 5);
  try {
    const db = database.handle.db;
    const app = benchApp(db);
    const headers = await adminHeaders(db);
    const call = apiCaller(app, headers);
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
    await database.close();
  }
}

await main();
