import { describe, expect, it } from 'vitest';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { hiddenPoints, protectPoints, smallCellView } from './small-cells.js';

const view = { threshold: 5, mayShowSmall: false };
const count = { countsParticipants: true, valueType: 'count' as const };
const share = { countsParticipants: true, valueType: 'proportion' as const };
const pts = (...xs: [number, number | null][]) => xs.map(([value, denominator]) => ({ value, denominator }));

describe('the small-cell rule on improvement measurements', () => {
  it('hides counts of 1 to threshold−1, never zero or larger counts', () => {
    expect(hiddenPoints(count, pts([0, null], [1, null], [4, null], [5, null], [30, null]), view)).toEqual([false, true, true, false, false]);
    expect(hiddenPoints(count, pts([4, null]), { threshold: 3, mayShowSmall: false })).toEqual([false]);
  });

  it('hides a proportion when the people counted, all of them, or those not counted are few', () => {
    expect(hiddenPoints(share, pts([2, 40], [38, 40], [20, 40], [3, 3], [0, 40], [40, 40], [0, 4]), view)).toEqual([true, true, false, true, false, false, true]);
    // A rate (events per exposure) can exceed its denominator: no "not counted" group to protect.
    expect(hiddenPoints(share, pts([60, 40]), view)).toEqual([false]);
  });

  it('shows everything for service-level figures, measured values and viewers allowed to see small cells', () => {
    expect(hiddenPoints({ ...count, countsParticipants: false }, pts([2, null]), view)).toEqual([false]);
    expect(hiddenPoints({ countsParticipants: true, valueType: 'continuous' }, pts([2, null]), view)).toEqual([false]);
    expect(hiddenPoints(count, pts([2, null]), { threshold: 5, mayShowSmall: true })).toEqual([false]);
  });

  it('coordinators see small cells on screen but never in a shareable export; contacts never', () => {
    const actor = { isAdmin: false } as Actor;
    const scope = (...roles: string[]) => ({ roles: new Set(roles) }) as unknown as ProgrammeScope;
    expect(smallCellView(actor, scope('coordinator'), 5).mayShowSmall).toBe(true);
    expect(smallCellView(actor, scope('coordinator'), 5, { shareable: true }).mayShowSmall).toBe(false);
    expect(smallCellView(actor, scope('municipal_contact'), 5).mayShowSmall).toBe(false);
  });

  it('a hidden point keeps its period and note but loses its numbers', () => {
    expect(protectPoints([{ period: '2018-01-01', value: 2, denominator: 9, note: 'x' }], [true])).toEqual([{ period: '2018-01-01', value: null, denominator: null, note: 'x', suppressed: true }]);
  });
});
