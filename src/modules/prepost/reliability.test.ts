import { describe, expect, it } from 'vitest';
import { knowledgeAttitudeDefinition } from './demo-data.js';
import { scaleReliability } from './reliability.js';

// Four items (k01, k02, a01, a02; no reversal with 2 attitude items: only every third is reversed).
// Three respondents answering 1,1,1,1 / 2,2,2,2 / 3,3,3,4: item variances 1, 1, 1, 7/3; total 4, 8, 13 → variance 61/3.
// alpha = 4/3 · (1 − (3 + 7/3)/(61/3)) = 4/3 · (1 − 16/61) = 4/3 · 45/61 = 60/61.
const def = knowledgeAttitudeDefinition(4);
const rows = [[1, 1, 1, 1], [2, 2, 2, 2], [3, 3, 3, 4]].map(([k01, k02, a01, a02]) => ({ k01, k02, a01, a02 }));

describe('scaleReliability', () => {
  it('computes alpha per wave from the answers, listwise', () => {
    const r = scaleReliability(def, [...rows.map((answers) => ({ wave: 'pre' as const, answers })), { wave: 'pre', answers: { k01: 1 } }], { threshold: 5, mayShowSmall: true });
    const total = r.find((x) => x.scale === 'total')!;
    expect(total.pre).toMatchObject({ ok: true, n: 3, excludedIncomplete: 1, alpha: expect.closeTo(60 / 61, 12) });
    expect(total.post).toMatchObject({ ok: false, reason: 'too_few_respondents' });
    expect(total.responses).toEqual({ pre: 4, post: 0 });
  });

  it('withholds everything from a viewer who may not see small groups', () => {
    const r = scaleReliability(def, rows.map((answers) => ({ wave: 'pre' as const, answers })), { threshold: 5, mayShowSmall: false });
    expect(r[0]).toMatchObject({ suppressed: true, pre: null, post: null, responses: { pre: 0, post: 0 } });
  });
});
