import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvLine } from './csv.js';

describe('the one CSV writer', () => {
  it('quotes commas, quotes, line breaks and semicolons (Excel in a Norwegian locale), doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('ja; nei')).toBe('"ja; nei"');
    expect(csvField('vanlig')).toBe('vanlig');
  });

  it('writes numbers with a point, booleans as 1/0 and missing values as the caller says', () => {
    expect(csvLine([2.5, -1, true, false, null, Number.NaN])).toBe('2.5,-1,1,0,,\r\n');
    expect(csvLine([null, undefined, Infinity], { missing: 'NA' })).toBe('NA,NA,NA\r\n');
  });

  it('neutralises formulas only when asked, and never numbers', () => {
    expect(csvField('=SUM(A1)', { formulaSafe: true })).toBe("'=SUM(A1)");
    expect(csvField('-ok', { formulaSafe: true })).toBe("'-ok");
    expect(csvField(-1.5, { formulaSafe: true })).toBe('-1.5');
    expect(csvField('=SUM(A1)')).toBe('=SUM(A1)');
  });

  it('a document starts with a byte order mark, ends lines with CRLF and reads back unchanged', () => {
    const rows = [['Bærum', 'ja; nei', 3.25], ['Tromsø', 'si "hei"\npå ny linje', null]];
    const text = csvDocument(['kommune', 'svar', 'skår'], rows);
    expect(text.startsWith('\uFEFFkommune,svar,skår\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([['kommune', 'svar', 'skår'], ['Bærum', 'ja; nei', '3.25'], ['Tromsø', 'si "hei"\npå ny linje', '']]);
  });
});
