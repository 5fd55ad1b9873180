/**
 * Indicators as tables (the same the charts are drawn from), and those tables as CSV (long format:
 * table, row, measure, value) or XLSX (one sheet per table). Text cells starting with = + - @ are
 * neutralised with a leading apostrophe so a spreadsheet never runs them as formulas.
 */
import { translate, type Language } from '../../i18n/index.js';
import type { IndicatorsView } from './indicators.js';

type Cell = string | number | null;
export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
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
    { name: t('engagementI'), header: [t('municipality'), translate(lang, 'activities.outputs.service'), t('value'), translate(lang, 'activities.outputs.items')], rows: view.engagement.services.map((s) => [place(s.municipalityId), s.name, s.mapped ? 1 : 0, s.priorityAreas.join('; ')]) },
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

function csvField(value: Cell): string {
  if (value === null) return 'NA';
  const s = String(neutralise(value));
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tablesToCsv(tables: Table[]): string {
  let out = 'table,row,measure,value\r\n';
  for (const table of tables) {
    for (const row of table.rows) {
      for (let i = 1; i < table.header.length; i++) out += [table.name, row[0], table.header[i], row[i]].map(csvField).join(',') + '\r\n';
    }
  }
  return out;
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
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(table.header.map(neutralise));
    for (const row of table.rows) sheet.addRow(row.map(neutralise));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
