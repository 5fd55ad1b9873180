import { allItems, type AnswerValue, type Answers, type Condition, type InstrumentDefinition, type Item } from './definition.js';

/**
 * Branching: whether an item is shown given the answers so far. Pure, shared by the participant pages,
 * validation (required only among visible items), scoring (hidden answers do not count) and the builder preview.
 */

/** An answer counts as given when it is not empty: '' and [] are what a cleared field leaves behind. */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'number' ? Number.isFinite(value) : value.trim() !== '';
}

/** Numbers compare as numbers when both sides read as numbers (REDCap compares '10' > '9' numerically too). */
function asNumber(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const trimmed = value.trim();
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

function compare(answer: string | number, value: string | number): number | undefined {
  const a = asNumber(answer);
  const b = asNumber(value);
  if (a !== undefined && b !== undefined) return a === b ? 0 : a < b ? -1 : 1;
  const sa = String(answer);
  const sb = String(value);
  return sa === sb ? 0 : undefined;
}

export function evaluateCondition(cond: Condition, answers: Answers): boolean {
  if ('all' in cond) return cond.all.every((c) => evaluateCondition(c, answers));
  if ('any' in cond) return cond.any.some((c) => evaluateCondition(c, answers));
  const answer = answers[cond.item];
  const given = isAnswered(answer);
  switch (cond.op) {
    case 'answered':
      return given;
    case 'unanswered':
      return !given;
    case 'selected':
      return given && (Array.isArray(answer) ? answer.includes(cond.value) : String(answer) === cond.value);
    case 'notSelected':
      return !(given && (Array.isArray(answer) ? answer.includes(cond.value) : String(answer) === cond.value));
    case 'eq':
    case 'neq': {
      // A multiple-choice answer equals a value when that value is among the chosen codes.
      const equal = given && (Array.isArray(answer) ? answer.includes(String(cond.value)) : compare(answer, cond.value) === 0);
      return cond.op === 'eq' ? equal : !equal;
    }
    default: {
      // lt/lte/gt/gte: an unanswered or non-numeric item never satisfies an ordering (REDCap treats blank as false here).
      if (!given || Array.isArray(answer)) return false;
      const a = asNumber(answer);
      const b = asNumber(cond.value);
      if (a === undefined || b === undefined) return false;
      if (cond.op === 'lt') return a < b;
      if (cond.op === 'lte') return a <= b;
      if (cond.op === 'gt') return a > b;
      return a >= b;
    }
  }
}

/** The variables an item answers: its own name, or its rows for a matrix, none for descriptive/calc. */
export function itemVariables(item: Item): string[] {
  if (item.type === 'descriptive' || item.type === 'calc') return [];
  if (item.type === 'matrix') return item.rows.map((r) => r.name);
  return [item.name];
}

/**
 * Walks the form in order. An item hidden by its condition contributes no answer to later conditions, so a chain
 * (b depends on a, c on b) closes when a changes — the answers a hidden item still holds never leak into branching.
 */
export function visibility(def: InstrumentDefinition, answers: Answers): { items: Set<string>; variables: Set<string> } {
  const effective: Answers = {};
  const items = new Set<string>();
  const variables = new Set<string>();
  for (const item of allItems(def)) {
    const shown = !item.showIf || evaluateCondition(item.showIf, effective);
    if (!shown) continue;
    items.add(item.name);
    // A calculated field's value (computed by the server, calc/compute.ts) may drive later branching, as in REDCap.
    if (item.type === 'calc' && answers[item.name] !== undefined) effective[item.name] = answers[item.name];
    for (const v of itemVariables(item)) {
      variables.add(v);
      if (answers[v] !== undefined) effective[v] = answers[v];
    }
  }
  return { items, variables };
}

/** The answerable variables shown for these answers. */
export function visibleVariables(def: InstrumentDefinition, answers: Answers): Set<string> {
  return visibility(def, answers).variables;
}

/** The answers to items that are shown; what a hidden item still holds is left out (stored, scored and exported). */
export function visibleAnswers(def: InstrumentDefinition, answers: Answers): Answers {
  const shown = visibleVariables(def, answers);
  return Object.fromEntries(Object.entries(answers).filter(([k, v]) => shown.has(k) && isAnswered(v)));
}
