import Papa from 'papaparse';
import { ArchiveUnreadable, readXlsxSheets } from '../../lib/archive/read.js';
import { DomainError } from '../../lib/errors.js';

/** The columns an import understands, whatever language the file's headers are in. */
export const importFields = ['name', 'municipality', 'service', 'role', 'subRole', 'email', 'phone', 'language'] as const;
export type ImportField = (typeof importFields)[number];
export type ImportRow = Partial<Record<ImportField, string>>;

const headerAliases: Record<string, ImportField> = {
  navn: 'name', namn: 'name', name: 'name', 'fullt navn': 'name', 'fullt namn': 'name', 'full name': 'name',
  kommune: 'municipality', municipality: 'municipality', kommunenummer: 'municipality',
  tjeneste: 'service', teneste: 'service', service: 'service',
  rolle: 'role', role: 'role',
  underrolle: 'subRole', 'sub-role': 'subRole', subrole: 'subRole', 'sub role': 'subRole',
  'e-post': 'email', epost: 'email', email: 'email', 'e-mail': 'email',
  telefon: 'phone', phone: 'phone', mobil: 'phone', mobile: 'phone', tlf: 'phone',
  språk: 'language', sprak: 'language', mål: 'language', language: 'language',
};

export function fieldForHeader(header: string): ImportField | undefined {
  return headerAliases[header.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/** Rows keyed by field; columns we do not recognise are ignored, blank rows dropped. */
function toRows(table: string[][]): ImportRow[] {
  const [header = [], ...body] = table;
  const fields = header.map((h) => fieldForHeader(String(h ?? '')));
  if (!fields.includes('name')) throw new DomainError(400, 'people.import.noHeader');
  return body
    .map((cells) => {
      const row: ImportRow = {};
      fields.forEach((field, i) => {
        const value = String(cells[i] ?? '').trim();
        if (field && value) row[field] = value;
      });
      return row;
    })
    .filter((row) => Object.keys(row).length > 0);
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  // Checked for bombs and parsed by exceljs in a worker thread (src/lib/archive); cells come as the
  // text the user sees (rich text, hyperlinked e-mail cells and formulas flattened).
  let sheets;
  try {
    sheets = await readXlsxSheets(data);
  } catch (error) {
    if (error instanceof ArchiveUnreadable) throw new DomainError(400, 'people.import.unreadable');
    throw error;
  }
  return sheets[0]?.rows.map((r) => r.cells) ?? [];
}

function readCsv(data: Buffer): string[][] {
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  // Norwegian Excel writes semicolons; Papa guesses the delimiter from the first lines.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  return parsed.data;
}

/** An XLSX file is a zip archive (PK…); anything else is read as UTF-8 CSV. */
export async function parseParticipantFile(data: Buffer): Promise<ImportRow[]> {
  const isZip = data.length > 3 && data[0] === 0x50 && data[1] === 0x4b;
  return toRows(isZip ? await readXlsx(data) : readCsv(data));
}
