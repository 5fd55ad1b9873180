/**
 * Calculated-field formulas as a tree, read without eval: REDCap's syntax (`[a] + [b]`, `[q(2)]`, `<>`, `^`,
 * `if(…)`, `round`, `sum`, `mean`, `min`, `max`, `datediff`, …) and XLSForm's (`${a}`, `!=`, `div`, `mod`,
 * `if`, `concat`, `today()`), so one evaluator serves both. A formula using anything else is refused with a
 * reason: the import reports it and keeps the formula, uncomputed.
 */
export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'ref'; name: string; code?: string; label?: boolean }
  | { k: 'neg'; e: Expr }
  | { k: 'bin'; op: BinaryOp; a: Expr; b: Expr }
  | { k: 'call'; fn: string; args: Expr[] };
export type BinaryOp = '+' | '-' | '*' | '/' | '^' | 'mod' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'and' | 'or';

/** Functions and how many arguments each takes ([min, max]). Names are lowercased when read. */
export const functions: Record<string, [number, number]> = {
  if: [3, 3], round: [1, 2], roundup: [1, 2], rounddown: [1, 2], sum: [1, 200], mean: [1, 200], min: [1, 200], max: [1, 200],
  median: [1, 200], abs: [1, 1], sqrt: [1, 1], datediff: [3, 5], concat: [1, 200], coalesce: [2, 2], int: [1, 1], number: [1, 1],
  pow: [2, 2], not: [1, 1], today: [0, 0], 'string-length': [1, 1], isblankormissingcode: [1, 1],
};

export class FormulaError extends Error {}

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; name: string; code?: string; label?: boolean } | { t: 'op'; v: string } | { t: 'word'; v: string };

const refName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function tokenize(text: string, rename: (name: string) => string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(rest))) {
      i += m[0].length;
      continue;
    }
    if ((m = /^\[([A-Za-z_][A-Za-z0-9_]*)(?:\(([^)\s]+)\))?(?::(label|value))?\]/.exec(rest))) {
      if (out.at(-1)?.t === 'ref') throw new FormulaError('fields of other events');
      out.push({ t: 'ref', name: rename(m[1]), ...(m[2] ? { code: m[2] } : {}), ...(m[3] === 'label' ? { label: true } : {}) });
    } else if ((m = /^\$\{([^}]+)\}/.exec(rest))) {
      if (!refName.test(m[1])) throw new FormulaError(`reference “${m[0]}”`);
      out.push({ t: 'ref', name: rename(m[1]) });
    } else if ((m = /^\[[^\]]*\]/.exec(rest))) throw new FormulaError(`smart variable “${m[0]}”`);
    else if ((m = /^(\d+(\.\d*)?|\.\d+)/.exec(rest))) out.push({ t: 'num', v: Number(m[0]) });
    else if ((m = /^'([^']*)'|^"([^"]*)"/.exec(rest))) out.push({ t: 'str', v: m[1] ?? m[2] });
    else if ((m = /^(<>|!=|<=|>=|==|=|<|>|\+|-|\*|\/|\^|\(|\)|,)/.exec(rest))) out.push({ t: 'op', v: m[0] === '!=' ? '<>' : m[0] === '==' ? '=' : m[0] });
    else if ((m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(rest))) out.push({ t: 'word', v: m[0].toLowerCase() });
    else throw new FormulaError(`unreadable text “${rest.slice(0, 20)}”`);
    i += m[0].length;
  }
  return out;
}

/** Reads a formula. `rename` maps the file's names to Varde's variable names (XLSForm allows capitals and '-'). */
export function parseFormula(text: string, rename: (name: string) => string = (n) => n): Expr {
  const tokens = tokenize(text, rename);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const isWord = (v: string) => peek()?.t === 'word' && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaError(`“${v}” expected`);
    pos++;
  };
  const binary = (next: () => Expr, ops: string[], words: string[] = []): Expr => {
    let left = next();
    for (;;) {
      const tok = peek();
      const op = tok?.t === 'op' && ops.includes(tok.v) ? tok.v : tok?.t === 'word' && words.includes(tok.v) ? tok.v : undefined;
      if (!op) return left;
      pos++;
      const mapped = (op === 'div' ? '/' : op) as BinaryOp;
      left = { k: 'bin', op: mapped, a: left, b: next() };
    }
  };
  const or = (): Expr => binary(and, [], ['or']);
  const and = (): Expr => binary(comparison, [], ['and']);
  const comparison = (): Expr => binary(additive, ['=', '<>', '<', '<=', '>', '>=']);
  const additive = (): Expr => binary(multiplicative, ['+', '-']);
  const multiplicative = (): Expr => binary(unary, ['*', '/'], ['div', 'mod']);
  const unary = (): Expr => (isOp('-') ? (pos++, { k: 'neg', e: unary() }) : isOp('+') ? (pos++, unary()) : power());
  const power = (): Expr => {
    const base = primary();
    if (!isOp('^')) return base;
    pos++;
    return { k: 'bin', op: '^', a: base, b: unary() };
  };
  const primary = (): Expr => {
    const tok = peek();
    if (!tok) throw new FormulaError('the formula ends too early');
    pos++;
    if (tok.t === 'num') return { k: 'num', v: tok.v };
    if (tok.t === 'str') return { k: 'str', v: tok.v };
    if (tok.t === 'ref') return { k: 'ref', name: tok.name, ...(tok.code ? { code: tok.code } : {}), ...(tok.label ? { label: true } : {}) };
    if (tok.t === 'op' && tok.v === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (tok.t === 'word') {
      if (tok.v === 'true' || tok.v === 'false') {
        if (isOp('(')) (pos++, expect(')'));
        return { k: 'num', v: tok.v === 'true' ? 1 : 0 };
      }
      const arity = functions[tok.v];
      if (!arity) throw new FormulaError(`function ${tok.v}()`);
      expect('(');
      const args: Expr[] = [];
      if (!isOp(')'))
        for (;;) {
          args.push(or());
          if (!isOp(',')) break;
          pos++;
        }
      expect(')');
      if (args.length < arity[0] || args.length > arity[1]) throw new FormulaError(`${tok.v}() with ${args.length} arguments`);
      return { k: 'call', fn: tok.v, args };
    }
    throw new FormulaError(`unexpected “${tok.t === 'op' ? tok.v : ''}”`);
  };
  if (tokens.length === 0) throw new FormulaError('empty formula');
  const tree = or();
  if (pos < tokens.length) throw new FormulaError('text after the end of the formula');
  return tree;
}

/** The names a formula reads. */
export function formulaReferences(e: Expr, out = new Set<string>()): Set<string> {
  if (e.k === 'ref') out.add(e.name);
  else if (e.k === 'neg') formulaReferences(e.e, out);
  else if (e.k === 'bin') (formulaReferences(e.a, out), formulaReferences(e.b, out));
  else if (e.k === 'call') for (const a of e.args) formulaReferences(a, out);
  return out;
}

/** Reads a formula or says why not, for import reports. */
export function tryParseFormula(text: string, rename?: (name: string) => string): { ok: true; expr: Expr } | { ok: false; reason: string } {
  try {
    return { ok: true, expr: parseFormula(text, rename) };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, reason: error.message };
    throw error;
  }
}
