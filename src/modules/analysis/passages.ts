/**
 * Passages: the unit of full-text search (issue 7 §5).
 *
 * A document's working text is cut into passages — its speaker turns, and a turn longer than
 * 300 words into chunks of ~150–300 words at sentence boundaries (a text without turns is cut at
 * blank lines the same way). Passage ranges `[start, end)` are in code points and TILE the text:
 * the first starts at 0, each ends where the next starts (so it carries the blank line after its
 * turn), the last ends at the text's length: every hit maps to a range of the text to jump to.
 * (Retrieval reads a coding's own text snapshot, `codings.text`, not passages.)
 *
 * Search indexes the short passages instead of whole documents: ranking reads one ~2 kB tsvector
 * per matching passage instead of one ~35,000-character document's, and `ts_headline` runs only
 * on the passages of the page returned.
 *
 * Maintenance: `rebuildPassages` is called whenever a document is created (import, REFI-QDA) or
 * its text changes (a confirmed name suggestion); the foreign key deletes them with the document.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { documentPassages, documents } from './schema.js';

export const PASSAGE_MIN_WORDS = 150;
export const PASSAGE_MAX_WORDS = 300;

export interface Passage {
  ordinal: number;
  start: number;
  end: number;
  text: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Sorted UTF-16 offsets of `text` → code-point offsets, in one pass. */
function utf16ToCodePoints(text: string, sorted: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let cp = 0;
  for (const offset of sorted) {
    while (i < offset) {
      i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
      cp++;
    }
    out.push(cp);
  }
  return out;
}

const wordCount = (s: string) => (s.match(/\S+/gu) ?? []).length;

/** Sentences of a stretch of text, each with the whitespace after it (so they tile the stretch). */
function sentences(s: string): string[] {
  return (s.match(/[^.!?…]*(?:[.!?…]+["'»”’)\]]*|$)\s*/gu) ?? []).filter((x) => x.length > 0);
}

/** A sentence longer than the maximum is cut every 250 words. */
function pieces(s: string): string[] {
  const out: string[] = [];
  for (const sentence of sentences(s)) {
    if (wordCount(sentence) <= PASSAGE_MAX_WORDS) {
      out.push(sentence);
      continue;
    }
    const words = sentence.match(/\s*\S+\s*/gu) ?? [sentence];
    for (let i = 0; i < words.length; i += 250) out.push(words.slice(i, i + 250).join(''));
  }
  return out;
}

/** Chunk boundaries (UTF-16 offsets within `unit`, excluding 0) for a unit longer than the maximum. */
function chunkOffsets(unit: string): number[] {
  const total = wordCount(unit);
  if (total <= PASSAGE_MAX_WORDS) return [];
  const target = total / Math.ceil(total / 250);
  const out: number[] = [];
  const sizes: number[] = [];
  let offset = 0;
  let words = 0;
  for (const piece of pieces(unit)) {
    const n = wordCount(piece);
    if (words > 0 && (words + n > PASSAGE_MAX_WORDS || (words >= PASSAGE_MIN_WORDS / 2 && words + n / 2 > target))) {
      out.push(offset);
      sizes.push(words);
      words = 0;
    }
    words += n;
    offset += piece.length;
  }
  // A short tail joins the chunk before it when that stays within the maximum.
  if (out.length > 0 && words < PASSAGE_MIN_WORDS / 2 && sizes[sizes.length - 1] + words <= PASSAGE_MAX_WORDS) out.pop();
  return out;
}

/**
 * The passages of a text with its speaker turns (code-point ranges). Turns that are missing,
 * unordered or out of range fall back to paragraphs (blank lines).
 */
export function splitPassages(text: string, turns: { start: number; end: number }[] = []): Passage[] {
  const cps = Array.from(text);
  const length = cps.length;
  if (length === 0) return [];
  let unitStarts = turns.map((t) => t.start);
  const ordered = unitStarts.every((s, i) => Number.isInteger(s) && s >= 0 && s < length && (i === 0 || s > unitStarts[i - 1]));
  if (unitStarts.length === 0 || !ordered) {
    const offsets = [...text.matchAll(/\n[^\S\n]*\n\s*/gu)].map((m) => m.index! + m[0].length).filter((o) => o < text.length);
    unitStarts = utf16ToCodePoints(text, offsets);
  }
  unitStarts = [0, ...unitStarts.filter((s) => s > 0)];
  const boundaries: number[] = [];
  for (let u = 0; u < unitStarts.length; u++) {
    const a = unitStarts[u];
    const b = u + 1 < unitStarts.length ? unitStarts[u + 1] : length;
    boundaries.push(a);
    const unit = cps.slice(a, b).join('');
    for (const cp of utf16ToCodePoints(unit, chunkOffsets(unit))) if (cp > 0 && a + cp < b) boundaries.push(a + cp);
  }
  boundaries.push(length);
  const out: Passage[] = [];
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i];
    const end = boundaries[i + 1];
    if (end > start) out.push({ ordinal: out.length, start, end, text: cps.slice(start, end).join('') });
  }
  return out;
}

/** Replaces the passages of these documents with ones cut from their current text and turns. */
export async function rebuildPassages(db: Executor, documentIds: string | string[]): Promise<number> {
  const ids = [...new Set([documentIds].flat())];
  if (ids.length === 0) return 0;
  const docs = await db
    .select({ id: documents.id, programmeId: documents.programmeId, text: documents.text, turns: documents.turns })
    .from(documents)
    .where(inArray(documents.id, ids));
  await db.delete(documentPassages).where(inArray(documentPassages.documentId, ids));
  const rows = docs.flatMap((d) => splitPassages(d.text, d.turns).map((p) => ({ documentId: d.id, programmeId: d.programmeId, ...p })));
  for (let i = 0; i < rows.length; i += 2000) await db.insert(documentPassages).values(rows.slice(i, i + 2000));
  return rows.length;
}
