import type { Condition } from '../definition.js';
import { comparison, formatLogic, parseLogic, quoteLiteral, UnsupportedLogic, type LogicResult, type Token } from '../logic-expression.js';

/**
 * REDCap branching logic ↔ Condition, for the simple subset Varde can represent: `[x] = '1'`, `[cb(2)] = '1'`,
 * `[x] <> ""`, comparisons with numbers, and/or, parentheses. Functions (datediff, if, contains …), events
 * (`[event][x]`), instances, smart variables and arithmetic are refused with a reason, never guessed.
 * The and/or grammar shared with XLSForm is in ../logic-expression.ts; REDCap's own syntax is here.
 */

export type { LogicResult };

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
      if (/^\[/.test(text.slice(i + ref[0].length))) throw new UnsupportedLogic('event or instance reference');
      tokens.push({ kind: 'ref', name: ref[1], code: ref[2] });
      i += ref[0].length;
      continue;
    }
    if (rest.startsWith('[')) throw new UnsupportedLogic('smart variable or unreadable field reference');
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
      tokens.push({ kind: 'word', value: word[1].toLowerCase() });
      i += word[0].length;
      continue;
    }
    if (rest[0] === '(' || rest[0] === ')') {
      tokens.push({ kind: 'punct', value: rest[0] });
      i += 1;
      continue;
    }
    const fn = /^([a-z_]+)\s*\(/i.exec(rest);
    if (fn) throw new UnsupportedLogic(`function ${fn[1]}()`);
    throw new UnsupportedLogic(`unreadable text “${rest.slice(0, 20)}”`);
  }
  return tokens;
}

const opMap: Record<string, 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte'> = { '=': 'eq', '==': 'eq', '<>': 'neq', '!=': 'neq', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };

export function parseRedcapLogic(text: string): LogicResult {
  return parseLogic(() => tokenize(text), (c, group) => {
    if (c.at('punct', '(')) {
      c.skip();
      const inner = group();
      c.take('punct');
      return inner;
    }
    const ref = c.take('ref');
    const operator = opMap[c.take('op').value];
    const lit = c.literal('comparison between two fields or with a calculation');
    if (ref.code !== undefined) {
      // Checkbox: [cb(code)] = '1' is "code chosen", '0' is "not chosen".
      const v = String(lit.value);
      if ((operator === 'eq' || operator === 'neq') && (v === '1' || v === '0'))
        return { item: ref.name, op: (operator === 'eq') === (v === '1') ? 'selected' : 'notSelected', value: ref.code };
      throw new UnsupportedLogic('checkbox compared with something other than 1 or 0');
    }
    return comparison(ref.name, operator, lit);
  });
}

const opText = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;

/** Writes the canonical REDCap form (single quotes, spaces around operators, parentheses only where needed). */
export function formatRedcapLogic(cond: Condition): string {
  return formatLogic(cond, (leaf) => {
    switch (leaf.op) {
      case 'answered':
        return `[${leaf.item}] <> ''`;
      case 'unanswered':
        return `[${leaf.item}] = ''`;
      case 'selected':
        return `[${leaf.item}(${leaf.value})] = '1'`;
      case 'notSelected':
        return `[${leaf.item}(${leaf.value})] = '0'`;
      default:
        return `[${leaf.item}] ${opText[leaf.op]} ${quoteLiteral(leaf.value)}`;
    }
  });
}
