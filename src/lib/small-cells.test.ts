import { describe, expect, it } from 'vitest';
import { mayShowSmallCells, protectCount } from './small-cells.js';

describe('small-cell protection', () => {
  it('suppresses counts from 1 to threshold − 1 for viewers who may not see them', () => {
    expect(protectCount(1, 5, false)).toEqual({ value: null, suppressed: true });
    expect(protectCount(4, 5, false)).toEqual({ value: null, suppressed: true });
  });

  it('keeps zero and counts at or above the threshold', () => {
    expect(protectCount(0, 5, false)).toEqual({ value: 0, suppressed: false });
    expect(protectCount(5, 5, false)).toEqual({ value: 5, suppressed: false });
    expect(protectCount(40, 5, false)).toEqual({ value: 40, suppressed: false });
  });

  it('honours the programme’s own threshold', () => {
    expect(protectCount(9, 10, false).suppressed).toBe(true);
    expect(protectCount(2, 3, false).suppressed).toBe(true);
    expect(protectCount(3, 3, false).suppressed).toBe(false);
  });

  it('coordinators, researchers and administrators see small counts; others do not; shareable exports never do', () => {
    expect(mayShowSmallCells({ roles: ['coordinator'] })).toBe(true);
    expect(mayShowSmallCells({ roles: ['researcher'] })).toBe(true);
    expect(mayShowSmallCells({ roles: [], isAdmin: true })).toBe(true);
    for (const role of ['observer', 'facilitator', 'municipal_contact']) expect(mayShowSmallCells({ roles: [role] })).toBe(false);
    expect(mayShowSmallCells({ roles: ['coordinator'] }, { shareable: true })).toBe(false);
    expect(protectCount(3, 5, true)).toEqual({ value: 3, suppressed: false });
  });
});
