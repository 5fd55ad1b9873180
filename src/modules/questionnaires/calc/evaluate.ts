import type { Expr } from './expression.js';

/**
 * Evaluates a formula tree over answers, as REDCap does: a blank answer makes arithmetic blank (the calc shows
 * nothing), while sum/mean/min/max/median skip blanks; comparisons with a blank treat it as ''; division by zero
 * is blank; datediff counts a year as 365.2425 days and a month as 30.44 (REDCap's constants) and is unsigned
 * unless its last argument is true. No eval: every operation is one of the cases below.
 */
export type Value = number | string | boolean | null;

export interface EvalContext {
  /** The answer (or computed value) of a variable; undefined when not answered. */
  value: (name: string) => string | number | string[] | undefined;
  /** The label of a coded answer, for `[q:label]` in @CALCTEXT. */
  label?: (name: string) => string | undefined;
  /** "today" and "now": passed in so a test can fix the day. */
  now: Date;
}

const isBlank = (v: Value) => v === null || v === '';

export function toNumber(v: Value): number | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const t = v.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
  return Number(t);
}

const truthy = (v: Value) => (typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 : v !== null && v !== '' && v !== '0');

function arithmetic(op: string, a: number, b: number): number | null {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? null : a / b;
    case '^': return a ** b;
    default: return b === 0 ? null : a % b;
  }
}

function compare(op: string, a: Value, b: Value): boolean {
  const na = isBlank(a) ? null : toNumber(a);
  const nb = isBlank(b) ? null : toNumber(b);
  const both = na !== null && nb !== null;
  const x = both ? na : String(a ?? '');
  const y = both ? nb : String(b ?? '');
  // An ordering with a blank side is false in REDCap; equality compares the texts ('' = '' is true).
  if (!both && ['<', '<=', '>', '>='].includes(op)) return false;
  switch (op) {
    case '=': return x === y;
    case '<>': return x !== y;
    case '<': return x < y;
    case '<=': return x <= y;
    case '>': return x > y;
    default: return x >= y;
  }
}

const roundTo = (n: number, places: number, how: 'round' | 'up' | 'down') => {
  const f = 10 ** places;
  const scaled = Math.abs(n) * f;
  // Against binary noise: 1.005 * 100 is 100.49999999999999; REDCap (PHP) rounds it to 1.01.
  const cleaned = Number(scaled.toPrecision(12));
  const r = how === 'round' ? Math.round(cleaned) : how === 'up' ? Math.ceil(cleaned) : Math.floor(cleaned);
  return (Math.sign(n) * r) / f;
};

/** A date or date-time answer ('2024-05-01', '2024-05-01 13:30'), 'today' or 'now' as milliseconds; null otherwise. */
function dateOf(v: Value, now: Date): number | null {
  if (v === null) return null;
  const s = String(v).trim();
  if (s === 'today') return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (s === 'now') return now.getTime();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) : null;
}

const unitDays: Record<string, number> = { y: 365.2425, M: 30.44, d: 1, h: 1 / 24, m: 1 / 1440, s: 1 / 86400 };

function call(fn: string, args: Expr[], ctx: EvalContext): Value {
  const vals = () => args.map((a) => evaluate(a, ctx));
  const numbers = () => vals().map(toNumber).filter((n): n is number => n !== null);
  switch (fn) {
    case 'if':
      return truthy(evaluate(args[0], ctx)) ? evaluate(args[1], ctx) : evaluate(args[2], ctx);
    case 'round':
    case 'roundup':
    case 'rounddown': {
      const [x, d] = vals().map(toNumber);
      if (x === null) return null;
      return roundTo(x, Math.max(0, Math.min(10, d ?? 0)), fn === 'round' ? 'round' : fn === 'roundup' ? 'up' : 'down');
    }
    case 'sum': {
      const ns = numbers();
      return ns.length ? ns.reduce((a, b) => a + b, 0) : null;
    }
    case 'mean': {
      const ns = numbers();
      return ns.length ? ns.reduce((a, b) => a + b, 0) / ns.length : null;
    }
    case 'min':
    case 'max': {
      const ns = numbers();
      return ns.length ? (fn === 'min' ? Math.min(...ns) : Math.max(...ns)) : null;
    }
    case 'median': {
      const ns = numbers().sort((a, b) => a - b);
      if (!ns.length) return null;
      const mid = Math.floor(ns.length / 2);
      return ns.length % 2 ? ns[mid] : (ns[mid - 1] + ns[mid]) / 2;
    }
    case 'abs':
    case 'sqrt':
    case 'int':
    case 'number': {
      const x = toNumber(evaluate(args[0], ctx));
      if (x === null) return null;
      return fn === 'abs' ? Math.abs(x) : fn === 'sqrt' ? (x < 0 ? null : Math.sqrt(x)) : fn === 'int' ? Math.trunc(x) : x;
    }
    case 'pow': {
      const [a, b] = vals().map(toNumber);
      return a === null || b === null ? null : a ** b;
    }
    case 'datediff': {
      const v = vals();
      const [a, b] = [dateOf(v[0], ctx.now), dateOf(v[1], ctx.now)];
      const unit = String(v[2] ?? '');
      if (a === null || b === null || !(unit in unitDays)) return null;
      // The optional 4th argument is a date format (dates are stored ISO, so it changes nothing); the last may be "signed".
      const signed = v.length >= 4 && truthy(v[v.length - 1]) && !/^(ymd|mdy|dmy)$/.test(String(v[v.length - 1]));
      const diff = (b - a) / 86_400_000 / unitDays[unit];
      return signed ? diff : Math.abs(diff);
    }
    case 'concat':
      return vals().map((x) => (x === null ? '' : typeof x === 'boolean' ? (x ? '1' : '0') : String(x))).join('');
    case 'coalesce': {
      const [a, b] = vals();
      return isBlank(a) ? b : a;
    }
    case 'not':
      return !truthy(evaluate(args[0], ctx));
    case 'today':
      return ctx.now.toISOString().slice(0, 10);
    case 'string-length': {
      const x = evaluate(args[0], ctx);
      return x === null ? 0 : String(x).length;
    }
    case 'isblankormissingcode':
      return isBlank(evaluate(args[0], ctx));
    default:
      return null;
  }
}

export function evaluate(e: Expr, ctx: EvalContext): Value {
  switch (e.k) {
    case 'num':
      return e.v;
    case 'str':
      return e.v;
    case 'ref': {
      const v = ctx.value(e.name);
      if (e.code !== undefined) return Array.isArray(v) ? (v.includes(e.code) ? 1 : 0) : String(v ?? '') === e.code ? 1 : 0;
      if (v === undefined || (Array.isArray(v) && v.length === 0)) return null;
      if (e.label) return ctx.label?.(e.name) ?? (Array.isArray(v) ? v.join(', ') : v);
      return Array.isArray(v) ? v.join(',') : typeof v === 'string' && v.trim() === '' ? null : v;
    }
    case 'neg': {
      const x = toNumber(evaluate(e.e, ctx));
      return x === null ? null : -x;
    }
    case 'bin': {
      if (e.op === 'and') return truthy(evaluate(e.a, ctx)) && truthy(evaluate(e.b, ctx));
      if (e.op === 'or') return truthy(evaluate(e.a, ctx)) || truthy(evaluate(e.b, ctx));
      const a = evaluate(e.a, ctx);
      const b = evaluate(e.b, ctx);
      if (['=', '<>', '<', '<=', '>', '>='].includes(e.op)) return compare(e.op, a, b);
      const [x, y] = [toNumber(a), toNumber(b)];
      if (x === null || y === null) return null;
      return arithmetic(e.op, x, y);
    }
    case 'call':
      return call(e.fn, e.args, ctx);
  }
}
