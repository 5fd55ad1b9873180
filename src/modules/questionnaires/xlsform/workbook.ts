import { ArchiveUnreadable, readXlsxSheets } from '../../../lib/archive/read.js';
import type { InstrumentLanguage } from '../definition.js';

/**
 * Reading and writing the sheets of an .xlsx. Reading goes through src/lib/archive (bomb check and exceljs in a
 * worker thread); writing loads exceljs on first use (~25 MB resident): only an XLSForm export needs it.
 */

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: Record<string, string>;
}
export interface Sheet {
  name: string;
  /** Header texts as written (column order kept), trimmed. */
  headers: string[];
  rows: SheetRow[];
}

async function excel() {
  const { default: ExcelJS } = await import('exceljs');
  return ExcelJS;
}

/** Every sheet by lowercased name; undefined when the bytes are not an .xlsx at all. Refused bombs throw (src/lib/archive). */
export async function readSheets(data: Buffer): Promise<Map<string, Sheet> | undefined> {
  let plain;
  try {
    plain = await readXlsxSheets(data);
  } catch (error) {
    if (error instanceof ArchiveUnreadable) return undefined;
    throw error;
  }
  const sheets = new Map<string, Sheet>();
  for (const ws of plain) {
    const first = ws.rows[0]?.row === 1 ? ws.rows[0].cells : [];
    const headers: string[] = [];
    for (let c = 0; c < ws.columnCount; c++) headers.push((first[c] ?? '').trim());
    const rows: SheetRow[] = [];
    for (const { row: number, cells: values } of ws.rows) {
      if (number === 1) continue;
      const cells: Record<string, string> = {};
      headers.forEach((h, i) => {
        // `text` flattens rich text and shows formulas' results; numbers come as written (1, not 1.0).
        const value = (values[i] ?? '').trim();
        if (h && value) cells[h] = value;
      });
      if (Object.keys(cells).length) rows.push({ row: number, cells });
    }
    sheets.set(ws.name.trim().toLowerCase(), { name: ws.name, headers, rows });
  }
  return sheets;
}

/** Writes sheets in order: each a header row and rows of cells by header; returns the .xlsx bytes. */
export async function writeSheets(sheets: { name: string; headers: string[]; rows: Record<string, string>[] }[]): Promise<Buffer> {
  const ExcelJS = await excel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Varde';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.addRow(sheet.headers);
    ws.getRow(1).font = { bold: true };
    for (const r of sheet.rows) ws.addRow(sheet.headers.map((h) => r[h] ?? ''));
    ws.columns.forEach((col, i) => {
      col.width = Math.min(60, Math.max(10, sheet.headers[i].length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The XLSForm language column names Varde writes: `label::Norsk bokmål (nb)`. */
export const languageNames: Record<InstrumentLanguage, string> = { nb: 'Norsk bokmål (nb)', nn: 'Norsk nynorsk (nn)', en: 'English (en)' };

const namedLanguages: Record<string, InstrumentLanguage> = {
  english: 'en', engelsk: 'en', en: 'en',
  'norsk bokmål': 'nb', bokmål: 'nb', 'norwegian bokmål': 'nb', 'norwegian bokmal': 'nb', 'norsk bokmal': 'nb', bokmal: 'nb', norsk: 'nb', norwegian: 'nb', nb: 'nb', no: 'nb',
  'norsk nynorsk': 'nn', nynorsk: 'nn', 'norwegian nynorsk': 'nn', nn: 'nn',
};

/** "Norsk bokmål (nb)", "English", "en", "nb-NO" → a Varde language, or undefined for another language. */
export function languageOf(name: string): InstrumentLanguage | undefined {
  const code = /\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)\s*$/.exec(name)?.[1]?.toLowerCase();
  if (code) return code === 'no' ? 'nb' : (['nb', 'nn', 'en'] as const).find((l) => l === code);
  const lower = name.trim().toLowerCase();
  return namedLanguages[lower] ?? namedLanguages[lower.split(/[-_]/)[0]];
}

const aliases: Record<string, string> = {
  'list name': 'list_name', 'bind:relevant': 'relevant', 'bind:required': 'required', 'bind:constraint': 'constraint',
  'bind:calculate': 'calculation', 'bind:jr:constraintmsg': 'constraint_message', 'bind:jr:requiredmsg': 'required_message',
  'control:appearance': 'appearance', 'bind:readonly': 'read_only', 'body::appearance': 'appearance',
};
const translatable = ['label', 'hint', 'constraint_message', 'required_message', 'guidance_hint', 'image', 'audio', 'video', 'media'];

/** A header split into its column and language: `label::English (en)`, legacy `label:English`, plain `label`. */
export function parseHeader(header: string): { column: string; language?: string } {
  const h = header.trim();
  const lower = h.toLowerCase();
  if (aliases[lower]) return { column: aliases[lower] };
  const double = h.indexOf('::');
  if (double > 0) {
    const column = h.slice(0, double).toLowerCase();
    const rest = h.slice(double + 2);
    // media::image::English (en)
    if (column === 'media') {
      const inner = rest.indexOf('::');
      return inner > 0 ? { column: `media::${rest.slice(0, inner).toLowerCase()}`, language: rest.slice(inner + 2) } : { column: `media::${rest.toLowerCase()}` };
    }
    return { column, language: rest };
  }
  const single = h.indexOf(':');
  if (single > 0 && translatable.includes(lower.slice(0, single))) return { column: lower.slice(0, single), language: h.slice(single + 1) };
  return { column: lower.replace(/\s+/g, '_') };
}
