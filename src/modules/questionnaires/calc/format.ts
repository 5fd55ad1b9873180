import type { Expr } from './expression.js';

/**
 * A formula tree written back as text in REDCap's syntax (`[a] + [b]`, `<>`, `^`) or XLSForm's XPath
 * (`${a} + ${b}`, `!=`, `div`, `pow()`), so a formula read from one format can be exported to the other.
 * Parentheses are written around every nested operation: the meaning never depends on precedence rules.
 */
export type Dialect = 'redcap' | 'xpath';

const quote = (s: string) => (s.includes("'") ? `"${s}"` : `'${s}'`);

export function formatFormula(e: Expr, dialect: Dialect): string {
  const f = (x: Expr): string => {
    const text = formatFormula(x, dialect);
    return x.k === 'bin' ? `(${text})` : text;
  };
  switch (e.k) {
    case 'num':
      return String(e.v);
    case 'str':
      return quote(e.v);
    case 'ref':
      if (dialect === 'redcap') return `[${e.name}${e.code !== undefined ? `(${e.code})` : ''}${e.label ? ':label' : ''}]`;
      return e.code !== undefined ? `selected(\${${e.name}}, ${quote(e.code)})` : e.label ? `jr:choice-name(\${${e.name}}, '\${${e.name}}')` : `\${${e.name}}`;
    case 'neg':
      return `-${f(e.e)}`;
    case 'bin': {
      if (dialect === 'xpath') {
        if (e.op === '^') return `pow(${formatFormula(e.a, dialect)}, ${formatFormula(e.b, dialect)})`;
        const op = e.op === '/' ? 'div' : e.op === '<>' ? '!=' : e.op;
        return `${f(e.a)} ${op} ${f(e.b)}`;
      }
      return `${f(e.a)} ${e.op} ${f(e.b)}`;
    }
    case 'call': {
      const args = e.args.map((a) => formatFormula(a, dialect));
      if (dialect === 'xpath') {
        // XPath's sum() adds a node-set, not a list; ODK's min()/max() take a list. A sum or mean of fields is written out.
        if (e.fn === 'sum') return `(${args.map((_, i) => f(e.args[i])).join(' + ')})`;
        if (e.fn === 'mean') return `((${args.map((_, i) => f(e.args[i])).join(' + ')}) div ${args.length})`;
        if (e.fn === 'datediff') {
          const dt = (x: Expr) => (x.k === 'str' && x.v === 'today' ? 'today()' : formatFormula(x, dialect));
          const unit = e.args[2].k === 'str' ? e.args[2].v : 'd';
          const per = { y: 365.2425, M: 30.44, d: 1, h: 1 / 24, m: 1 / 1440, s: 1 / 86400 }[unit] ?? 1;
          const days = `(decimal-date-time(${dt(e.args[1])}) - decimal-date-time(${dt(e.args[0])}))`;
          return per === 1 ? `abs(${days})` : `abs(${days} div ${per})`;
        }
        if (e.fn === 'roundup' || e.fn === 'rounddown') return `${e.fn === 'roundup' ? 'ceiling' : 'floor'}(${args[0]})`;
        if (e.fn === 'isblankormissingcode') return `(${args[0]} = '')`;
      }
      if (dialect === 'redcap' && e.fn === 'today') return "'today'";
      return `${e.fn}(${args.join(', ')})`;
    }
  }
}
