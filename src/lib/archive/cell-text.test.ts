import { describe, expect, it } from 'vitest';
import { readXlsxSheets } from './read.js';
import { cellText } from './cell-text.js';

describe('cellText', () => {
  it('gives what the cell shows for every kind of exceljs value', () => {
    expect(cellText('tekst')).toBe('tekst');
    expect(cellText(2.5)).toBe('2.5');
    expect(cellText({ richText: [{ text: 'Hvor ' }, { text: 'ofte', font: { bold: true } }] })).toBe('Hvor ofte');
    expect(cellText({ text: 'Les mer', hyperlink: 'https://example.org/info' })).toBe('Les mer');
    expect(cellText({ text: { richText: [{ text: 'Les ' }, { text: 'mer' }] }, hyperlink: 'https://example.org/info' })).toBe('Les mer');
    expect(cellText({ formula: 'NOW()', result: new Date('2024-11-01T08:30:00Z') })).toBe('2024-11-01 08:30:00');
    expect(cellText({ formula: 'A1', result: { error: '#N/A' } })).toBe('#N/A');
    expect(cellText({ formula: 'NOW()' })).toBe('');
    expect(cellText(new Date('2024-11-01T00:00:00Z'))).toBe('2024-11-01');
  });

  it('reads a hyperlink with formatted text from a real .xlsx as its text, not [object Object]', { timeout: 30_000 }, async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('survey');
    ws.addRow(['type', 'name', 'label']);
    ws.addRow(['note', 'info', '']);
    ws.getCell('C2').value = { text: { richText: [{ text: 'Se ' }, { text: 'nettsiden', font: { italic: true } }] }, hyperlink: 'https://example.org/' } as never;
    const [sheet] = await readXlsxSheets(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.rows[1].cells).toEqual(['note', 'info', 'Se nettsiden']);
  });
});
