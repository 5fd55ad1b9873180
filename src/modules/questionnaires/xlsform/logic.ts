import type { Condition } from '../definition.js';
import { comparison, formatLogic, parseLogic, quoteLiteral, UnsupportedLogic, type LogicResult, type Token, type TokenCursor } from '../logic-expression.js';

/**
 * XLSForm `relevant` ↔ Condition for the simple subset: `${x} = 'a'`, `${x} != ''`, comparisons with numbers,
 * `selected(${q}, 'v')`, `not(selected(${q}, 'v'))`, and/or, parentheses. Anything else (other XPath functions,
 * arithmetic, field-to-field comparisons) is refused with a reason. Also the simple `constraint`s.
 * The and/or grammar shared with REDCap is in ../logic-expression.ts; XLSForm's own syntax is here.
 */

export type RelevantResult = LogicResult;

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
    throw new UnsupportedLogic(fn ? `function ${fn[1]}()` : `unreadable text “${rest.slice(0, 20)}”`);
  }
  return tokens;
}

const opMap: Record<string, 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte'> = { '=': 'eq', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };

/** selected(${q}, 'v') */
function selected(c: TokenCursor): { item: string; value: string } {
  c.take('word', 'selected');
  c.take('punct', '(');
  const ref = c.take('ref');
  c.take('punct', ',');
  const lit = c.literal('selected() with something other than a value');
  c.take('punct', ')');
  return { item: ref.name, value: String(lit.value) };
}

/** `rename` maps the form's names to Varde's (lowercased) variable names. */
export function parseRelevant(text: string, rename: (name: string) => string = (n) => n): RelevantResult {
  const tokens = () => tokenize(text).map((t) => (t.kind === 'ref' ? { ...t, name: rename(t.name) } : t));
  return parseLogic(tokens, (c, group): Condition => {
    if (c.at('punct', '(')) {
      c.skip();
      const inner = group();
      c.take('punct', ')');
      return inner;
    }
    if (c.at('word', 'selected')) return { ...selected(c), op: 'selected' };
    if (c.at('word', 'not')) {
      c.skip();
      c.take('punct', '(');
      if (!c.at('word', 'selected')) throw new UnsupportedLogic('not() around something other than selected()');
      const s = selected(c);
      c.take('punct', ')');
      return { ...s, op: 'notSelected' };
    }
    const ref = c.take('ref');
    const op = opMap[c.take('op').value];
    return comparison(ref.name, op, c.literal('comparison between two fields or with a calculation'));
  });
}

const opText = { eq: '=', neq: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

export function formatRelevant(cond: Condition): string {
  return formatLogic(cond, (leaf) => {
    switch (leaf.op) {
      case 'answered':
        return `\${${leaf.item}} != ''`;
      case 'unanswered':
        return `\${${leaf.item}} = ''`;
      case 'selected':
        return `selected(\${${leaf.item}}, '${leaf.value}')`;
      case 'notSelected':
        return `not(selected(\${${leaf.item}}, '${leaf.value}'))`;
      default:
        return `\${${leaf.item}} ${opText[leaf.op]} ${quoteLiteral(leaf.value)}`;
    }
  });
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
