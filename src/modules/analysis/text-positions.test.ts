import { describe, expect, it } from 'vitest';
import {
  assertRange,
  checkRange,
  CodePointIndex,
  codePointLength,
  codePointToUtf16,
  sliceByCodePoints,
  TextRangeError,
  utf16ToCodePoint,
} from './text-positions.js';

// 👩🏽‍⚕️ = U+1F469 U+1F3FD U+200D U+2695 U+FE0F: 5 code points, 7 UTF-16 units.
const HEALTH_WORKER = '👩🏽‍⚕️';
// 🇳🇴 = two regional indicators: 2 code points, 4 UTF-16 units.
const FLAG = '🇳🇴';
// "a" + COMBINING ACUTE ACCENT: 2 code points (the NFC form "á" is 1).
const DECOMPOSED_A = 'a\u0301';

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(HEALTH_WORKER.length).toBe(7);
    expect(codePointLength(HEALTH_WORKER)).toBe(5);
    expect(FLAG.length).toBe(4);
    expect(codePointLength(FLAG)).toBe(2);
    expect(codePointLength(DECOMPOSED_A)).toBe(2);
    expect(codePointLength(DECOMPOSED_A.normalize('NFC'))).toBe(1);
    expect(codePointLength('Sámi ŋ š đ á')).toBe(12);
    expect(codePointLength('')).toBe(0);
  });

  it('agrees with the spread operator, also for a lone surrogate', () => {
    for (const s of ['abc', `x${FLAG}y${HEALTH_WORKER}z`, '\ud83dabc', 'abc\ud83d', 'æøå ŊŠĐÁ']) {
      expect(codePointLength(s)).toBe([...s].length);
    }
  });
});

describe('offset conversion', () => {
  const text = `Hei ${FLAG} og ${HEALTH_WORKER} sa Áile: «ŋ».`;

  it('round-trips every code-point offset', () => {
    const n = codePointLength(text);
    for (let cp = 0; cp <= n; cp++) {
      expect(utf16ToCodePoint(text, codePointToUtf16(text, cp))).toBe(cp);
    }
  });

  it('maps the offsets a browser selection would give around emoji', () => {
    // "Hei " is 4 units / 4 code points; the flag then takes 4 units but 2 code points.
    expect(utf16ToCodePoint(text, 4)).toBe(4);
    expect(utf16ToCodePoint(text, 8)).toBe(6);
    expect(codePointToUtf16(text, 6)).toBe(8);
    const afterWorker = text.indexOf(' sa');
    expect(utf16ToCodePoint(text, afterWorker)).toBe(afterWorker - 2 - 2); // 2 pairs in the flag, 2 in the worker
  });

  it('refuses an offset between the halves of a surrogate pair', () => {
    expect(() => utf16ToCodePoint(text, 5)).toThrow(TextRangeError);
    try {
      utf16ToCodePoint(text, 5);
    } catch (e) {
      expect((e as TextRangeError).key).toBe('errors.offsetSplitsCharacter');
    }
  });

  it('refuses offsets outside the text', () => {
    expect(() => utf16ToCodePoint(text, text.length + 1)).toThrow(TextRangeError);
    expect(() => codePointToUtf16(text, codePointLength(text) + 1)).toThrow(TextRangeError);
    expect(() => codePointToUtf16(text, -1)).toThrow(TextRangeError);
  });
});

describe('sliceByCodePoints', () => {
  it('slices whole emoji and Sami letters', () => {
    const text = `${FLAG}ŋš${HEALTH_WORKER}đá`;
    expect(sliceByCodePoints(text, 0, 2)).toBe(FLAG);
    expect(sliceByCodePoints(text, 2, 4)).toBe('ŋš');
    expect(sliceByCodePoints(text, 4, 9)).toBe(HEALTH_WORKER);
    expect(sliceByCodePoints(text, 9)).toBe('đá');
  });

  it('keeps a combining accent as its own code point', () => {
    const text = `B${DECOMPOSED_A}r`;
    expect(sliceByCodePoints(text, 1, 3)).toBe(DECOMPOSED_A);
    expect(sliceByCodePoints(text, 1, 2)).toBe('a');
  });
});

describe('checkRange / assertRange', () => {
  const text = `${HEALTH_WORKER} ok`; // 8 code points

  it('accepts a valid half-open range up to the end', () => {
    expect(checkRange(text, { start: 0, end: 8 })).toEqual({ ok: true });
    expect(checkRange(8, { start: 7, end: 8 })).toEqual({ ok: true });
  });

  it('names the problem for out-of-range, empty, reversed and fractional ranges', () => {
    expect(checkRange(text, { start: 0, end: 9 })).toMatchObject({ ok: false, key: 'errors.rangeOutOfBounds', vars: { length: 8 } });
    expect(checkRange(text, { start: -1, end: 2 })).toMatchObject({ ok: false, key: 'errors.rangeOutOfBounds' });
    expect(checkRange(text, { start: 3, end: 3 })).toMatchObject({ ok: false, key: 'errors.rangeEmpty' });
    expect(checkRange(text, { start: 4, end: 2 })).toMatchObject({ ok: false, key: 'errors.rangeEmpty' });
    expect(checkRange(text, { start: 0.5, end: 2 })).toMatchObject({ ok: false, key: 'errors.rangeNotInteger' });
    expect(() => assertRange(text, { start: 0, end: 9 })).toThrow(/errors.rangeOutOfBounds/);
  });
});

describe('CodePointIndex', () => {
  it('gives the same answers as the one-off functions', () => {
    const text = `Ávžš ${FLAG}${HEALTH_WORKER} ŋ\n${DECOMPOSED_A}`;
    const index = new CodePointIndex(text);
    expect(index.length).toBe(codePointLength(text));
    for (let cp = 0; cp <= index.length; cp++) {
      expect(index.toUtf16(cp)).toBe(codePointToUtf16(text, cp));
      expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
    }
    expect(index.slice({ start: 5, end: 7 })).toBe(FLAG);
    expect(() => index.toCodePoint(6)).toThrow(/offsetSplitsCharacter/);
    expect(() => index.toUtf16(index.length + 1)).toThrow(TextRangeError);
  });
});
