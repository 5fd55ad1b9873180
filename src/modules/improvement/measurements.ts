import Papa from 'papaparse';
import type { Executor } from '../../db/client.js';
import { ArchiveUnreadable, readXlsxSheets } from '../../lib/archive/read.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { assertWritable, getProgramme } from '../programmes/programmes.js';
import { existingPeriods, type Indicator } from './indicators.js';
import type { Measure } from './measures.js';
import { checkMeasurements, type RawMeasurement } from './measurement-rows.js';
import { improvementMeasurements } from './schema.js';
import { refreshSignals } from './series.js';

/**
 * Writes a batch of measurements (typed by the measurement lead, or read from a file) all or nothing:
 * any problem is reported row by row and nothing is written.
 */
export async function recordMeasurements(db: Executor, actor: Actor, measure: Measure, indicator: Indicator, rows: RawMeasurement[], requestId?: string) {
  assertWritable(await getProgramme(db, measure.programmeId));
  const checked = checkMeasurements(rows, { valueType: indicator.valueType, frequency: indicator.frequency, stored: await existingPeriods(db, indicator.id) });
  if (!checked.ok) throw new DomainError(400, 'improvement.import.problems', { count: checked.errors.length }, checked.errors);
  await db.insert(improvementMeasurements).values(checked.rows.map((r) => ({ ...r, indicatorId: indicator.id, enteredBy: actor.userId })));
  await refreshSignals(db, { indicatorIds: [indicator.id] });
  await recordAudit(db, {
    actorId: actor.userId, action: 'improvement.measurement.record', entity: 'improvement_indicator', entityId: indicator.id, programmeId: measure.programmeId, requestId,
    after: { count: checked.rows.length, from: checked.rows[0]?.period, to: checked.rows.at(-1)?.period },
  });
  return { recorded: checked.rows.length };
}

type Column = 'period' | 'value' | 'denominator' | 'note';
const headerAliases: Record<string, Column> = {
  periode: 'period', period: 'period', dato: 'period', date: 'period', måned: 'period', månad: 'period', month: 'period', uke: 'period', veke: 'period', week: 'period', kvartal: 'period', quarter: 'period',
  verdi: 'value', value: 'value', teller: 'value', numerator: 'value', antall: 'value', tal: 'value', count: 'value',
  nevner: 'denominator', nemnar: 'denominator', denominator: 'denominator',
  merknad: 'note', note: 'note', notat: 'note', kommentar: 'note', comment: 'note',
};

/** Rows of a CSV or XLSX file (first sheet): a header row naming period and value (nb, nn or en), then one row per period. */
export async function parseMeasurementFile(data: Buffer): Promise<RawMeasurement[]> {
  const isZip = data.length > 3 && data[0] === 0x50 && data[1] === 0x4b;
  let table: string[][];
  if (isZip) {
    try {
      // Checked for zip bombs and parsed in a worker (src/lib/archive), cells as the text the user sees.
      table = (await readXlsxSheets(data))[0]?.rows.map((r) => r.cells) ?? [];
    } catch (error) {
      if (error instanceof ArchiveUnreadable) throw new DomainError(400, 'improvement.import.unreadable');
      throw error;
    }
  } else {
    table = Papa.parse<string[]>(data.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  }
  const [header = [], ...body] = table;
  const columns = header.map((h) => headerAliases[String(h ?? '').trim().toLowerCase()]);
  if (!columns.includes('period') || !columns.includes('value')) throw new DomainError(400, 'improvement.import.noHeader');
  const cell = (cells: string[], c: Column) => {
    const i = columns.indexOf(c);
    return i < 0 ? undefined : String(cells[i] ?? '').trim();
  };
  return body
    .map((cells, i) => ({ cells, row: i + 2 }))
    .filter(({ cells }) => cells.some((c) => String(c ?? '').trim() !== ''))
    .map(({ cells, row }) => ({ row, period: cell(cells, 'period') ?? '', value: cell(cells, 'value') ?? '', denominator: cell(cells, 'denominator'), note: cell(cells, 'note') }));
}
