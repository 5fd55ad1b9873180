import { describe, expect, it } from 'vitest';
import { PASSAGE_MAX_WORDS, splitPassages } from './passages.js';
import { codePointLength, sliceByCodePoints } from './text-positions.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const tiles = (text: string, passages: ReturnType<typeof splitPassages>) => {
  expect(passages.map((p) => p.text).join('')).toBe(text);
  expect(passages[0].start).toBe(0);
  expect(passages[passages.length - 1].end).toBe(codePointLength(text));
  passages.forEach((p, i) => {
    expect(p.ordinal).toBe(i);
    expect(sliceByCodePoints(text, p.start, p.end)).toBe(p.text);
    if (i > 0) expect(p.start).toBe(passages[i - 1].end);
  });
};

describe('passages', () => {
  it('are the speaker turns, tiling the text in code points (emoji count once)', () => {
    const text = '🇳🇴 Håp 👩🏽‍⚕️ og tillit.\n\nSvar med 😀 her.\n\nTakk.';
    const a = codePointLength('🇳🇴 Håp 👩🏽‍⚕️ og tillit.');
    const b = a + 2 + codePointLength('Svar med 😀 her.');
    expect(a).toBe(23);
    const turns = [{ start: 0, end: a }, { start: a + 2, end: b }, { start: b + 2, end: b + 7 }];
    const passages = splitPassages(text, turns);
    tiles(text, passages);
    expect(passages.map((p) => [p.start, p.end])).toEqual([[0, a + 2], [a + 2, b + 2], [b + 2, b + 7]]);
    expect(passages[1].text).toBe('Svar med 😀 her.\n\n');
  });

  it('cut a long turn into 150–300-word chunks at sentence boundaries', () => {
    const sentence = (i: number) => `Dette er setning nummer ${i} om tjenesten og håpet vårt.`;
    const long = Array.from({ length: 100 }, (_, i) => sentence(i)).join(' '); // 1,000 words
    const text = `Kort svar.\n\n${long}`;
    const passages = splitPassages(text, [{ start: 0, end: 10 }, { start: 12, end: codePointLength(text) }]);
    tiles(text, passages);
    expect(passages[0].text).toBe('Kort svar.\n\n');
    const chunks = passages.slice(1);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    for (const c of chunks) {
      expect(words(c.text)).toBeGreaterThanOrEqual(150);
      expect(words(c.text)).toBeLessThanOrEqual(PASSAGE_MAX_WORDS);
      expect(c.text.trimEnd().endsWith('.')).toBe(true);
      expect(c.text.startsWith('Dette')).toBe(true);
    }
  });

  it('fall back to paragraphs without turns, and cut a sentence with no full stop by words', () => {
    const run = Array.from({ length: 700 }, (_, i) => `ord${i}`).join(' ');
    const text = `Første avsnitt.\n\n${run}\n\nSiste avsnitt.`;
    const passages = splitPassages(text, []);
    tiles(text, passages);
    expect(passages[0].text).toBe('Første avsnitt.\n\n');
    expect(passages[passages.length - 1].text).toBe('Siste avsnitt.');
    for (const p of passages) expect(words(p.text)).toBeLessThanOrEqual(PASSAGE_MAX_WORDS);
    expect(splitPassages('', [])).toEqual([]);
  });
});
