import { describe, expect, it } from 'vitest';
import { InstrumentDefinitionSchema, allItems, answerableVariables } from '../definition.js';
import { blockingProblems, checkDefinition } from '../check-definition.js';
import { scoreResponse } from '../scoring.js';
import { listTemplates, templateDefinition, templateKeys } from './index.js';

describe('templates', () => {
  it.each(templateKeys)('%s parses and has no problem that blocks publishing', (key) => {
    const def = templateDefinition(key)!;
    expect(InstrumentDefinitionSchema.safeParse(def).success).toBe(true);
    expect(blockingProblems(def)).toEqual([]);
    // Complete in all three languages, except the licensed wording still to be entered.
    expect(checkDefinition(def).filter((p) => !p.key.endsWith('wordingMissing'))).toEqual([]);
    expect(def.languages).toEqual(['nb', 'nn', 'en']);
  });

  it('ships the seeds’ forms with their number of questions', () => {
    const numbered = (key: string) => allItems(templateDefinition(key)!).filter((i) => /^\d+$/.test(i.questionNumber ?? '')).length;
    expect(numbered('municipality-survey')).toBe(11);
    expect(numbered('service-mapping')).toBe(5);
    expect(numbered('user-interview')).toBe(4);
    expect(numbered('course-evaluation')).toBeGreaterThan(5);
  });

  it('ships licensed instruments as structure only, with the licence note in three languages', () => {
    for (const [key, items] of [['rki', 20], ['raq-7', 7], ['rsa-r-provider', 32], ['rsa-r-person', 32]] as const) {
      const def = templateDefinition(key)!;
      expect(def.wordingRequired).toBe(true);
      expect(def.licenceNote?.en).toContain('Item wording to be entered under the licence the organisation holds');
      expect(Object.keys(def.licenceNote!).sort()).toEqual(['en', 'nb', 'nn']);
      expect(answerableVariables(def)).toHaveLength(items);
      expect(allItems(def).every((i) => Object.keys(i.label).length === 0)).toBe(true);
    }
    expect(templateDefinition('rki')!.scales.filter((s) => s.parent)).toHaveLength(4);
    expect(templateDefinition('raq-7')!.scales.filter((s) => s.parent)).toHaveLength(2);
    expect(templateDefinition('rsa-r-person')!.scales.filter((s) => s.parent).map((s) => s.label.en)).toEqual([
      'Life Goals', 'Involvement', 'Diversity of Treatment Options', 'Choice', 'Individually-Tailored Services', 'Inviting Environment',
    ]);
  });

  it('scores RAQ-7 as a sum from 7 to 35', () => {
    const def = templateDefinition('raq-7')!;
    const all = (v: number) => Object.fromEntries(answerableVariables(def).map((x) => [x.name, v]));
    expect(scoreResponse(def, all(1)).raq7_total).toBe(7);
    expect(scoreResponse(def, all(5)).raq7_total).toBe(35);
    expect(scoreResponse(def, { ...all(3), raq7_01: 5 }).raq7_total).toBe(23);
  });

  it('scores RSA-R as a mean with N/A and don’t know missing', () => {
    const def = templateDefinition('rsa-r-provider')!;
    const answers = Object.fromEntries(answerableVariables(def).map((x, i) => [x.name, i < 2 ? 'na' : i < 4 ? 'dk' : 4]));
    expect(scoreResponse(def, answers).rsa_total).toBe(4);
    expect(scoreResponse(def, { ...answers, rsa_05: 'dk', rsa_06: 'na' }).rsa_life_goals).toBeNull();
  });

  it('lists every template with a fresh copy each time', () => {
    expect(listTemplates().map((t) => t.key)).toEqual(templateKeys);
    const a = templateDefinition('rki')!;
    a.title.nb = 'changed';
    expect(templateDefinition('rki')!.title.nb).not.toBe('changed');
    expect(templateDefinition('nope')).toBeUndefined();
  });
});
