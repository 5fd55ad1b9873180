import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/index.js';
import { analysePrePost } from './analyse.js';
import { scaleCharts } from './charts.js';
import { binCounts, distributionChart } from './charts/distribution.js';
import { forestPlot } from './charts/forest.js';
import { pairedDotPlot, MAX_DRAWN_PAIRS } from './charts/paired-dots.js';
import { ticks } from '../../lib/charts/svg.js';
import { handStudy } from './fixtures.js';

const t = (k: string, v?: Record<string, string | number>) => translate('nb', k, v);
const valid = (svg: string) => XMLValidator.validate(svg) === true;

describe('charts', () => {
  it('paired dot plot: one line per pair plus the mean line, accessible, counts in the table', () => {
    const c = pairedDotPlot({ key: 'x', scaleLabel: 'Total <&>', groupLabel: 'A', pre: [2, 3, 3], post: [3, 2, 3] }, 'nb', t);
    expect(valid(c.svg)).toBe(true);
    expect(c.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="paired-x-title paired-x-desc"/);
    expect(c.svg).toContain('Total &lt;&amp;&gt;');
    expect((c.svg.match(/<line [^>]*stroke-opacity="0.45"/g) ?? []).length).toBe(3);
    expect(c.table.rows).toEqual([[3, '2,67', '2,67', 1, 1, 1]]);
    expect(c.description).toContain('1 økte, 1 sank, 1 uendret');
  });

  it('draws at most MAX_DRAWN_PAIRS lines and says so', () => {
    const n = MAX_DRAWN_PAIRS * 2 + 1;
    const c = pairedDotPlot({ key: 'big', scaleLabel: 'S', groupLabel: 'G', pre: Array(n).fill(1), post: Array(n).fill(2) }, 'en', t);
    expect((c.svg.match(/stroke-opacity="0.45"/g) ?? []).length).toBeLessThanOrEqual(MAX_DRAWN_PAIRS);
    expect(c.description).toContain(`${n}`);
  });

  it('edge cases give valid SVG without NaN: no pairs, all equal, one pair', () => {
    for (const [pre, post] of [[[], []], [[3, 3], [3, 3]], [[1], [5]]] as number[][][]) {
      for (const c of [pairedDotPlot({ key: 'e', scaleLabel: 'S', groupLabel: 'G', pre, post }, 'nb', t), distributionChart({ key: 'e', scaleLabel: 'S', groupLabel: 'G', pre, post }, 'nb', t)]) {
        expect(valid(c.svg), c.svg).toBe(true);
        expect(c.svg).not.toMatch(/NaN|Infinity/);
      }
    }
    const f = forestPlot('f', 'S', [{ label: 'A', isPilot: false, isPooled: true, n: 0, estimate: null, note: 'kan ikke' }], 'nb', t);
    expect(valid(f.svg)).toBe(true);
    expect(f.svg).not.toMatch(/NaN|Infinity/);
  });

  it('bins cover the range with the maximum in the last bin', () => {
    expect(binCounts([1, 1.5, 3, 5], 1, 5, 4)).toEqual([2, 0, 1, 1]);
    expect(ticks(1, 5, 4)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a scale’s three charts from an analysis: forest rows for every course and pooled, pilot marked', () => {
    const input = handStudy();
    const analysis = analysePrePost(input, { smallCellThreshold: 5, mayShowSmall: true });
    const charts = scaleCharts(input, analysis, 'total', 'pooled', 'nb', t)!;
    expect(charts.forest.table.rows.map((r) => r[0])).toEqual(['Askby (pilot)', 'Bekkeby', 'Senere kurs samlet', 'Alle kurs samlet']);
    expect(charts.forest.table.rows[0][2]).toBe('0,80');
    expect(charts.paired.table.rows[0][0]).toBe(7);
    expect(scaleCharts(input, analysis, 'nope', 'pooled', 'nb', t)).toBeNull();
    // A suppressed course's charts carry no data.
    const limited = analysePrePost(input, { smallCellThreshold: 5, mayShowSmall: false });
    expect(scaleCharts(input, limited, 'total', 'B', 'nb', t)!.paired.table.rows).toEqual([]);
  });
});
