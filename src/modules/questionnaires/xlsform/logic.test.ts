import { describe, expect, it } from 'vitest';
import type { Condition } from '../definition.js';
import { formatConstraint, formatRelevant, parseConstraint, parseRelevant } from './logic.js';

describe('XLSForm relevant', () => {
  it('reads the simple forms', () => {
    expect(parseRelevant(`\${x} = 'a'`)).toEqual({ ok: true, condition: { item: 'x', op: 'eq', value: 'a' } });
    expect(parseRelevant(`selected(\${q}, 'v') and \${age} >= 18`)).toEqual({ ok: true, condition: { all: [{ item: 'q', op: 'selected', value: 'v' }, { item: 'age', op: 'gte', value: 18 }] } });
    expect(parseRelevant(`not(selected(\${q},"2")) or (\${a} != '' and \${b} = '')`)).toEqual({
      ok: true,
      condition: { any: [{ item: 'q', op: 'notSelected', value: '2' }, { all: [{ item: 'a', op: 'answered' }, { item: 'b', op: 'unanswered' }] }] },
    });
    expect(parseRelevant(`\${Q1} = 1`, (n) => n.toLowerCase())).toEqual({ ok: true, condition: { item: 'q1', op: 'eq', value: 1 } });
  });
  it('refuses what it cannot represent', () => {
    expect(parseRelevant(`count-selected(\${q}) > 2`)).toEqual({ ok: false, reason: 'function count-selected()' });
    expect(parseRelevant(`\${a} = \${b}`).ok).toBe(false);
    expect(parseRelevant(`\${a} + 1 = 2`).ok).toBe(false);
  });
  it('writes what it reads', () => {
    for (const text of [`\${x} = 'a'`, `selected(\${q}, 'v') and (\${a} > 3 or not(selected(\${q}, 'w')))`, `\${x} != ''`])
      expect(formatRelevant((parseRelevant(text) as { ok: true; condition: Condition }).condition)).toBe(text);
  });
});

describe('XLSForm constraint', () => {
  it('reads simple ranges and writes them back', () => {
    expect(parseConstraint('. >= 1 and . <= 5')).toEqual({ ok: true, constraint: { min: 1, max: 5 } });
    expect(parseConstraint('(. >= 0) and (. <= 10.5)')).toEqual({ ok: true, constraint: { min: 0, max: 10.5 } });
    expect(parseConstraint('string-length(.) <= 200')).toEqual({ ok: true, constraint: { maxLength: 200 } });
    expect(parseConstraint("count-selected(.) <= 2")).toEqual({ ok: true, constraint: { maxChecked: 2 } });
    expect(parseConstraint(". >= date('2024-01-01')")).toEqual({ ok: true, constraint: { minDate: '2024-01-01' } });
    expect(parseConstraint('. > 1 or . < 0').ok).toBe(false);
    expect(parseConstraint("regex(., '^[0-9]{4}$')").ok).toBe(false);
    expect(formatConstraint({ min: 1, max: 5 })).toBe('. >= 1 and . <= 5');
  });
});
