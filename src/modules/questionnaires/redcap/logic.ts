import type { Condition } from '../definition.js';

/**
 * REDCap branching logic ↔ Condition, for the simple subset Varde can represent: `[x] = '1'`, `[cb(2)] = '1'`,
 * `[x] <> ""`, comparisons with numbers, and/or, parentheses. Functions (datediff, if, contains …), events
 * (`[event][x]`), instances, smart variables and arithmetic are refused with a reason, never guessed.
 */

type Token =
  | { kind: 'ref'; name: string; code?: string }
  | { kind: 'str'; value: string }
  | { kind: 'num'; value: number }
  | { kind: 'op'; value: string }
  | { kind: 'word'; value: 'and' | 'or' }
  | { kind: 'paren'; value: '(' | ')' };

export type LogicResult = { ok: true; condition: Condition } | { ok: false; reason: string };

class Unsupported extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const ref = /^\[([a-z][a-z0-9_]*)(?:\(([^()\]]+)\))?\]/i.exec(rest);
    if (ref) {
      if (/^\[/.test(text.slice(i + ref[0].length))) throw new Unsupported('event or instance reference');
      tokens.push({ kind: 'ref', name: ref[1], code: ref[2] });
      i += ref[0].length;
      continue;
    }
    if (rest.startsWith('[')) throw new Unsupported('smart variable or unreadable field reference');
    const str = /^'([^']*)'|^"([^"]*)"/.exec(rest);
    if (str) {
      tokens.push({ kind: 'str', value: str[1] ?? str[2] });
      i += str[0].length;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(rest);
    if (num) {
      tokens.push({ kind: 'num', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const op = /^(<>|!=|<=|>=|==|=|<|>)/.exec(rest);
    if (op) {
      tokens.push({ kind: 'op', value: op[1] });
      i += op[0].length;
      continue;
    }
    const word = /^(and|or)\b/i.exec(rest);
    if (word) {
      tokens.push({ kind: 'word', value: word[1].toLowerCase() as 'and' | 'or' });
      i += word[0].length;
      continue;
    }
    if (rest[0] === '(' || rest[0] === ')') {
      tokens.push({ kind: 'paren', value: rest[0] });
      i += 1;
      continue;
    }
    const fn = /^([a-z_]+)\s*\(/i.exec(rest);
    if (fn) throw new Unsupported(`function ${fn[1]}()`);
    throw new Unsupported(`unreadable text “${rest.slice(0, 20)}”`);
  }
  return tokens;
}

const opMap: Record<string, 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte'> = { '=': 'eq', '==': 'eq', '<>': 'neq', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };

function parse(tokens: Token[]): Condition {
  let pos = 0;
  const peek = () => tokens[pos];
  const expect = <K extends Token['kind']>(kind: K): Extract<Token, { kind: K }> => {
    const t = tokens[pos++];
    if (!t || t.kind !== kind) throw new Unsupported('expression that is not a comparison of a field with a value');
    return t as Extract<Token, { kind: K }>;
  };
  function comparison(): Condition {
    const next = peek();
    if (next?.kind === 'paren' && next.value === '(') {
      pos++;
      const inner = or();
      expect('paren');
      return inner;
    }
    const ref = expect('ref');
    const op = expect('op');
    const lit = tokens[pos++];
    if (!lit || (lit.kind !== 'str' && lit.kind !== 'num')) throw new Unsupported('comparison between two fields or with a calculation');
    const operator = opMap[op.value];
    if (ref.code !== undefined) {
      // Checkbox: [cb(code)] = '1' is "code chosen", '0' is "not chosen".
      const v = String(lit.value);
      if ((operator === 'eq' || operator === 'neq') && (v === '1' || v === '0'))
        return { item: ref.name, op: (operator === 'eq') === (v === '1') ? 'selected' : 'notSelected', value: ref.code };
      throw new Unsupported('checkbox compared with something other than 1 or 0');
    }
    if (lit.kind === 'str' && lit.value === '' && (operator === 'eq' || operator === 'neq')) return { item: ref.name, op: operator === 'eq' ? 'unanswered' : 'answered' };
    return { item: ref.name, op: operator, value: lit.value };
  }
  function and(): Condition {
    const parts = [comparison()];
    while (peek()?.kind === 'word' && (peek() as { value: string }).value === 'and') {
      pos++;
      parts.push(comparison());
    }
    return parts.length === 1 ? parts[0] : { all: parts };
  }
  function or(): Condition {
    const parts = [and()];
    while (peek()?.kind === 'word' && (peek() as { value: string }).value === 'or') {
      pos++;
      parts.push(and());
    }
    return parts.length === 1 ? parts[0] : { any: parts };
  }
  const result = or();
  if (pos !== tokens.length) throw new Unsupported('expression that is not a comparison of a field with a value');
  return result;
}

export function parseRedcapLogic(text: string): LogicResult {
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) return { ok: false, reason: 'empty' };
    return { ok: true, condition: parse(tokens) };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, reason: e.message };
    throw e;
  }
}

const quote = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);
const opText = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** Writes the canonical REDCap form (single quotes, spaces around operators, parentheses only where needed). */
export function formatRedcapLogic(cond: Condition, nested = false): string {
  if ('all' in cond || 'any' in cond) {
    const parts = 'all' in cond ? cond.all : cond.any;
    const text = parts.map((c) => formatRedcapLogic(c, true)).join('all' in cond ? ' and ' : ' or ');
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  switch (cond.op) {
    case 'answered':
      return `[${cond.item}] <> ''`;
    case 'unanswered':
      return `[${cond.item}] = ''`;
    case 'selected':
      return `[${cond.item}(${cond.value})] = '1'`;
    case 'notSelected':
      return `[${cond.item}(${cond.value})] = '0'`;
    default:
      return `[${cond.item}] ${opText[cond.op]} ${quote(cond.value)}`;
  }
}
