/**
 * Pseudonymous participant codes such as `BAE-P-07`: a municipality prefix, `-P-`, and a number per
 * municipality. Pure functions; `code-sequence.ts` does the database part.
 */

const folds: Record<string, string> = { Æ: 'AE', Ø: 'O', Å: 'A', Ä: 'A', Ö: 'O', Ü: 'U' };

/** Upper-case ASCII letters only: Bærum → BAERUM, Tromsø → TROMSO, Å → A, Deatnu-Tana → DEATNUTANA. */
export function foldMunicipalityName(name: string): string {
  return [...name.toUpperCase()]
    .map((ch) => folds[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/[^A-Z]/g, '');
}

/**
 * Assigns a prefix to every municipality. Prefixes already in use (from existing codes) are kept so
 * codes stay stable; the rest are given in the order the municipalities joined the programme: the
 * first three letters, or on a collision the first two plus the next letter of the name that makes it
 * unique (Trondheim after Tromsø → TRN), and as a last resort the first two plus any free letter.
 */
export function assignPrefixes(
  municipalities: { id: string; name: string }[],
  inUse: Map<string, string>,
): Map<string, string> {
  const result = new Map(inUse);
  const taken = new Set(inUse.values());
  for (const m of municipalities) {
    if (result.has(m.id)) continue;
    const letters = foldMunicipalityName(m.name).padEnd(3, 'X');
    const candidates = [letters.slice(0, 3), ...[...letters.slice(3)].map((ch) => letters.slice(0, 2) + ch), ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((ch) => letters.slice(0, 2) + ch)];
    const prefix = candidates.find((c) => !taken.has(c)) ?? `${letters.slice(0, 1)}${m.id.slice(0, 2).toUpperCase()}`;
    taken.add(prefix);
    result.set(m.id, prefix);
  }
  return result;
}

export const codePattern = /^([A-Z]{3})-P-(\d+)$/;

export function formatCode(prefix: string, sequence: number): string {
  return `${prefix}-P-${String(sequence).padStart(2, '0')}`;
}

/** The number of a code with this prefix, or undefined for anything else. */
export function sequenceOf(code: string, prefix: string): number | undefined {
  const match = codePattern.exec(code);
  return match && match[1] === prefix ? Number(match[2]) : undefined;
}
