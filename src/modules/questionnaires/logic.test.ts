import { describe, expect, it } from 'vitest';
import { evaluateCondition, visibleAnswers, visibleVariables } from './logic.js';
import { sampleDefinition } from './fixtures.js';

describe('evaluateCondition', () => {
  it('compares numbers as numbers and codes as strings', () => {
    expect(evaluateCondition({ item: 'a', op: 'eq', value: '1' }, { a: 1 })).toBe(true);
    expect(evaluateCondition({ item: 'a', op: 'gt', value: 9 }, { a: '10' })).toBe(true);
    expect(evaluateCondition({ item: 'a', op: 'lte', value: 3 }, { a: 4 })).toBe(false);
    expect(evaluateCondition({ item: 'a', op: 'eq', value: 'x' }, { a: 'x' })).toBe(true);
    expect(evaluateCondition({ item: 'a', op: 'neq', value: 'x' }, { a: 'y' })).toBe(true);
  });
  it('treats blank as not equal and never ordered', () => {
    expect(evaluateCondition({ item: 'a', op: 'eq', value: '1' }, {})).toBe(false);
    expect(evaluateCondition({ item: 'a', op: 'neq', value: '1' }, {})).toBe(true);
    expect(evaluateCondition({ item: 'a', op: 'lt', value: 5 }, { a: '' })).toBe(false);
    expect(evaluateCondition({ item: 'a', op: 'answered' }, { a: '' })).toBe(false);
    expect(evaluateCondition({ item: 'a', op: 'unanswered' }, { a: [] })).toBe(true);
  });
  it('tests a chosen option of a multiple-choice answer', () => {
    expect(evaluateCondition({ item: 'm', op: 'selected', value: '2' }, { m: ['1', '2'] })).toBe(true);
    expect(evaluateCondition({ item: 'm', op: 'notSelected', value: '3' }, { m: ['1', '2'] })).toBe(true);
    expect(evaluateCondition({ item: 'm', op: 'selected', value: '3' }, {})).toBe(false);
  });
  it('combines with all and any', () => {
    const cond = { any: [{ item: 'a', op: 'eq' as const, value: 1 }, { all: [{ item: 'b', op: 'answered' as const }, { item: 'c', op: 'gte' as const, value: 2 }] }] };
    expect(evaluateCondition(cond, { a: 2, b: 'x', c: 2 })).toBe(true);
    expect(evaluateCondition(cond, { a: 2, b: 'x', c: 1 })).toBe(false);
  });
});

describe('visibleVariables', () => {
  const def = sampleDefinition();
  it('shows a branching item only when its condition holds', () => {
    expect(visibleVariables(def, { role: '1' }).has('role_other')).toBe(false);
    expect(visibleVariables(def, { role: '9' }).has('role_other')).toBe(true);
    expect(visibleVariables(def, { areas: ['2'] }).has('areas_b')).toBe(true);
    expect(visibleVariables(def, {}).has('g2')).toBe(true);
    expect(visibleVariables(def, {}).has('total')).toBe(false);
  });
  it('closes a chain when the first answer changes, and drops hidden answers', () => {
    const chained = { ...def, sections: [{ name: 's', items: [...def.sections[0].items, { name: 'deep', type: 'text' as const, label: { nb: 'x' }, required: false, multiline: false, showIf: { item: 'role_other', op: 'answered' as const } }] }] };
    expect(visibleVariables(chained, { role: '9', role_other: 'x' }).has('deep')).toBe(true);
    expect(visibleVariables(chained, { role: '1', role_other: 'x' }).has('deep')).toBe(false);
    expect(visibleAnswers(chained, { role: '1', role_other: 'x', q1: 3 })).toEqual({ role: '1', q1: 3 });
  });
});
