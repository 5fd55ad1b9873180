import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { computeSpc } from '../../lib/charts/spc.js';
import { spcInputOf, signalSummary, type SeriesPoint } from './chart-data.js';
import type { Indicator } from './indicators.js';
import { improvementIndicators, type CachedSignals } from './schema.js';

/** Bump when the chart computation changes: cached signals of an older version are computed again. */
export const signalsVersion = 1;

/**
 * Data series in one query: one row per indicator with its points as a JSON array in time order (a few
 * thousand rows rather than hundreds of thousands), for a whole programme or some indicators.
 */
export async function loadSeries(db: Executor, where: { programmeId: string } | { indicatorIds: string[] }): Promise<Map<string, SeriesPoint[]>> {
  const out = new Map<string, SeriesPoint[]>();
  if ('indicatorIds' in where && where.indicatorIds.length === 0) return out;
  const filter = 'programmeId' in where
    ? sql`m.indicator_id in (select i.id from improvement_indicators i join improvement_measures ms on ms.id = i.measure_id where ms.programme_id = ${where.programmeId})`
    : sql`m.indicator_id = any(${`{${where.indicatorIds.join(',')}}`}::uuid[])`; // one array parameter (ids are uuids from our own rows)
  const result = await db.execute<{ indicator_id: string; points: [string, number, number | null, string][] }>(sql`
    select m.indicator_id, json_agg(json_build_array(m.period, m.value, m.denominator, m.note) order by m.period) as points
    from improvement_measurements m where ${filter} group by m.indicator_id`);
  for (const row of result.rows) out.set(row.indicator_id, row.points.map(([period, value, denominator, note]) => ({ period, value, denominator, note })));
  return out;
}

export function signalsOf(indicator: Pick<Indicator, 'chart' | 'valueType' | 'baselinePoints' | 'parts'>, points: SeriesPoint[], hidden?: boolean[]): CachedSignals | null {
  if (points.length === 0) return null;
  return { version: signalsVersion, points: points.length, ...signalSummary(computeSpc(spcInputOf(indicator, points, hidden))), lastPeriod: points[points.length - 1].period };
}

/**
 * Computes and stores the signals of these indicators (or every indicator of a programme), in one read
 * and one write: called whenever data or chart settings change, so the network overview only reads them.
 */
export async function refreshSignals(db: Executor, where: { programmeId: string } | { indicatorIds: string[] }): Promise<number> {
  const indicators = 'programmeId' in where
    ? await db.select().from(improvementIndicators).where(sql`${improvementIndicators.measureId} in (select id from improvement_measures where programme_id = ${where.programmeId})`)
    : where.indicatorIds.length ? await db.select().from(improvementIndicators).where(inArray(improvementIndicators.id, where.indicatorIds)) : [];
  if (indicators.length === 0) return 0;
  const series = await loadSeries(db, 'programmeId' in where ? where : { indicatorIds: indicators.map((i) => i.id) });
  const rows = indicators.map((i) => ({ id: i.id, signals: signalsOf(i, series.get(i.id) ?? []) }));
  await db.execute(sql`
    update improvement_indicators i set signals = v.signals
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, signals jsonb) where i.id = v.id`);
  return rows.length;
}
