import { tryParseFormula } from '../calc/expression.js';
import type { Row } from './rows.js';

// REDCap's calculated fields on import and export: the @CALCTEXT action tag's formula, and whether Varde can compute a formula.

/** The formula inside @CALCTEXT( … ), parentheses balanced; undefined when the annotation has none. */
export function calcTextFormula(annotation: string): string | undefined {
  const at = annotation.search(/@CALCTEXT\s*\(/i);
  if (at < 0) return undefined;
  const open = annotation.indexOf('(', at);
  let depth = 0;
  let quote = '';
  for (let i = open; i < annotation.length; i++) {
    const ch = annotation[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return annotation.slice(open + 1, i).trim();
  }
  return undefined;
}

export function checkFormula(formula: string, r: Row, report: (key: string, r: Row, vars?: Record<string, string | number>) => void) {
  const parsed = tryParseFormula(formula);
  if (!parsed.ok) report('calcUnsupported', r, { formula: formula.slice(0, 200), reason: parsed.reason });
}

