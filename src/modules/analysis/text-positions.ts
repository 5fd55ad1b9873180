/**
 * Text positions for coding (issue 7).
 *
 * Every range Varde stores is half-open `[start, end)` and counted in Unicode CODE POINTS over the
 * working (pseudonymised) text. Why code points: REFI-QDA §10.2 counts code points, so codings
 * survive export/import with NVivo, ATLAS.ti, MAXQDA and QualCoder; and JavaScript strings count
 * UTF-16 units, in which an emoji such as 🇳🇴 is 4 units but 2 code points — storing UTF-16
 * offsets would shift every coding after the first emoji when another tool reads them.
 *
 * Code points are not graphemes: "👩🏽‍⚕️" is one visible character but 5 code points, and a
 * decomposed "á" (a + U+0301) is 2. The importers normalise text to NFC so that precomposed Sami
 * and Norwegian letters count as one; graphemes are left to the browser's selection.
 */

/** A half-open range `[start, end)` in code points. */
export interface TextRange {
  start: number;
  end: number;
}

/** A range that cannot be used on a text; `key` is an i18n message key, `vars` its values. */
export class TextRangeError extends Error {
  constructor(
    readonly key: 'errors.rangeNotInteger' | 'errors.rangeOutOfBounds' | 'errors.rangeEmpty' | 'errors.offsetSplitsCharacter',
    readonly vars: Record<string, string | number>,
  ) {
    super(`${key} ${JSON.stringify(vars)}`);
    this.name = 'TextRangeError';
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of code points in `text` (what `[...text].length` gives, without the array). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    // A well-formed pair counts once; a lone surrogate counts as one code point, as in `[...text]`.
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count;
}

/**
 * UTF-16 offset → code-point offset. The browser's Selection/Range API reports UTF-16 offsets;
 * this turns them into what we store. An offset between the two halves of a surrogate pair is
 * rejected rather than rounded, because it means the caller computed it wrongly.
 */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  if (!Number.isInteger(utf16Offset) || utf16Offset < 0 || utf16Offset > text.length) {
    throw new TextRangeError('errors.rangeOutOfBounds', { offset: utf16Offset, length: text.length });
  }
  if (utf16Offset > 0 && utf16Offset < text.length && isLowSurrogate(text.charCodeAt(utf16Offset)) && isHighSurrogate(text.charCodeAt(utf16Offset - 1))) {
    throw new TextRangeError('errors.offsetSplitsCharacter', { offset: utf16Offset });
  }
  return codePointLength(text.slice(0, utf16Offset));
}

/** Code-point offset → UTF-16 offset (to build a DOM Range or to `slice` a JS string). */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  if (!Number.isInteger(codePointOffset) || codePointOffset < 0) {
    throw new TextRangeError('errors.rangeOutOfBounds', { offset: codePointOffset, length: codePointLength(text) });
  }
  let units = 0;
  for (let seen = 0; seen < codePointOffset; seen++) {
    if (units >= text.length) {
      throw new TextRangeError('errors.rangeOutOfBounds', { offset: codePointOffset, length: codePointLength(text) });
    }
    const pair = isHighSurrogate(text.charCodeAt(units)) && units + 1 < text.length && isLowSurrogate(text.charCodeAt(units + 1));
    units += pair ? 2 : 1;
  }
  return units;
}

/** `text[start, end)` counted in code points. `end` defaults to the end of the text. */
export function sliceByCodePoints(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  const to = end === undefined ? text.length : codePointToUtf16(text, end);
  return text.slice(from, Math.max(from, to));
}

export type RangeCheck = { ok: true } | { ok: false; key: TextRangeError['key']; vars: Record<string, string | number> };

/**
 * Checks a range against a text (or a text's code-point length). Empty ranges are refused: a
 * coding must cover at least one character, and `[s, s)` would count as nothing in agreement.
 */
export function checkRange(textOrLength: string | number, range: TextRange): RangeCheck {
  const length = typeof textOrLength === 'number' ? textOrLength : codePointLength(textOrLength);
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { ok: false, key: 'errors.rangeNotInteger', vars: { start, end } };
  if (start < 0 || end > length) return { ok: false, key: 'errors.rangeOutOfBounds', vars: { start, end, length } };
  if (start >= end) return { ok: false, key: 'errors.rangeEmpty', vars: { start, end } };
  return { ok: true };
}

/** As `checkRange`, but throws a `TextRangeError` (for code that must not continue). */
export function assertRange(textOrLength: string | number, range: TextRange): void {
  const check = checkRange(textOrLength, range);
  if (!check.ok) throw new TextRangeError(check.key, check.vars);
}

/**
 * Precomputed code-point ↔ UTF-16 conversion for one text, for callers that convert many
 * offsets in a long transcript (rendering hundreds of codings) and should not rescan each time.
 */
export class CodePointIndex {
  /** utf16At[i] = UTF-16 offset of code point i; the last entry is text.length. */
  private readonly utf16At: Uint32Array;

  constructor(readonly text: string) {
    const offsets = new Uint32Array(codePointLength(text) + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      offsets[cp++] = i;
      if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    }
    offsets[cp] = text.length;
    this.utf16At = offsets;
  }

  get length(): number {
    return this.utf16At.length - 1;
  }

  toUtf16(codePointOffset: number): number {
    if (!Number.isInteger(codePointOffset) || codePointOffset < 0 || codePointOffset > this.length) {
      throw new TextRangeError('errors.rangeOutOfBounds', { offset: codePointOffset, length: this.length });
    }
    return this.utf16At[codePointOffset];
  }

  toCodePoint(utf16Offset: number): number {
    // Binary search: offsets are strictly increasing.
    let lo = 0;
    let hi = this.length;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const value = this.utf16At[mid];
      if (value === utf16Offset) return mid;
      if (value < utf16Offset) lo = mid + 1;
      else hi = mid - 1;
    }
    if (Number.isInteger(utf16Offset) && utf16Offset > 0 && utf16Offset < this.text.length) {
      throw new TextRangeError('errors.offsetSplitsCharacter', { offset: utf16Offset });
    }
    throw new TextRangeError('errors.rangeOutOfBounds', { offset: utf16Offset, length: this.text.length });
  }

  slice(range: TextRange): string {
    return this.text.slice(this.toUtf16(range.start), this.toUtf16(range.end));
  }
}
