/**
 * Indicators as tables (the same the charts are drawn from), and those tables as CSV (tidy long
 * format: table, row, label, measure, value — (table, row, measure) is unique, so a pivot works) or
 * XLSX (one sheet per table, frozen header, filters). Text cells starting with = + - @ are
 * neutralised with a leading apostrophe so a spreadsheet never runs them as formulas.
 */
import { translate, type Language } from '../../i18n/index.js';
import { csvDocument } from '../../lib/csv.js';
import type { IndicatorsView } from './indicators.js';

type Cell = string | number | null;
export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
  /** How many leading columns name the row (default 1): a service is its municipality and its name. */
  keys?: number;
}

export const neutralise = (value: Cell): Cell => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function indicatorTables(view: IndicatorsView, lang: Language): Table[] {
  const t = (key: string, vars?: Record<string, string | number>) => translate(lang, `activities.indicators.${key}`, vars);
  const typeLabel = (key: string) => view.typeLabels[key]?.[lang] ?? key;
  const role = (r: string) => t(`roles.${r}`);
  const place = (id: string) => view.municipalities.find((m) => m.id === id)?.name ?? id;
  const tables: Table[] = [
    { name: t('plannedVsHeld'), header: [t('activityType'), t('planned'), t('held'), t('cancelled')], rows: view.activities.map((a) => [typeLabel(a.typeKey), a.planned, a.held, a.cancelled]) },
    {
      name: t('invitedVsAttended'), header: [t('role'), t('invited'), t('attended'), `${t('rate')} (%)`],
      rows: [...view.attendance.map((a) => [role(a.role), a.invited, a.attended, pct(a.rate)]), [t('total'), view.totals.invited, view.totals.attended, pct(view.totals.rate)]],
    },
    { name: t('regularChart'), header: [t('role'), t('invited'), `${t('regular')} (≥ ${view.regularN})`], rows: view.regular.map((r) => [role(r.role), r.participants, r.regular]) },
    { name: t('engagementI'), keys: 2, header: [t('municipality'), translate(lang, 'activities.outputs.service'), t('value'), translate(lang, 'activities.outputs.items')], rows: view.engagement.services.map((s) => [place(s.municipalityId), s.name, s.mapped ? 1 : 0, s.priorityAreas.join('; ')]) },
    { name: t('engagementII'), header: [t('activityType'), t('invited'), t('attended'), `${t('rate')} (%)`], rows: view.engagement.participation.map((p) => [typeLabel(p.typeKey), p.invited, p.attended, pct(p.rate)]) },
    { name: t('engagementIII'), header: [translate(lang, 'activities.outputs.title'), 'activityId'], rows: view.engagement.materials.map((m) => [m.title, m.activityId]) },
  ];
  if (view.byMunicipality.length > 0) {
    tables.push({
      name: t('municipality'), header: [t('municipality'), t('planned'), t('held'), t('invited'), t('attended'), `${t('rate')} (%)`, t('engagementI'), t('engagementIII')],
      rows: view.byMunicipality.map((m) => [m.name, m.planned, m.held, m.invited, m.attended, pct(m.rate), `${m.servicesMapped}/${m.servicesTotal}`, m.materials]),
    });
  }
  return tables;
}


export function tablesToCsv(tables: Table[]): string {
  const rows: Cell[][] = [];
  for (const table of tables) {
    const keys = table.keys ?? 1;
    for (const [r, row] of table.rows.entries()) {
      const label = row.slice(0, keys).filter((v) => v !== null && v !== '').join(' – ');
      for (let i = keys; i < table.header.length; i++) rows.push([table.name, r + 1, label, table.header[i], row[i]]);
    }
  }
  return csvDocument(['table', 'row', 'label', 'measure', 'value'], rows, { missing: 'NA', formulaSafe: true });
}

export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const table of tables) {
    // Sheet names: at most 31 characters, no []:*?/\ and unique.
    let name = table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim();
    while (used.has(name)) name = `${name.slice(0, 26)} ${used.size}`;
    used.add(name);
    // A frozen header row and filters: the table stays readable when it is long.
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header.map(neutralise)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(neutralise));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + table.rows.length, column: table.header.length } };
    table.header.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length + 2, ...table.rows.map((r) => String(r[i] ?? '').length + 2)))));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
