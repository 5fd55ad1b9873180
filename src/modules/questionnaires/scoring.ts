import { cronbachAlpha, type CronbachAlpha, type Result } from '../statistics/index.js';
import { answerableVariables, type AnswerValue, type Answers, type InstrumentDefinition, type Item, type Scale } from './definition.js';
import { visibleVariables } from './logic.js';

/**
 * Scale scores, computed by the server and stored with the response. Reverse-scored items are mirrored within
 * the item's own range (min + max − v), so a 1–5 item and a 0–4 item both reverse correctly. N/A, "don't know",
 * blanks and answers to hidden items are missing. With fewer than minAnswered items the score is missing (null).
 * A sum over a scale with some items missing (but enough answered) is prorated: mean of the answered items × the
 * number of items, so a respondent who skipped one item is not scored as if they had answered 0.
 */

/** The numeric range and reader of a variable, or undefined when the variable has no numeric values. */
export interface NumericItem {
  min: number | undefined;
  max: number | undefined;
  read: (value: AnswerValue | undefined) => number | undefined;
}

function numericCodes(codes: string[]): number[] | undefined {
  const nums = codes.map((c) => (/^[-+]?\d+(\.\d+)?$/.test(c.trim()) ? Number(c) : NaN));
  return nums.every(Number.isFinite) ? nums : undefined;
}

const readNumber = (value: AnswerValue | undefined) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const readCode = (allowed: string[]) => (value: AnswerValue | undefined) =>
  typeof value === 'string' && allowed.includes(value) ? Number(value) : undefined;

export function numericItem(item: Item): NumericItem | undefined {
  switch (item.type) {
    case 'likert': {
      const values = item.points.map((p) => p.value);
      return { min: Math.min(...values), max: Math.max(...values), read: (v) => (typeof v === 'number' && values.includes(v) ? v : undefined) };
    }
    case 'single_choice':
    case 'matrix': {
      if (item.type === 'matrix' && item.multiple) return undefined;
      const codes = item.choices.map((c) => c.code);
      const nums = numericCodes(codes);
      return nums ? { min: Math.min(...nums), max: Math.max(...nums), read: readCode(codes) } : undefined;
    }
    case 'yes_no':
      return { min: 0, max: 1, read: readCode(['0', '1']) };
    case 'number':
      return { min: item.min, max: item.max, read: readNumber };
    case 'slider':
      return { min: item.min, max: item.max, read: readNumber };
    default:
      return undefined;
  }
}

/** Variable name → its item, for the scales' lookups. */
function itemsByVariable(def: InstrumentDefinition): Map<string, Item> {
  return new Map(answerableVariables(def).map((v) => [v.name, v.item]));
}

/** One value per scale item in the scale's order, reversed where the scale says so; missing as null. */
export function scaleItemValues(def: InstrumentDefinition, scale: Scale, answers: Answers, shown = visibleVariables(def, answers)): (number | null)[] {
  const items = itemsByVariable(def);
  return scale.items.map((variable) => {
    const item = items.get(variable);
    const numeric = item && numericItem(item);
    if (!numeric || !shown.has(variable)) return null;
    const v = numeric.read(answers[variable]);
    if (v === undefined) return null;
    if (!scale.reverse.includes(variable)) return v;
    // Reversal needs both ends of the range; check-definition refuses a reverse item without them.
    return numeric.min !== undefined && numeric.max !== undefined ? numeric.min + numeric.max - v : null;
  });
}

export function scoreScale(def: InstrumentDefinition, scale: Scale, answers: Answers, shown = visibleVariables(def, answers)): number | null {
  const values = scaleItemValues(def, scale, answers, shown).filter((v): v is number => v !== null);
  if (values.length === 0 || values.length < scale.minAnswered) return null;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const score = scale.method === 'mean' ? mean : values.length === scale.items.length ? values.reduce((s, v) => s + v, 0) : mean * scale.items.length;
  // Rounded to remove floating-point noise (0.1 + 0.2), not to lose precision anyone would report.
  return Math.round(score * 1e9) / 1e9;
}

export function scoreResponse(def: InstrumentDefinition, answers: Answers): Record<string, number | null> {
  const shown = visibleVariables(def, answers);
  return Object.fromEntries(def.scales.map((scale) => [scale.name, scoreScale(def, scale, answers, shown)]));
}

/** Cronbach's alpha of one scale over collected responses (listwise: respondents with every item answered). */
export function cronbachAlphaForScale(def: InstrumentDefinition, scaleName: string, responses: readonly Answers[]): Result<CronbachAlpha> | undefined {
  const scale = def.scales.find((s) => s.name === scaleName);
  if (!scale) return undefined;
  return cronbachAlpha(responses.map((answers) => scaleItemValues(def, scale, answers)));
}
