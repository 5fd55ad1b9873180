import { describe, expect, it } from 'vitest';
import { formatRedcapLogic, parseRedcapLogic } from './logic.js';
import type { Condition } from '../definition.js';

describe('REDCap branching logic', () => {
  it('reads the simple forms real projects use', () => {
    expect(parseRedcapLogic(`[sex] = '0'`)).toEqual({ ok: true, condition: { item: 'sex', op: 'eq', value: '0' } });
    expect(parseRedcapLogic(`[sex] = "0" and [given_birth] = "1"`)).toEqual({
      ok: true, condition: { all: [{ item: 'sex', op: 'eq', value: '0' }, { item: 'given_birth', op: 'eq', value: '1' }] },
    });
    expect(parseRedcapLogic(`[injection_drugs(13)] = '1'`)).toEqual({ ok: true, condition: { item: 'injection_drugs', op: 'selected', value: '13' } });
    expect(parseRedcapLogic(`[cb(2)] <> "1"`)).toEqual({ ok: true, condition: { item: 'cb', op: 'notSelected', value: '2' } });
    expect(parseRedcapLogic(`[birth_year] <> ""`)).toEqual({ ok: true, condition: { item: 'birth_year', op: 'answered' } });
    expect(parseRedcapLogic(`[age] >= 18 or ([a] = '1' and [b]='2')`)).toEqual({
      ok: true,
      condition: { any: [{ item: 'age', op: 'gte', value: 18 }, { all: [{ item: 'a', op: 'eq', value: '1' }, { item: 'b', op: 'eq', value: '2' }] }] },
    });
    expect(parseRedcapLogic(`[x] AND [y]`).ok).toBe(false);
  });
  it('refuses what it cannot represent, with a reason', () => {
    expect(parseRedcapLogic(`datediff([dob],'today','y') > 18`)).toEqual({ ok: false, reason: 'function datediff()' });
    expect(parseRedcapLogic(`[event_1_arm_1][visit] = '1'`)).toEqual({ ok: false, reason: 'event or instance reference' });
    expect(parseRedcapLogic(`[a] = [b]`)).toEqual({ ok: false, reason: 'comparison between two fields or with a calculation' });
    expect(parseRedcapLogic(`[a] + 1 > 3`).ok).toBe(false);
  });
  it('writes what it reads', () => {
    for (const text of [`[sex] = '0'`, `[a] = '1' and ([b] <> '' or [c(3)] = '1')`, `[age] > 17`, `[x] = ''`, `[cb(a)] = '0'`])
      expect(formatRedcapLogic((parseRedcapLogic(text) as { ok: true; condition: Condition }).condition)).toBe(text);
  });
});
