import type { Condition } from './definition.js';

/**
 * What REDCap branching logic and XLSForm `relevant` have in common once tokenized: comparisons of a
 * field with a literal, joined by and/or (and binding tighter) with parentheses, read into a Condition
 * and written back. Each format keeps its own syntax — field references, operator spellings, checkbox
 * and selected() forms — in redcap/logic.ts and xlsform/logic.ts.
 */

export type LogicResult = { ok: true; condition: Condition } | { ok: false; reason: string };

/** Anything outside the subset; the message is the reason reported instead of a guess. */
export class UnsupportedLogic extends Error {}

export type Token =
  | { kind: 'ref'; name: string; code?: string }
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'op'; value: string }
  | { kind: 'word'; value: string }
  | { kind: 'punct'; value: string };

type Comparison = 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte';
type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] }>;

const notAComparison = 'expression that is not a comparison of a field with a value';

/** The parser's position in the tokens, with the checks both formats make. */
export class TokenCursor {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  get done(): boolean {
    return this.pos === this.tokens.length;
  }
  /** Whether the next token is of this kind (and value, when given); does not move. */
  at(kind: Token['kind'], value?: string): boolean {
    const t = this.tokens[this.pos];
    return t?.kind === kind && (value === undefined || (t as { value?: unknown }).value === value);
  }
  skip(): void {
    this.pos++;
  }
  /** The next token, which must be of this kind (and value, when given). */
  take<K extends Token['kind']>(kind: K, value?: string): Extract<Token, { kind: K }> {
    const t = this.tokens[this.pos++];
    if (!t || t.kind !== kind || (value !== undefined && (t as { value?: unknown }).value !== value)) throw new UnsupportedLogic(notAComparison);
    return t as Extract<Token, { kind: K }>;
  }
  /** The next token, which must be a string or number literal; otherwise `reason`. */
  literal(reason: string): Extract<Token, { kind: 'str' | 'num' }> {
    const t = this.tokens[this.pos++];
    if (!t || (t.kind !== 'str' && t.kind !== 'num')) throw new UnsupportedLogic(reason);
    return t;
  }
}

/** field op literal; comparing with the empty string asks whether the item was answered at all. */
export function comparison(item: string, op: Comparison, lit: Extract<Token, { kind: 'str' | 'num' }>): Leaf {
  if (lit.kind === 'str' && lit.value === '' && (op === 'eq' || op === 'neq')) return { item, op: op === 'eq' ? 'unanswered' : 'answered' };
  return { item, op, value: lit.value };
}

/**
 * Tokenizes and parses `a and b or (c)`; `operand` reads one format-specific comparison and is called
 * with `group`, which reads a parenthesised sub-expression up to its closing token.
 */
export function parseLogic(tokenize: () => Token[], operand: (c: TokenCursor, group: () => Condition) => Condition): LogicResult {
  try {
    const tokens = tokenize();
    if (tokens.length === 0) return { ok: false, reason: 'empty' };
    const c = new TokenCursor(tokens);
    const join = (part: () => Condition, word: 'and' | 'or', wrap: (parts: Condition[]) => Condition) => () => {
      const parts = [part()];
      while (c.at('word', word)) {
        c.skip();
        parts.push(part());
      }
      return parts.length === 1 ? parts[0] : wrap(parts);
    };
    const or: () => Condition = join(join(() => operand(c, or), 'and', (all) => ({ all })), 'or', (any) => ({ any }));
    const condition = or();
    if (!c.done) throw new UnsupportedLogic(notAComparison);
    return { ok: true, condition };
  } catch (e) {
    if (e instanceof UnsupportedLogic) return { ok: false, reason: e.message };
    throw e;
  }
}

/** A literal as both formats write it: numbers bare, text in single quotes. */
export const quoteLiteral = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);

/** Writes and/or with parentheses only around a nested group of several; `leaf` writes one comparison. */
export function formatLogic(cond: Condition, leaf: (c: Leaf) => string, nested = false): string {
  if ('all' in cond || 'any' in cond) {
    const parts = 'all' in cond ? cond.all : cond.any;
    const text = parts.map((c) => formatLogic(c, leaf, true)).join('all' in cond ? ' and ' : ' or ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  return leaf(cond);
}
