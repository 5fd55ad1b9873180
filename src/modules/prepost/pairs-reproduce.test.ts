import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { analysePrePost } from './analyse.js';
import { pairsCsv, resultsCsv } from './csv.js';
import type { PrePostInput, ScoredResponse } from './types.js';

/**
 * A reviewer reruns Varde's tests from its own `pairs.csv` with an independent implementation
 * (SciPy, from Debian's python3-scipy, when installed) and must get Varde's V, t and p. Scale scores
 * here are means of 3 and 7 items — 3.333…, 4.142857… — whose differences are not exact in binary:
 * the case where unrounded differences once broke ties and moved R's V (issue 17 §4).
 */
const hasScipy = spawnSync('/usr/bin/python3', ['-c', 'import scipy.stats'], { stdio: 'ignore' }).status === 0;
if (!hasScipy) console.warn('pairs.csv reproduction skipped: /usr/bin/python3 with SciPy is not installed (Debian: python3-scipy)');

function study(): PrePostInput {
  const random = seededRandom(17);
  const itemMean = (items: number, centre: number) => {
    let sum = 0;
    for (let i = 0; i < items; i++) sum += Math.max(1, Math.min(5, Math.round(centre + (random() - 0.5) * 2.5)));
    return sum / items;
  };
  const responses: ScoredResponse[] = [];
  const courses = ['Askby', 'Bekkeby', 'Celleby', 'Dalby'].map((label, c) => ({
    waveGroupId: `g${c}`, municipalityId: `m${c}`, label, activityId: null, isPilot: c === 0, mode: 'anonymous' as const,
  }));
  for (const [c, course] of courses.entries()) {
    const n = [9, 14, 25, 60][c];
    for (let i = 0; i < n; i++) {
      const base = 2.5 + random() * 1.5;
      const key = `${course.waveGroupId}-${i}`;
      responses.push({ waveGroupId: course.waveGroupId, wave: 'pre', participantId: null, pairingKey: key, scores: { hope: itemMean(3, base), knowledge: itemMean(7, base) } });
      responses.push({ waveGroupId: course.waveGroupId, wave: 'post', participantId: null, pairingKey: key, scores: { hope: itemMean(3, base + 0.3), knowledge: itemMean(7, base + 0.4) } });
    }
  }
  return {
    instrumentTitle: { nb: 'Prøve' },
    courses,
    scales: [
      { name: 'hope', label: { nb: 'Håp', nn: 'Håp', en: 'Hope' }, min: 1, max: 5 },
      { name: 'knowledge', label: { nb: 'Kunnskap', nn: 'Kunnskap', en: 'Knowledge' }, min: 1, max: 5 },
    ],
    responses,
  };
}

const scipy = String.raw`
import csv, json, sys
from collections import defaultdict
from scipy import stats
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
groups = defaultdict(list)
for r in rows:
    groups[(r['scale'], r['course_label'])].append(float(r['difference']))
    groups[(r['scale'], 'pooled')].append(float(r['difference']))
out = {}
for (scale, group), d in groups.items():
    t = stats.ttest_1samp(d, 0.0)
    nz = [x for x in d if x != 0]
    ranks = stats.rankdata([abs(x) for x in nz])
    v = float(sum(r for r, x in zip(ranks, nz) if x > 0))
    exact = len(nz) == len(d) and len(set(abs(x) for x in nz)) == len(nz) and len(nz) <= 50
    w = stats.wilcoxon(nz, zero_method='wilcox', correction=not exact, method='exact' if exact else 'approx')
    out[scale + '|' + group] = {'t': float(t.statistic), 'p_t': float(t.pvalue), 'v': v, 'p_w': float(w.pvalue), 'exact': exact}
print(json.dumps(out))
`;

describe('pairs.csv reproduces Varde’s tests in SciPy', () => {
  it.skipIf(!hasScipy)('V, t and both p-values agree for every course and the pooled group', async () => {
    const input = study();
    const analysis = analysePrePost(input, { smallCellThreshold: 5, mayShowSmall: true });
    const dir = mkdtempSync(path.join(tmpdir(), 'varde-pairs-'));
    try {
      writeFileSync(path.join(dir, 'pairs.csv'), pairsCsv(input, analysis));
      writeFileSync(path.join(dir, 'check.py'), scipy);
      const { stdout } = await promisify(execFile)('/usr/bin/python3', [path.join(dir, 'check.py'), path.join(dir, 'pairs.csv')], { encoding: 'utf8' });
      const theirs = JSON.parse(stdout) as Record<string, { t: number; p_t: number; v: number; p_w: number; exact: boolean }>;
      const ours = Papa.parse<Record<string, string>>(resultsCsv(analysis), { header: true, skipEmptyLines: true }).data;
      let compared = 0;
      for (const row of ours) {
        const ref = theirs[`${row.scale}|${row.group}`];
        if (!ref) continue;
        compared++;
        const where = `${row.scale} ${row.group}`;
        expect(Number(row.wilcoxon_v), where).toBe(ref.v);
        expect(row.wilcoxon_p_method, where).toBe(ref.exact ? 'exact' : 'normal_approximation');
        expect(Math.abs(Number(row.p_wilcoxon) / ref.p_w - 1), where).toBeLessThan(1e-9);
        // t from exact differences vs differences rounded to 1e-9: equal far beyond the printed digits.
        expect(Math.abs(Number(row.t) / ref.t - 1), where).toBeLessThan(1e-8);
        expect(Math.abs(Number(row.p_t) / ref.p_t - 1), where).toBeLessThan(1e-6);
      }
      expect(compared).toBe(10); // 2 scales × (4 courses + pooled)
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
