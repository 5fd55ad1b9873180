import { describe, expect, it } from 'vitest';
import type { Answers, InstrumentDefinition } from '../definition.js';
import { computeCalculated } from './compute.js';
import { evaluate, type EvalContext } from './evaluate.js';
import { parseFormula, tryParseFormula } from './expression.js';
import { formatFormula } from './format.js';

const now = new Date('2026-03-15T10:00:00Z');
const run = (formula: string, answers: Answers = {}) => evaluate(parseFormula(formula), { value: (n) => answers[n], now } satisfies EvalContext);

describe('calculated-field formulas', () => {
  it('does arithmetic with REDCap precedence and blanks', () => {
    expect(run('[a] + [b] * 2', { a: 1, b: '3' })).toBe(7);
    expect(run('([a] + [b]) / 4', { a: 1, b: 3 })).toBe(1);
    expect(run('2 ^ 3 ^ 2')).toBe(512);
    expect(run('-[a] + 10', { a: 4 })).toBe(6);
    expect(run('[a] + [b]', { a: 1 })).toBeNull();
    expect(run('[a] / [b]', { a: 1, b: 0 })).toBeNull();
    expect(run('${a} div 2 + 7 mod 4', { a: 5 })).toBe(5.5);
  });
  it('has if, round, sum, mean, min, max and comparisons', () => {
    expect(run("if([age] >= 18, 'adult', 'child')", { age: '17' })).toBe('child');
    expect(run('if([a] <> "" and [b] = 2, 1, 0)', { a: 'x', b: 2 })).toBe(1);
    expect(run('round(2.345, 2)')).toBe(2.35);
    expect(run('round(1.005, 2)')).toBe(1.01);
    expect(run('round(-2.5)')).toBe(-3);
    expect(run('roundup(2.301, 1)')).toBe(2.4);
    expect(run('rounddown(2.399, 1)')).toBe(2.3);
    expect(run('sum([a], [b], [c])', { a: 1, c: 4 })).toBe(5);
    expect(run('mean([a], [b], [c])', { a: 1, c: 4 })).toBe(2.5);
    expect(run('min([a], [b], 3)', { a: 7, b: 2 })).toBe(2);
    expect(run('max([a], [b])', { a: 7, b: 12 })).toBe(12);
    expect(run('sum([a], [b])')).toBeNull();
    expect(run("[q(2)] + [q(3)]", { q: ['2', '3'] })).toBe(2);
  });
  it('counts datediff in REDCap’s units, unsigned unless asked', () => {
    expect(run("datediff([d1], [d2], 'd')", { d1: '2024-01-01', d2: '2024-03-01' })).toBe(60);
    expect(run("datediff([d2], [d1], 'd', 'ymd', true)", { d1: '2024-01-01', d2: '2024-03-01' })).toBe(-60);
    expect(run("rounddown(datediff([dob], 'today', 'y'))", { dob: '2000-03-16' })).toBe(25);
    expect(run("round(datediff('2024-01-01', '2024-01-31', 'M'), 3)")).toBe(0.986);
    expect(run("datediff([d1], 'today', 'd')")).toBeNull();
  });
  it('refuses what it does not know with a reason, and never runs code', () => {
    expect(tryParseFormula('stdev([a])')).toEqual({ ok: false, reason: 'function stdev()' });
    expect(tryParseFormula('[event_1_arm_1][a] + 1')).toEqual({ ok: false, reason: 'fields of other events' });
    expect(tryParseFormula('[a] +')).toMatchObject({ ok: false });
    expect(tryParseFormula('constructor.constructor("x")()')).toMatchObject({ ok: false });
    expect(tryParseFormula('round(1, 2, 3)')).toEqual({ ok: false, reason: 'round() with 3 arguments' });
  });
  it('writes a formula in either format’s syntax and reads it back to the same tree', () => {
    const tree = parseFormula("if([a] <> '', round(([a] + [b]) / 2, 1), 0) + [c] ^ 2");
    expect(formatFormula(tree, 'xpath')).toBe("if(${a} != '', round((${a} + ${b}) div 2, 1), 0) + (pow(${c}, 2))");
    expect(parseFormula(formatFormula(tree, 'redcap'))).toEqual(tree);
    expect(formatFormula(parseFormula('sum([a], [b])'), 'xpath')).toBe('(${a} + ${b})');
  });
});

describe('computeCalculated', () => {
  const def = {
    name: 'f', title: { en: 'F' }, languages: ['en'], scales: [],
    sections: [{ name: 's', items: [
      { type: 'number', name: 'a', label: { en: 'A' }, required: false, integer: true },
      { type: 'single_choice', name: 'c', label: { en: 'C' }, required: false, display: 'radio', choices: [{ code: '1', label: { en: 'Low' } }, { code: '2', label: { en: 'High' } }] },
      { type: 'calc', name: 'double', label: { en: 'Double' }, required: false, formula: '[a] * 2' },
      { type: 'calc', name: 'plus', label: { en: 'Plus' }, required: false, formula: '[double] + 1' },
      { type: 'calc', name: 'says', label: { en: 'Says' }, required: false, formula: "concat('Level: ', [c:label])", textResult: true },
      { type: 'calc', name: 'hidden', label: { en: 'Hidden' }, required: false, formula: '1', showIf: { item: 'a', op: 'gt', value: 100 } },
      { type: 'calc', name: 'broken', label: { en: 'Broken' }, required: false, formula: 'stdev([a])' },
    ] }],
  } as InstrumentDefinition;
  it('stores each calc under its name, later calcs seeing earlier ones; blank, hidden or unreadable calcs hold nothing', () => {
    expect(computeCalculated(def, { a: 4, c: '2', hidden: 9, broken: 3 }, now)).toEqual({ a: 4, c: '2', double: 8, plus: 9, says: 'Level: High' });
    expect(computeCalculated(def, {}, now)).toEqual({ says: 'Level: ' });
  });
});
