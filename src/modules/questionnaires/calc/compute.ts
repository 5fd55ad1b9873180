import { allItems, type Answers, type InstrumentDefinition, type InstrumentLanguage, type Item } from '../definition.js';
import { localText } from '../local-text.js';
import { evaluateCondition } from '../logic.js';
import { evaluate, type Value } from './evaluate.js';
import { tryParseFormula, type Expr } from './expression.js';

/**
 * The calculated fields of a response, worked out by the server on every saved screen (participant pages have
 * no JavaScript) and at completion. Each calc is stored among the answers under its own name, so branching,
 * piping, the data export and the REDCap/XLSForm round trip all see it. A calc hidden by branching, or whose
 * result is blank, holds no value. Later calcs may use earlier ones (REDCap evaluates in field order).
 */
const parsed = new Map<string, Expr | null>();
function treeOf(formula: string): Expr | null {
  let tree = parsed.get(formula);
  if (tree === undefined) {
    const result = tryParseFormula(formula);
    tree = result.ok ? result.expr : null;
    if (parsed.size > 2000) parsed.clear();
    parsed.set(formula, tree);
  }
  return tree;
}

/** Numbers are kept to 10 decimals (0.1 + 0.2 is stored as 0.3); booleans are 1 / 0 as in REDCap. */
function stored(v: Value, text: boolean): string | number | undefined {
  if (v === null || v === '') return undefined;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return undefined;
    const n = Number(v.toFixed(10));
    return text ? String(n) : n;
  }
  return v;
}

function labelOf(item: Item | undefined, value: unknown, lang: InstrumentLanguage): string | undefined {
  if (!item || value === undefined) return undefined;
  const codes = Array.isArray(value) ? value.map(String) : [String(value)];
  const choices = item.type === 'single_choice' || item.type === 'multiple_choice' || item.type === 'matrix' ? item.choices : item.type === 'likert' ? item.points.map((p) => ({ code: String(p.value), label: p.label })) : undefined;
  if (!choices) return undefined;
  return codes.map((c) => localText(choices.find((x) => x.code === c)?.label, lang).text || c).join(', ');
}

export function computeCalculated(def: InstrumentDefinition, answers: Answers, now = new Date()): Answers {
  const calcs = allItems(def).filter((i): i is Extract<Item, { type: 'calc' }> => i.type === 'calc');
  if (calcs.length === 0) return answers;
  const out: Answers = { ...answers };
  const byName = new Map<string, Item>();
  for (const item of allItems(def)) {
    byName.set(item.name, item);
    if (item.type === 'matrix') for (const r of item.rows) byName.set(r.name, item);
  }
  for (const calc of calcs) {
    delete out[calc.name];
    if (calc.showIf && !evaluateCondition(calc.showIf, out)) continue;
    const tree = treeOf(calc.formula);
    if (!tree) continue;
    const value = stored(evaluate(tree, { value: (n) => out[n], label: (n) => labelOf(byName.get(n), out[n], def.languages[0]), now }), Boolean(calc.textResult));
    if (value !== undefined) out[calc.name] = value;
  }
  return out;
}

/** Whether a variable is a calculated field's (answers under it come from the server, never from a form post). */
export function calculatedNames(def: InstrumentDefinition): Set<string> {
  return new Set(allItems(def).filter((i) => i.type === 'calc').map((i) => i.name));
}
