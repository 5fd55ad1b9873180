import { describe, expect, it } from 'vitest';
import { CHIME_FRAME, type FrameCode } from './chime.js';

const all = (codes: FrameCode[]): FrameCode[] => codes.flatMap((c) => [c, ...all(c.children)]);

describe('CHIME_FRAME', () => {
  it('has the five processes of Leamy et al. (2011) in CHIME order, with their sub-categories', () => {
    expect(CHIME_FRAME.codes.map((c) => c.labels.en)).toEqual(['Connectedness', 'Hope and optimism about the future', 'Identity', 'Meaning in life', 'Empowerment']);
    expect(CHIME_FRAME.codes.map((c) => c.children.length)).toEqual([4, 5, 3, 6, 3]);
    expect(CHIME_FRAME.codes.every((c) => c.isTheme && c.children.every((s) => !s.isTheme && s.children.length === 0))).toBe(true);
  });

  it('has unique keys, three non-empty labels and a #RRGGBB colour on every code', () => {
    const codes = all(CHIME_FRAME.codes);
    expect(codes).toHaveLength(26);
    expect(new Set(codes.map((c) => c.key)).size).toBe(codes.length);
    for (const c of codes) {
      expect(c.colour).toMatch(/^#[0-9A-F]{6}$/);
      for (const lang of ['nb', 'nn', 'en'] as const) expect(c.labels[lang].trim()).not.toBe('');
    }
    expect(new Set(CHIME_FRAME.codes.map((c) => c.colour)).size).toBe(5);
  });
});
