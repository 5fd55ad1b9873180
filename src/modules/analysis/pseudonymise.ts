/**
 * Pseudonymisation on import (issue 7 §2): names of registered participants, staff, services and
 * municipalities are replaced by their pseudonymous codes or role tags before anyone codes the
 * text. The pseudonymised text is the working text; every coding position refers to it.
 *
 * Matching rules and why:
 * - case-insensitive ("bærum", "BÆRUM"): transcription software and people are inconsistent;
 * - whole words with Unicode boundaries (letters, marks, digits), so "Kari" is not found in
 *   "Karianne" and "Ås" not in "Åsmund", while æøå, Sami and accented letters count as letters;
 *   a hyphen IS a boundary, so "Oslo" is replaced in "Oslo-området" — a leak is worse than a
 *   clumsy compound;
 * - longest name first, so "Kari Nordmann" is replaced as one name, not as "Kari" + "Nordmann";
 * - Norwegian genitive ("Karis", "Bærums", "Hans'"): the name is replaced and the genitive ending
 *   kept after the tag ("[kommune]s"), so the sentence still reads;
 * - the same word registered for two different replacements (two participants called Kari) is
 *   replaced by a neutral tag and flagged `ambiguous` for a person to settle.
 * The text is assumed NFC (the importers normalise), and so are the names (normalised here).
 */
import type { ParsedDocument } from './parsed-document.js';
import { contactReplacement, findContactDetails, type ContactKind } from './pseudonymise-contacts.js';
import { codePointLength, type TextRange } from './text-positions.js';

export type PseudonymKind = 'participant' | 'staff' | 'service' | 'municipality' | ContactKind;

export interface PseudonymRegistry {
  /** Registered participants: full name and first name (and any nickname) → e.g. "[tjenestemottaker BAE-P-07]". */
  participants?: { names: string[]; replacement: string; phones?: string[]; emails?: string[] }[];
  staff?: { names: string[]; replacement: string }[];
  services?: { name: string; replacement?: string }[];
  municipalities?: { name: string; replacement?: string }[];
  /** Used where one name belongs to several registered entries. */
  ambiguousReplacement?: string;
  /**
   * Phone numbers, e-mail addresses and valid fødselsnummer (pseudonymise-contacts.ts), registered or
   * not, are replaced too unless this is false (a single name confirmed by hand needs only the name).
   */
  contactDetails?: boolean;
}

export const DEFAULT_SERVICE_TAG = '[tjeneste]';
export const DEFAULT_MUNICIPALITY_TAG = '[kommune]';
export const DEFAULT_AMBIGUOUS_TAG = '[navn]';

export interface Replacement {
  kind: PseudonymKind;
  /** The words replaced, as they stood in the original text. */
  original: string;
  replacement: string;
  ambiguous: boolean;
  /** Code-point range of the tag in the NEW text. */
  start: number;
  end: number;
  /** Code-point range of the name in the ORIGINAL text. */
  originalStart: number;
  originalEnd: number;
}

/** One replaced span: `[oldStart, oldEnd)` in the original became `[newStart, newEnd)`. */
export interface OffsetSegment {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export interface OffsetMap {
  segments: OffsetSegment[];
  oldLength: number;
  newLength: number;
}

export interface PseudonymisedText {
  text: string;
  replacements: Replacement[];
  offsets: OffsetMap;
}

interface Target {
  kind: PseudonymKind;
  replacement: string;
  ambiguous: boolean;
}

const key = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function targets(registry: PseudonymRegistry): Map<string, Target> {
  const ambiguousTag = registry.ambiguousReplacement ?? DEFAULT_AMBIGUOUS_TAG;
  const result = new Map<string, Target>();
  const add = (name: string, kind: PseudonymKind, replacement: string) => {
    const k = key(name);
    if (!k) return;
    const existing = result.get(k);
    if (!existing) result.set(k, { kind, replacement, ambiguous: false });
    else if (existing.replacement !== replacement) result.set(k, { kind: existing.kind, replacement: ambiguousTag, ambiguous: true });
  };
  for (const p of registry.participants ?? []) for (const n of p.names) add(n, 'participant', p.replacement);
  for (const s of registry.staff ?? []) for (const n of s.names) add(n, 'staff', s.replacement);
  for (const s of registry.services ?? []) add(s.name, 'service', s.replacement ?? DEFAULT_SERVICE_TAG);
  for (const m of registry.municipalities ?? []) add(m.name, 'municipality', m.replacement ?? DEFAULT_MUNICIPALITY_TAG);
  return result;
}

const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}_]`;

function matcher(names: Iterable<string>): RegExp | null {
  const sorted = [...names].sort((a, b) => codePointLength(b) - codePointLength(a) || a.localeCompare(b));
  if (sorted.length === 0) return null;
  // Inner whitespace matches any run of spaces (a name can be broken across a line).
  const alternatives = sorted.map((n) => n.split(' ').map(escapeRegExp).join(String.raw`\s+`)).join('|');
  return new RegExp(String.raw`(?<!${WORD_CHAR})(${alternatives})((?:s|['’]s?)?)(?!${WORD_CHAR})`, 'giu');
}

export function pseudonymise(text: string, registry: PseudonymRegistry): PseudonymisedText {
  const byName = targets(registry);
  const pattern = matcher(byName.keys());
  const oldLength = codePointLength(text);

  // Spans to replace, in UTF-16 units over `text`: contact details first, then names outside them.
  const spans: { index: number; length: number; target: Target }[] = [];
  if (registry.contactDetails !== false) {
    const registered = registry.participants ?? [];
    for (const c of findContactDetails(text)) {
      spans.push({ index: c.index, length: c.length, target: { kind: c.kind, replacement: contactReplacement(c, registered), ambiguous: false } });
    }
  }
  const contacts = spans.length;
  const insideContact = (index: number, length: number) => spans.slice(0, contacts).some((c) => index < c.index + c.length && c.index < index + length);
  if (pattern) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1];
      const target = byName.get(key(name));
      if (!target || insideContact(m.index, name.length)) continue;
      // The genitive ending (m[2]) is not part of the span: it is copied with the next gap.
      spans.push({ index: m.index, length: name.length, target });
    }
  }
  if (spans.length === 0) return { text, replacements: [], offsets: { segments: [], oldLength, newLength: oldLength } };
  spans.sort((a, b) => a.index - b.index);

  const pieces: string[] = [];
  const replacements: Replacement[] = [];
  const segments: OffsetSegment[] = [];
  let lastUtf16 = 0;
  let oldCp = 0;
  let newCp = 0;
  for (const { index, length, target } of spans) {
    const name = text.slice(index, index + length);
    const gap = text.slice(lastUtf16, index);
    const gapLength = codePointLength(gap);
    pieces.push(gap, target.replacement);
    oldCp += gapLength;
    newCp += gapLength;
    const nameLength = codePointLength(name);
    const tagLength = codePointLength(target.replacement);
    segments.push({ oldStart: oldCp, oldEnd: oldCp + nameLength, newStart: newCp, newEnd: newCp + tagLength });
    replacements.push({
      kind: target.kind,
      original: name,
      replacement: target.replacement,
      ambiguous: target.ambiguous,
      start: newCp,
      end: newCp + tagLength,
      originalStart: oldCp,
      originalEnd: oldCp + nameLength,
    });
    oldCp += nameLength;
    newCp += tagLength;
    lastUtf16 = index + length;
  }
  pieces.push(text.slice(lastUtf16));
  const newText = pieces.join('');
  return { text: newText, replacements, offsets: { segments, oldLength, newLength: codePointLength(newText) } };
}

/**
 * An original code-point offset → the offset in the pseudonymised text. An offset inside a
 * replaced name snaps to the tag's start (`bias: 'start'`) or end (`'end'`), so a range that
 * covered part of a name covers the whole tag.
 */
export function mapOffset(map: OffsetMap, offset: number, bias: 'start' | 'end'): number {
  let delta = 0;
  // Segments are sorted and disjoint; binary search for the last one starting before `offset`.
  let lo = 0;
  let hi = map.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (map.segments[mid].oldStart < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0) {
    const s = map.segments[found];
    if (offset < s.oldEnd) return bias === 'start' ? s.newStart : s.newEnd;
    delta = s.newEnd - s.oldEnd;
  }
  return offset + delta;
}

export function remapRange(map: OffsetMap, range: TextRange): TextRange {
  return { start: mapOffset(map, range.start, 'start'), end: mapOffset(map, range.end, 'end') };
}

/**
 * Pseudonymises a parsed transcript: the text, the turn ranges (remapped) and the speaker labels
 * (a label that is exactly a registered name becomes its tag; otherwise names inside it are).
 */
export function pseudonymiseDocument(doc: ParsedDocument, registry: PseudonymRegistry): { document: ParsedDocument; replacements: Replacement[] } {
  const result = pseudonymise(doc.text, registry);
  const turns = doc.turns.map((turn) => ({
    ...turn,
    ...remapRange(result.offsets, turn),
    speaker: turn.speaker === null ? null : pseudonymise(turn.speaker, registry).text,
  }));
  return { document: { text: result.text, turns }, replacements: result.replacements };
}
