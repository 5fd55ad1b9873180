import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema, type InstrumentDefinition } from '../../../modules/questionnaires/definition.js';
import {
  addItem, addSection, changeType, conditionFrom, creatableTypes, earlierItems, freeName, missingLanguages, moveItem, nameAtPath, namesInUse,
  newItem, newScale, removeSection, scalableVariables, simpleCondition,
} from './builder-model.js';

const blank = (): InstrumentDefinition => ({ name: 'demo', title: { nb: 'Demo' }, languages: ['nb', 'nn'], sections: [{ name: 'section_1', items: [] }], scales: [] });

describe('the builder’s editing steps', () => {
  it('makes a new item of every type that the server’s schema accepts', () => {
    let def = blank();
    for (const type of creatableTypes) def = addItem(def, 0, type);
    const parsed = InstrumentDefinitionSchema.safeParse(def);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(def.sections[0].items.map((i) => i.name)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10']);
    // The matrix's row is a variable too, so names never clash.
    expect(namesInUse(def).has('q4_1')).toBe(true);
  });

  it('keeps name, texts, required and branching when the type changes', () => {
    const item = { ...newItem('text', 'q2', { label: { nb: 'Hvorfor?' }, required: true, showIf: { item: 'q1', op: 'eq', value: '1' } }) };
    const changed = changeType(item, 'single_choice');
    expect(changed).toMatchObject({ type: 'single_choice', name: 'q2', label: { nb: 'Hvorfor?' }, required: true, showIf: { item: 'q1', op: 'eq', value: '1' } });
  });

  it('moves items within a section and across section edges; removing a section keeps its items', () => {
    let def = addSection(addItem(addItem(blank(), 0, 'text'), 0, 'number'));
    expect(def.sections.map((s) => s.name)).toEqual(['section_1', 'section_2']);
    def = moveItem(def, 0, 0, 1);
    expect(def.sections[0].items.map((i) => i.name)).toEqual(['q2', 'q1']);
    def = moveItem(def, 0, 1, 1);
    expect(def.sections.map((s) => s.items.map((i) => i.name))).toEqual([['q2'], ['q1']]);
    def = removeSection(def, 1);
    expect(def.sections.map((s) => s.items.map((i) => i.name))).toEqual([['q2', 'q1']]);
    expect(removeSection(def, 0)).toBe(def); // the last section stays
  });

  it('flags the declared languages a text lacks', () => {
    expect(missingLanguages({ nb: 'Ja', nn: '  ' }, ['nb', 'nn', 'en'])).toEqual(['nn', 'en']);
    expect(missingLanguages(undefined, ['nb'])).toEqual(['nb']);
  });

  it('offers branching only on earlier answerable items, and builds simple conditions', () => {
    let def = blank();
    for (const type of ['descriptive', 'yes_no', 'matrix', 'number', 'text'] as const) def = addItem(def, 0, type);
    expect(earlierItems(def, 'q5').map((i) => i.name)).toEqual(['q2', 'q4']);
    expect(conditionFrom('q4', 'gte', '18')).toEqual({ item: 'q4', op: 'gte', value: 18 });
    expect(conditionFrom('q2', 'eq', '1')).toEqual({ item: 'q2', op: 'eq', value: '1' });
    expect(conditionFrom('q2', 'answered', 'x')).toEqual({ item: 'q2', op: 'answered' });
    expect(conditionFrom('', 'eq', '1')).toBeUndefined();
    expect(simpleCondition({ all: [{ item: 'q2', op: 'answered' }] })).toBeNull();
    expect(simpleCondition({ item: 'q4', op: 'lt', value: 3 })).toEqual({ item: 'q4', op: 'lt', value: '3' });
  });

  it('lists numeric variables for scales and names new scales freely', () => {
    let def = blank();
    for (const type of ['likert', 'text', 'matrix', 'slider'] as const) def = addItem(def, 0, type);
    expect(scalableVariables(def)).toEqual(['q1', 'q3_1', 'q4']);
    expect(newScale(def).name).toBe('scale_1');
    expect(freeName(new Set(['q1', 'q2']), 'q')).toBe('q3');
  });

  it('finds the item a validation path points into', () => {
    const def = addItem(addItem(blank(), 0, 'text'), 0, 'likert');
    expect(nameAtPath(def, 'definition.sections.0.items.1.points.0.value')).toBe('q2');
    expect(nameAtPath(def, 'definition.sections.0.name')).toBe('section_1');
    expect(nameAtPath(def, 'q1')).toBe('q1');
    expect(nameAtPath(def, 'definition.title')).toBe('demo');
  });
});
