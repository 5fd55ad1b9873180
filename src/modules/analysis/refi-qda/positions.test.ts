import { describe, expect, it } from 'vitest';
import { chooseConvention, conventionOfOrigin, positionMap, type RawRange } from './positions.js';

// Positions are computed here with the platform's own counting (JS strings are UTF-16, Buffer is
// UTF-8), independently of positions.ts, so the test checks the conversion rather than restating it.
const utf16 = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};
const utf8 = (text: string, part: string) => {
  const { start, end } = utf16(text, part);
  return { start: Buffer.byteLength(text.slice(0, start)), end: Buffer.byteLength(text.slice(0, end)) };
};
const codePoints = (text: string, i: number) => [...text.slice(0, i)].length;

describe('position conventions', () => {
  const text = 'Ola 🇳🇴: jeg har håp\r\nKari 👩🏽‍⚕️: tjenestene hjalp\r\nSlutt';

  it('maps UTF-16 units, UTF-8 bytes and line breaks counted once to code points and back', () => {
    const u = utf16(text, 'tjenestene hjalp');
    const m16 = positionMap(text, 'utf16');
    expect(m16.toCodePoint(u.start)).toBe(codePoints(text, u.start));
    expect(m16.fromCodePoint(codePoints(text, u.end))).toBe(u.end);
    expect(m16.length).toBe(text.length);
    // Inside the flag's first surrogate pair: not a position at all.
    expect(m16.toCodePoint(text.indexOf('🇳🇴') + 1)).toBeNull();
    const b = utf8(text, 'tjenestene hjalp');
    const m8 = positionMap(text, 'utf8');
    expect(m8.toCodePoint(b.start)).toBe(codePoints(text, u.start));
    expect(m8.toCodePoint(Buffer.byteLength(text.slice(0, text.indexOf('håp'))) + 2)).toBeNull(); // inside the two bytes of å
    const lf = text.replace(/\r\n/g, '\n');
    const once = positionMap(text, 'utf16_crlf_once');
    const l = utf16(lf, 'Slutt');
    expect([...text].slice(once.toCodePoint(l.start)!, once.toCodePoint(l.end)!).join('')).toBe('Slutt');
    expect(once.length).toBe(lf.length);
  });

  it('knows the tools by their origin', () => {
    expect(conventionOfOrigin('NVivo for Windows 12.6')).toBe('utf16');
    expect(conventionOfOrigin('NVivo 14 (Mac)')).toBe('utf16');
    expect(conventionOfOrigin('ATLAS.ti 23.2.1')).toBe('utf16_crlf_once');
    expect(conventionOfOrigin('Taguette 1.4.1')).toBe('utf8');
    expect(conventionOfOrigin('QualCoder 3.6')).toBe('codepoints');
    expect(conventionOfOrigin('Varde; positions=utf16')).toBe('utf16');
    expect(conventionOfOrigin('Some tool')).toBeNull();
  });

  const texts = new Map([['s', text]]);
  const range = (p: { start: number; end: number }, name: string | null = null): RawRange => ({ source: 's', ...p, name });

  it('keeps the origin’s convention when every selection fits it', () => {
    const choice = chooseConvention('NVivo for Windows 14', texts, [range(utf16(text, 'tjenestene hjalp')), range(utf16(text, 'Slutt'))]);
    expect(choice).toEqual({ convention: 'utf16', method: 'origin', rejected: null, invalid: null });
  });

  it('rejects the origin’s convention when a selection ends inside a character, and says so', () => {
    // Code points ([3, 5) is "😀c"), but the file claims NVivo: in UTF-16, 5 falls inside the second emoji.
    const small = 'a😀b😀c';
    const ranges = [{ source: 's', start: 3, end: 5, name: null }];
    expect(positionMap(small, 'utf16').toCodePoint(5)).toBeNull();
    const choice = chooseConvention('NVivo for Windows 14', new Map([['s', small]]), ranges);
    expect(choice.convention).not.toBe('utf16');
    expect(choice.rejected).toBe('utf16');
    expect(choice.invalid).toBeNull();
  });

  it('uses the selections’ quoted names when the origin says nothing', () => {
    const ranges = [range(utf16(text, 'tjenestene hjalp'), 'tjenestene hjalp'), range(utf16(text, 'Slutt'), 'Slutt')];
    expect(chooseConvention(null, texts, ranges)).toMatchObject({ convention: 'utf16', method: 'names' });
  });

  it('reports a selection that fits no convention', () => {
    const choice = chooseConvention('NVivo for Windows 14', texts, [{ source: 's', start: 3, end: 10_000, name: null }]);
    expect(choice.invalid).toEqual({ source: 's', position: 10_000, length: text.length });
  });
});
