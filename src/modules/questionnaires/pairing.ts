/**
 * Pre/post pairing without names (pure). Anonymous respondents build an identification code from
 * stable facts only they know and can repeat; it is normalised here and turned into a keyed hash
 * elsewhere (keys.ts) — the code itself is never stored.
 */

/** The questions of the self-generated code, in order. `letter`: one letter; `day`: 1–31; `digit`: 0–9. */
export const pairingCodeParts = [
  { name: 'mother', kind: 'letter' },
  { name: 'birthplace', kind: 'letter' },
  { name: 'birthday', kind: 'day' },
  { name: 'phone', kind: 'digit' },
] as const;
export type PairingPart = (typeof pairingCodeParts)[number]['name'];

/**
 * Checks and normalises the answers: letters upper-cased (æøå kept; accents folded so «É» and «E»
 * agree), the day as two digits. Returns the code or the parts that are wrong.
 */
export function normalisePairingCode(input: Partial<Record<PairingPart, unknown>>): { code: string } | { invalid: PairingPart[] } {
  const out: string[] = [];
  const invalid: PairingPart[] = [];
  for (const part of pairingCodeParts) {
    const raw = typeof input[part.name] === 'string' ? (input[part.name] as string).trim() : '';
    if (part.kind === 'letter') {
      const upper = raw.toLocaleUpperCase('nb');
      const folded = /^[ÆØÅ]$/.test(upper) ? upper : upper.normalize('NFD').replace(/\p{M}/gu, '');
      if (/^\p{L}$/u.test(folded)) out.push(folded);
      else invalid.push(part.name);
    } else if (part.kind === 'day') {
      const n = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
      if (n >= 1 && n <= 31) out.push(String(n).padStart(2, '0'));
      else invalid.push(part.name);
    } else if (/^\d$/.test(raw)) out.push(raw);
    else invalid.push(part.name);
  }
  return invalid.length ? { invalid } : { code: out.join('|') };
}

export interface PairableResponse<T = unknown> {
  id: string;
  /** The pairing key (anonymous) or the participant id (linked); null when the respondent gave none. */
  key: string | null;
  data?: T;
}

export interface PairingResult<T = unknown> {
  matched: { key: string; pre: PairableResponse<T>; post: PairableResponse<T> }[];
  /** Pre without post and post without pre. */
  unmatchedPre: PairableResponse<T>[];
  unmatchedPost: PairableResponse<T>[];
  /** A key given by more than one response within one wave: none of them is paired (we cannot tell who is who). */
  ambiguous: { key: string; pre: number; post: number }[];
  /** Responses without a key (no code given). */
  withoutKey: { pre: number; post: number };
}

function byKey<T>(rows: PairableResponse<T>[]) {
  const map = new Map<string, PairableResponse<T>[]>();
  for (const r of rows) if (r.key !== null) map.set(r.key, [...(map.get(r.key) ?? []), r]);
  return map;
}

/** Pairs complete pre responses with complete post responses by key; a key twice in one wave is ambiguous. */
export function pairPrePostResponses<T>(pre: PairableResponse<T>[], post: PairableResponse<T>[]): PairingResult<T> {
  const preBy = byKey(pre);
  const postBy = byKey(post);
  const result: PairingResult<T> = {
    matched: [], unmatchedPre: [], unmatchedPost: [], ambiguous: [],
    withoutKey: { pre: pre.filter((r) => r.key === null).length, post: post.filter((r) => r.key === null).length },
  };
  const keys = new Set([...preBy.keys(), ...postBy.keys()]);
  for (const key of [...keys].sort()) {
    const a = preBy.get(key) ?? [];
    const b = postBy.get(key) ?? [];
    if (a.length > 1 || b.length > 1) result.ambiguous.push({ key, pre: a.length, post: b.length });
    else if (a.length === 1 && b.length === 1) result.matched.push({ key, pre: a[0], post: b[0] });
    else if (a.length === 1) result.unmatchedPre.push(a[0]);
    else result.unmatchedPost.push(b[0]);
  }
  return result;
}
