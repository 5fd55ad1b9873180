import { describe, expect, it } from 'vitest';
import { pluralCategory, readableNumber, translate } from './index.js';

// translate() picks `key_one` / `key_other` by the language's plural rules (as i18next does in the
// staff app) and writes numbers the language's way, so "1 rader" and "0.87" cannot reach a reader.
describe('plural forms and readable numbers', () => {
  it('chooses the singular for one and the plural otherwise, in every language', () => {
    expect(translate('nb', 'people.import.rowErrors', { count: 1 })).toBe('1 rad har feil');
    expect(translate('nb', 'people.import.rowErrors', { count: 3 })).toBe('3 rader har feil');
    expect(translate('nn', 'people.count', { count: 1 })).toBe('1 deltakar');
    expect(translate('en', 'people.count', { count: 0 })).toBe('0 participants');
    expect(translate('en', 'coordinator.timeline.count', { count: 1 })).toBe('1 activity');
    expect(pluralCategory('nb', 1)).toBe('one');
    expect(pluralCategory('nn', 2)).toBe('other');
  });
  it('writes decimal commas in bokmål and nynorsk, points in English', () => {
    expect(readableNumber('nb', 0.87)).toBe('0,87');
    expect(readableNumber('nn', 66.7)).toBe('66,7');
    expect(readableNumber('en', 0.87)).toBe('0.87');
    expect(translate('nb', 'activities.detail.durationValue', { minutes: 1.5 })).toContain('1,5');
    expect(readableNumber('nb', 2026)).toBe('2026');
  });
});
