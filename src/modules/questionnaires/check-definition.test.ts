import { describe, expect, it } from 'vitest';
import { blockingProblems, checkDefinition } from './check-definition.js';
import { sampleDefinition } from './fixtures.js';
import type { InstrumentDefinition } from './definition.js';

const summary = (def: InstrumentDefinition) => checkDefinition(def).map((p) => `${p.item}:${p.key.replace('questionnaires.check.', '')}`);

describe('checkDefinition', () => {
  it('finds nothing wrong with a sound instrument', () => {
    expect(checkDefinition(sampleDefinition())).toEqual([]);
  });
  it('finds duplicate names across items and matrix rows', () => {
    const def = sampleDefinition();
    def.sections[1].items.push({ type: 'text', name: 'g2', label: { nb: 'x', nn: 'x', en: 'x' }, required: false, multiline: false });
    expect(summary(def)).toEqual(['g2:duplicateVariable']);
  });
  it('finds branching on an unknown, a later or its own item and an unknown choice', () => {
    const def = sampleDefinition();
    const items = def.sections[0].items;
    items[1].showIf = { item: 'role', op: 'eq', value: '1' };
    items[2].showIf = { item: 'nothere', op: 'answered' };
    items[3].showIf = { any: [{ item: 'role', op: 'answered' }, { item: 'areas', op: 'selected', value: '7' }] };
    items[6].showIf = { item: 'role', op: 'selected', value: '1' };
    expect(summary(def)).toEqual(['q1:conditionLaterItem', 'q2:conditionUnknownItem', 'role:conditionSelf', 'role:conditionLaterItem', 'areas_b:conditionNotChoice']);
    const p = checkDefinition(def)[0];
    expect(p).toEqual({ item: 'q1', key: 'questionnaires.check.conditionLaterItem', vars: { name: 'q1', target: 'role' }, severity: 'error' });
  });
  it('finds scales over unknown or non-numeric items, reverse items outside the scale, and bad minimums', () => {
    const def = sampleDefinition();
    def.scales.push({ name: 'bad', label: { nb: 'b', nn: 'b', en: 'b' }, items: ['q1', 'role_other', 'ghost', 'hours'], reverse: ['q2', 'hours'], method: 'sum', minAnswered: 5, parent: 'none' });
    expect(summary(def)).toEqual([
      'bad:scaleNonNumeric', 'bad:scaleUnknownItem', 'bad:reverseNotInScale', 'bad:scaleNonNumeric', 'bad:minAnsweredTooHigh', 'bad:scaleUnknownParent',
    ]);
  });
  it('warns about a missing translation in a declared language, naming the item and field', () => {
    const def = sampleDefinition();
    delete def.sections[0].items[3].label.nn;
    const role = def.sections[0].items[3];
    if (role.type === 'single_choice') delete role.choices[0].label.en;
    def.languages = ['nb', 'nn'];
    expect(checkDefinition(def)).toEqual([{ item: 'role', key: 'questionnaires.check.missingTranslation.nn', vars: { name: 'role', field: 'label' }, severity: 'warning' }]);
    expect(blockingProblems(def)).toEqual([]);
  });
  it('finds duplicate codes and values, clashes and inverted ranges', () => {
    const def = sampleDefinition();
    const [, q1, , role] = def.sections[0].items;
    if (q1.type === 'likert') q1.notApplicable = { code: '3', label: { nb: 'x', nn: 'x', en: 'x' } };
    if (role.type === 'single_choice') role.choices.push({ code: '1', label: { nb: 'x', nn: 'x', en: 'x' } });
    const years = def.sections[1].items[1];
    if (years.type === 'number') years.min = 70;
    expect(summary(def)).toEqual(['q1:specialCodeClash', 'role:duplicateChoiceCode', 'years:minAboveMax']);
  });
});
