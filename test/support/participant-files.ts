import ExcelJS from 'exceljs';

/** Sample participant lists for import tests: rows keyed by the Norwegian headers a coordinator would use. */
export interface SampleRow { navn: string; kommune: string; tjeneste?: string; rolle: string; underrolle?: string; 'e-post'?: string; telefon?: string; språk?: string }
const headers: (keyof SampleRow)[] = ['navn', 'kommune', 'tjeneste', 'rolle', 'underrolle', 'e-post', 'telefon', 'språk'];
const first = ['Siri', 'Tor', 'Hanne', 'Geir', 'Liv', 'Arne', 'Berit', 'Knut', 'Randi', 'Eirik'];
const last = ['Bakkevik', 'Solstad', 'Lien', 'Moe', 'Strand', 'Vik'];
const roles = ['tjenestemottaker', 'tjenesteyter', 'leder'];

/** `count` valid rows spread over the given municipality names or numbers. */
export function sampleRows(count: number, municipalities: string[]): SampleRow[] {
  return Array.from({ length: count }, (_, i) => ({
    navn: `${first[i % first.length]} ${last[i % last.length]}`,
    kommune: municipalities[i % municipalities.length],
    rolle: roles[i % roles.length],
    'e-post': `person${i + 1}@deltaker.example`,
    telefon: `+47 900 00 ${String(i).padStart(3, '0')}`,
    språk: i % 5 === 0 ? 'nynorsk' : 'bokmål',
  }));
}

export function participantCsv(rows: SampleRow[], delimiter = ';'): Buffer {
  const lines = [headers.join(delimiter), ...rows.map((r) => headers.map((h) => r[h] ?? '').join(delimiter))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function participantXlsx(rows: SampleRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Deltakere');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function uploadForm(data: Buffer, fileName: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), fileName);
  return form;
}
