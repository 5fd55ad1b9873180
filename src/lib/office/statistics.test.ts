import { describe, expect, it } from 'vitest';
import { fitColumns, textWidth } from './columns.js';
import { cellText, statisticRuns } from './statistics.js';

const shown = (text: string) => statisticRuns(text).map((r) => (r.italic ? `*${r.text}*` : r.sub ? `_${r.text}` : r.text)).join('');

describe('statistical symbols', () => {
  it('sets symbols of statistics in italics and labelled subscripts lowered', () => {
    expect(shown('t(11) = 4,00, p = ,016')).toBe('*t*(11) = 4,00, *p* = ,016');
    expect(shown('M = 3,40, SD = 1,14, n = 12')).toBe('*M* = 3,40, *SD* = 1,14, *n* = 12');
    expect(shown('Før M (SD)')).toBe('Før *M* (*SD*)');
    expect(shown('Endring M [95 % KI]')).toBe('Endring *M* [95 % KI]');
    expect(shown('d_z [95 % KI]')).toBe('*d*_z [95 % KI]');
    expect(shown('g_av og r_rb')).toBe('*g*_av og *r*_rb');
    expect(shown('p')).toBe('*p*');
    expect(shown('t(df)')).toBe('*t*(df)');
    expect(shown('V = 45, z = 2,10')).toBe('*V* = 45, *z* = 2,10');
    expect(shown('p < .001')).toBe('*p* < .001');
    expect(shown('Mdn (IKV)')).toBe('*Mdn* (IKV)');
    expect(shown("Hedges' g")).toBe("Hedges' *g*");
  });

  it('leaves words, Greek letters and letters that are not statistics as they are', () => {
    for (const text of ['Cronbachs α før 0,85', 'Tenestemottakar', 'Parret t-test og Wilcoxon', 'Del 1: Møte i Ålesund', 'Brukarmedverknad i kommunane', 'n/a'])
      expect(shown(text)).toBe(text);
    expect(statisticRuns('')).toEqual([{ text: '' }]);
  });

  it('keeps the style of the text around the symbols', () => {
    expect(statisticRuns('n = 5', { bold: true })).toEqual([{ text: 'n', bold: true, italic: true }, { text: ' = 5', bold: true }]);
  });

  it('measures a cell as the reader sees it (subscripts without underscores)', () => {
    expect(cellText('d_z [95 % KI]')).toBe('dz [95 % KI]');
    expect(cellText([{ text: 'g' }, { text: 'av', sub: true }])).toBe('gav');
  });
});

describe('column widths', () => {
  const rows = [['Gruppe', 'n', 'p'], ['Alle kurs samla', '12', ',072 (normaltilnærming)'], ['Kurs 1', '5', ',016']];

  it('gives each column at least its longest word and shares the page by content', () => {
    const { widths, fontSize } = fitColumns(rows, { available: 200, fontSize: 9, padding: 10 });
    expect(fontSize).toBe(9);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(200, 6);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('(normaltilnærming)', 9) + 10);
    expect(widths[1]).toBeLessThan(widths[0]);
  });

  it('sets the type smaller before it would break a word, and wraps whole words only', () => {
    const narrow = fitColumns(rows, { available: 120, fontSize: 9, padding: 10 });
    expect(narrow.fontSize).toBeLessThan(9);
    narrow.widths.forEach((w, c) => {
      const longest = Math.max(...rows.map((r) => Math.max(...r[c].split(' ').map((x) => textWidth(x, narrow.fontSize)))));
      expect(w).toBeGreaterThanOrEqual(longest + 10);
    });
  });
});
