import type { Condition } from '../definition.js';

/**
 * XLSForm `relevant` ↔ Condition for the simple subset: `${x} = 'a'`, `${x} != ''`, comparisons with numbers,
 * `selected(${q}, 'v')`, `not(selected(${q}, 'v'))`, and/or, parentheses. Anything else (other XPath functions,
 * arithmetic, field-to-field comparisons) is refused with a reason. Also the simple `constraint`s.
 */

export type RelevantResult = { ok: true; condition: Condition } | { ok: false; reason: string };

class Unsupported extends Error {}

type Token = { kind: 'ref'; name: string } | { kind: 'str'; value: string } | { kind: 'num'; value: number } | { kind: 'op'; value: string } | { kind: 'word'; value: string } | { kind: 'punct'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => Token | null][] = [
    [/^\s+/, () => null],
    [/^\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}/, (m) => ({ kind: 'ref', name: m[1] })],
    [/^'([^']*)'|^"([^"]*)"/, (m) => ({ kind: 'str', value: m[1] ?? m[2] })],
    [/^-?\d+(\.\d+)?/, (m) => ({ kind: 'num', value: Number(m[0]) })],
    [/^(!=|<=|>=|=|<|>)/, (m) => ({ kind: 'op', value: m[1] })],
    [/^(and|or|selected|not)\b/, (m) => ({ kind: 'word', value: m[1] })],
    [/^[(),]/, (m) => ({ kind: 'punct', value: m[0] })],
  ];
  let rest = text;
  outer: while (rest.length) {
    for (const [re, make] of patterns) {
      const m = re.exec(rest);
      if (!m) continue;
      const token = make(m);
      if (token) tokens.push(token);
      rest = rest.slice(m[0].length);
      continue outer;
    }
    const fn = /^([A-Za-z:-]+)\s*\(/.exec(rest);
    throw new Unsupported(fn ? `function ${fn[1]}()` : `unreadable text “${rest.slice(0, 20)}”`);
  }
  return tokens;
}

const opMap: Record<string, 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte'> = { '=': 'eq', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };

function parse(tokens: Token[]): Condition {
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (kind: Token['kind'], value?: string) => {
    const t = tokens[pos++];
    if (!t || t.kind !== kind || (value !== undefined && (t as { value?: string }).value !== value)) throw new Unsupported('expression that is not a comparison of a field with a value');
    return t;
  };
  const isWord = (v: string) => peek()?.kind === 'word' && (peek() as { value: string }).value === v;
  function selected(): { item: string; value: string } {
    take('word', 'selected');
    take('punct', '(');
    const ref = take('ref') as { name: string };
    take('punct', ',');
    const lit = tokens[pos++];
    if (!lit || (lit.kind !== 'str' && lit.kind !== 'num')) throw new Unsupported('selected() with something other than a value');
    take('punct', ')');
    return { item: ref.name, value: String(lit.value) };
  }
  function primary(): Condition {
    if (peek()?.kind === 'punct' && (peek() as { value: string }).value === '(') {
      pos++;
      const inner = or();
      take('punct', ')');
      return inner;
    }
    if (isWord('selected')) return { ...selected(), op: 'selected' };
    if (isWord('not')) {
      pos++;
      take('punct', '(');
      if (!isWord('selected')) throw new Unsupported('not() around something other than selected()');
      const s = selected();
      take('punct', ')');
      return { ...s, op: 'notSelected' };
    }
    const ref = take('ref') as { name: string };
    const op = opMap[(take('op') as { value: string }).value];
    const lit = tokens[pos++];
    if (!lit || (lit.kind !== 'str' && lit.kind !== 'num')) throw new Unsupported('comparison between two fields or with a calculation');
    if (lit.kind === 'str' && lit.value === '' && (op === 'eq' || op === 'neq')) return { item: ref.name, op: op === 'eq' ? 'unanswered' : 'answered' };
    return { item: ref.name, op, value: lit.value };
  }
  function and(): Condition {
    const parts = [primary()];
    while (isWord('and')) {
      pos++;
      parts.push(primary());
    }
    return parts.length === 1 ? parts[0] : { all: parts };
  }
  function or(): Condition {
    const parts = [and()];
    while (isWord('or')) {
      pos++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0] : { any: parts };
  }
  const result = or();
  if (pos !== tokens.length) throw new Unsupported('expression that is not a comparison of a field with a value');
  return result;
}

/** `rename` maps the form's names to Varde's (lowercased) variable names. */
export function parseRelevant(text: string, rename: (name: string) => string = (n) => n): RelevantResult {
  try {
    const tokens = tokenize(text).map((t) => (t.kind === 'ref' ? { ...t, name: rename(t.name) } : t));
    if (!tokens.length) return { ok: false, reason: 'empty' };
    return { ok: true, condition: parse(tokens) };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

const lit = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);
const opText = { eq: '=', neq: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

export function formatRelevant(cond: Condition, nested = false): string {
  if ('all' in cond || 'any' in cond) {
    const parts = 'all' in cond ? cond.all : cond.any;
    const text = parts.map((c) => formatRelevant(c, true)).join('all' in cond ? ' and ' : ' or ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  switch (cond.op) {
    case 'answered':
      return `\${${cond.item}} != ''`;
    case 'unanswered':
      return `\${${cond.item}} = ''`;
    case 'selected':
      return `selected(\${${cond.item}}, '${cond.value}')`;
    case 'notSelected':
      return `not(selected(\${${cond.item}}, '${cond.value}'))`;
    default:
      return `\${${cond.item}} ${opText[cond.op]} ${lit(cond.value)}`;
  }
}

/** What a simple constraint says: a range of the value, of its length, of the number of choices, or of a date. */
export interface Constraint {
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  maxChecked?: number;
  minDate?: string;
  maxDate?: string;
}

export function parseConstraint(text: string): { ok: true; constraint: Constraint } | { ok: false } {
  const out: Constraint = {};
  for (const raw of text.split(/\s+and\s+/)) {
    const part = raw.trim().replace(/^\((.*)\)$/, '$1').trim();
    let m: RegExpExecArray | null;
    if ((m = /^\.\s*(>=|<=)\s*(-?\d+(?:\.\d+)?)$/.exec(part))) out[m[1] === '>=' ? 'min' : 'max'] = Number(m[2]);
    else if ((m = /^string-length\(\s*\.\s*\)\s*(>=|<=)\s*(\d+)$/.exec(part))) out[m[1] === '>=' ? 'minLength' : 'maxLength'] = Number(m[2]);
    else if ((m = /^count-selected\(\s*\.\s*\)\s*<=\s*(\d+)$/.exec(part))) out.maxChecked = Number(m[1]);
    else if ((m = /^\.\s*(>=|<=)\s*date\(\s*'(\d{4}-\d{2}-\d{2})'\s*\)$/.exec(part))) out[m[1] === '>=' ? 'minDate' : 'maxDate'] = m[2];
    else return { ok: false };
  }
  return { ok: true, constraint: out };
}

export function formatConstraint(c: Constraint): string {
  const parts: string[] = [];
  if (c.min !== undefined) parts.push(`. >= ${c.min}`);
  if (c.max !== undefined) parts.push(`. <= ${c.max}`);
  if (c.minLength !== undefined) parts.push(`string-length(.) >= ${c.minLength}`);
  if (c.maxLength !== undefined) parts.push(`string-length(.) <= ${c.maxLength}`);
  if (c.maxChecked !== undefined) parts.push(`count-selected(.) <= ${c.maxChecked}`);
  if (c.minDate !== undefined) parts.push(`. >= date('${c.minDate}')`);
  if (c.maxDate !== undefined) parts.push(`. <= date('${c.maxDate}')`);
  return parts.join(' and ');
}
