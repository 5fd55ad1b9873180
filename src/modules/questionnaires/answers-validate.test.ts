import { describe, expect, it } from 'vitest';
import { normaliseFormAnswers, validateAnswers } from './answers-validate.js';
import { sampleDefinition } from './fixtures.js';

const def = sampleDefinition();
const complete = { q1: 'na', q2: 2, role: '1', g1: '2', g2: '3' };
const keys = (answers: Record<string, unknown>, partial = false) =>
  validateAnswers(def, answers as never, { partial }).errors.map((e) => `${e.variable}:${e.key.split('.').pop()}`);

describe('validateAnswers', () => {
  it('accepts a complete response and a partial one', () => {
    expect(keys(complete)).toEqual([]);
    expect(keys({ q1: 3 }, true)).toEqual([]);
  });
  it('refuses a forged variable and an answer to a read-only item', () => {
    expect(keys({ ...complete, q99: '1' })).toEqual(['q99:unknownVariable']);
    expect(keys({ total: 3 }, true)).toEqual(['total:unknownVariable']);
    expect(validateAnswers(def, { q99: '1' }, { partial: true }).errors[0]).toEqual({ variable: 'q99', key: 'questionnaires.answers.unknownVariable', vars: { variable: 'q99' } });
  });
  it('checks Likert points and the N/A and don’t-know codes', () => {
    expect(keys({ q1: 6 }, true)).toEqual(['q1:notAChoice']);
    expect(keys({ q1: 'dk' }, true)).toEqual([]);
    expect(keys({ q2: 'na' }, true)).toEqual(['q2:notAChoice']);
    expect(keys({ q1: ['1'] }, true)).toEqual(['q1:wrongType']);
  });
  it('checks choice codes, checked counts and duplicates', () => {
    expect(keys({ role: '3' }, true)).toEqual(['role:notAChoice']);
    expect(keys({ role: 1 }, true)).toEqual(['role:wrongType']);
    expect(keys({ areas: ['1', '2', '3'] }, true)).toEqual(['areas:tooManyChecked']);
    expect(keys({ areas: ['1', '1'] }, true)).toEqual(['areas:duplicateChoice']);
    expect(keys({ areas: ['4'] }, true)).toEqual(['areas:notAChoice']);
    expect(keys({ consent: '2' }, true)).toEqual(['consent:notAChoice']);
  });
  it('checks numbers: type, integer, decimals, range; sliders', () => {
    expect(keys({ years: 61 }, true)).toEqual(['years:aboveMax']);
    expect(keys({ years: -1 }, true)).toEqual(['years:belowMin']);
    expect(keys({ years: 2.5 }, true)).toEqual(['years:notInteger']);
    expect(keys({ years: 'many' }, true)).toEqual(['years:notANumber']);
    expect(keys({ hours: 2.25 }, true)).toEqual(['hours:tooManyDecimals']);
    expect(keys({ hours: 2.5 }, true)).toEqual([]);
    expect(keys({ mood: 11 }, true)).toEqual(['mood:aboveMax']);
    expect(validateAnswers(def, { years: 61 }, { partial: true }).errors[0].vars).toEqual({ variable: 'years', max: 60 });
  });
  it('checks dates and text lengths and formats', () => {
    expect(keys({ start: '2023-02-30' }, true)).toEqual(['start:invalidDate']);
    expect(keys({ start: '2019-12-31' }, true)).toEqual(['start:dateBeforeMin']);
    expect(keys({ start: '2031-01-01' }, true)).toEqual(['start:dateAfterMax']);
    expect(keys({ start: '2024-02-29' }, true)).toEqual([]);
    expect(keys({ areas: ['2'], areas_b: 'ab' }, true)).toEqual(['areas_b:tooShort']);
    expect(keys({ role: '9', role_other: 'x'.repeat(21) }, true)).toEqual(['role_other:tooLong']);
    expect(keys({ email: 'not an address' }, true)).toEqual(['email:invalidFormat']);
    expect(keys({ email: 'kari@varde.example' }, true)).toEqual([]);
  });
  it('requires only visible required items, matrix rows by their own rule', () => {
    expect(keys({})).toEqual(['q1:required', 'q2:required', 'role:required', 'g1:required', 'g2:required']);
    expect(keys({ ...complete, role: '9' })).toEqual(['role_other:required']);
    expect(keys({ ...complete, q1: '' })).toEqual(['q1:required']);
  });
  it('refuses two rows sharing a value in a ranking matrix', () => {
    const ranked = sampleDefinition();
    const grid = ranked.sections[1].items[0];
    if (grid.type === 'matrix') grid.ranking = true;
    expect(validateAnswers(ranked, { g1: '1', g2: '1', g3: '2' }, { partial: true }).errors.map((e) => e.variable)).toEqual(['g2']);
  });
});

describe('normaliseFormAnswers', () => {
  it('types a no-JS form post', () => {
    const form = { _csrf: 'x', q1: '4', q2: 'na', role: '9', role_other: ' Kokk ', areas: ['1', '3'], g1: '2', hours: '2,5', years: '', mood: '7', start: '2024-05-01', consent: '1', action: 'next' };
    expect(normaliseFormAnswers(def, form, ['action'])).toEqual({ q1: 4, q2: 'na', role: '9', role_other: ' Kokk ', areas: ['1', '3'], g1: '2', hours: 2.5, mood: 7, start: '2024-05-01', consent: '1' });
  });
  it('reads a date typed the Norwegian way when the browser has no date picker', () => {
    expect(normaliseFormAnswers(def, { start: '1.5.2024' })).toEqual({ start: '2024-05-01' });
    expect(normaliseFormAnswers(def, { start: '31.02.2024' })).toEqual({ start: '2024-02-31' });
    expect(validateAnswers(def, normaliseFormAnswers(def, { start: '31.02.2024' }), { partial: true }).errors[0].key).toBe('questionnaires.answers.invalidDate');
  });

  it('keeps what it cannot read so validation names it', () => {
    const answers = normaliseFormAnswers(def, { years: 'ten', q1: '7', role: ['1', '2'], forged: '1', areas: '2' });
    expect(answers).toEqual({ years: 'ten', q1: '7', role: ['1', '2'], forged: '1', areas: ['2'] });
    expect(validateAnswers(def, answers, { partial: true }).errors.map((e) => `${e.variable}:${e.key.split('.').pop()}`)).toEqual([
      'years:notANumber', 'q1:notAChoice', 'role:wrongType', 'forged:unknownVariable',
    ]);
  });
});
