import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index.js';
import { analysePrePost } from './analyse.js';
import { csvField, pairsCsv, resultsCsv } from './csv.js';
import { handStudy } from './fixtures.js';
import { magnitudeKey, methodsParagraph, plainSummary } from './narrative.js';
import { formatP, groupRow, pPhrase } from './rows.js';
import { scalesOf } from './scales.js';
import { knowledgeAttitudeDefinition } from './demo-data.js';

const nb = (k: string, v?: Record<string, string | number>) => translate('nb', k, v);
const input = handStudy();
const analysis = analysePrePost(input, { smallCellThreshold: 5, mayShowSmall: true });

describe('formatting for tables and reports', () => {
  it('APA p-values: no leading zero, < .001, decimal comma in Norwegian', () => {
    expect(formatP('en', 0.01613)).toBe('.016');
    expect(formatP('nb', 0.01613)).toBe(',016');
    expect(formatP('en', 0.0004)).toBe('< .001');
    expect(formatP('nn', 1)).toBe('1,000');
    expect([pPhrase('nb', 0.0004), pPhrase('en', 0.25)]).toEqual(['p < ,001', 'p = .250']);
  });

  it('a result row states the numbers, and the reason where there is none', () => {
    const row = groupRow('Total', analysis.scales[0].courses[0], 'en', (k, v) => translate('en', k, v));
    expect(row).toMatchObject({ group: 'Askby (pilot)', n: 5, preMeanSd: '3.40 (1.14)', change: '0.80 [0.24, 1.36]', tTest: 't(4) = 4.00', tP: '.016' });
    expect(row.wilcoxonP).toBe('.072 (normal approximation)');
    expect(row.normality).toMatch(/^W = /);
    const b = groupRow('Total', analysis.scales[0].courses[1], 'nb', nb);
    expect(b.normality).toBe(nb('statistics.unavailable.too_few_values'));
    expect(b.gav).toBe(nb('statistics.unavailable.too_few_pairs'));
  });

  it('effect size words follow Cohen’s conventions', () => {
    expect([0.1, -0.3, 0.6, 1.2].map(magnitudeKey)).toEqual(['negligible', 'small', 'moderate', 'large']);
  });

  it('the plain summary and the methods paragraph state pairs, tests and exclusions', () => {
    const summary = plainSummary(analysis, 'nb', nb, (s) => s.scale.label.nb!);
    expect(summary[0]).toContain('Blant de 7 som svarte');
    expect(summary.at(-1)).toContain('pilotkurs');
    expect(summary[1]).toBe('Total: i pilotkurset var endringen 0,80 [0,24, 1,36], i de senere kursene samlet 0,50 [−5,85, 6,85] (gjennomsnitt [95 % KI]).');
    const methods = methodsParagraph(analysis, nb).join(' ');
    expect(methods).toContain('7 par');
    expect(methods).toContain('1 svar uten ettermåling');
    expect(methods).toContain('3 med tvetydig kode');
    expect(methods).toContain('Shapiro–Wilk');
    expect(methods).toContain('Hedges');
    expect(methods).toContain('p ≥ ,05');
  });
});

describe('CSV for R and SPSS', () => {
  it('long format: one row per complete pair per scale, as it promises (a pair missing a score is left out, never NA)', () => {
    const rows = Papa.parse<Record<string, string>>(pairsCsv(input, analysis), { header: true, skipEmptyLines: true }).data;
    expect(rows.filter((r) => r.scale === 'total')).toHaveLength(7);
    expect(rows.filter((r) => Object.values(r).includes('NA'))).toEqual([]);
    expect(rows.find((r) => r.course_label === 'Askby')!.pilot).toBe('1');
    // The difference as the Wilcoxon test ranks it: rounded to 1e-9, so 3.6 − 4.2 is written -0.6, not -0.6000000000000001.
    for (const r of rows) expect(Number(r.difference)).toBe(Math.round((Number(r.post) - Number(r.pre)) * 1e9) / 1e9);
  });

  it('results: one row per scale × group with raw numbers', () => {
    const rows = Papa.parse<Record<string, string>>(resultsCsv(analysis), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(8); // 2 scales × (2 courses, later courses pooled, all pooled)
    expect(rows.map((r) => r.group).slice(0, 4)).toEqual(['Askby', 'Bekkeby', 'later', 'pooled']);
    const a = rows[0];
    expect(Number(a.t)).toBeCloseTo(4, 10);
    expect(a.recommended_test).toBe('wilcoxon_signed_rank');
    expect(rows[1].shapiro_w).toBe('NA');
    expect(rows[1].not_computable).toContain('shapiro_wilk:too_few_values');
  });

  it('fields are quoted and formula-like text is neutralised', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField(Number.NaN)).toBe('NA');
    expect(csvField(-1.5)).toBe('-1.5');
  });
});

describe('scales from the definition', () => {
  it('parents first with their subscales, and the score range from the items', () => {
    const scales = scalesOf(knowledgeAttitudeDefinition(10));
    expect(scales.map((s) => [s.name, s.parent ?? null, s.min, s.max])).toEqual([['total', null, 1, 5], ['knowledge', 'total', 1, 5], ['attitudes', 'total', 1, 5]]);
  });
});
