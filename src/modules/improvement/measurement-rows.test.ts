import { describe, expect, it } from 'vitest';
import { compositionGaps, projectGroupBalance } from './composition.js';
import { checkMeasurements, normalisePeriod, parseNumber } from './measurement-rows.js';
import { periodsBefore } from './overview.js';
import { pointIndexFor, spcInputOf } from './chart-data.js';

describe('periods and numbers as people type them', () => {
  it('normalises dates to the first day of the period', () => {
    expect(normalisePeriod('2017-03', 'month')).toBe('2017-03-01');
    expect(normalisePeriod('15.03.2017', 'month')).toBe('2017-03-01');
    expect(normalisePeriod('03.2017', 'month')).toBe('2017-03-01');
    expect(normalisePeriod('2017-05-20', 'quarter')).toBe('2017-04-01');
    expect(normalisePeriod('2017-05-20', 'week')).toBe('2017-05-20');
    expect(normalisePeriod('2017-02-30', 'week')).toBeNull();
    expect(normalisePeriod('mars', 'month')).toBeNull();
  });
  it('reads decimal commas and spaces, refuses words', () => {
    expect(parseNumber('4,5')).toBe(4.5);
    expect(parseNumber('1 200')).toBe(1200);
    expect(parseNumber('fire')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('checkMeasurements', () => {
  const opts = { valueType: 'proportion' as const, frequency: 'month' as const, stored: new Set(['2017-01-01']) };
  it('names every bad row and returns no rows', () => {
    const result = checkMeasurements([
      { row: 2, period: '2017-01', value: '3', denominator: '10' },
      { row: 3, period: '2017-03', value: 'x', denominator: '0' },
      { row: 4, period: '2017-02', value: '3', denominator: '10' },
      { row: 5, period: '2017-02-15', value: '12', denominator: '10' },
    ], opts);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.key, e.vars?.row])).toEqual([
      ['improvement.import.periodStored', 2],
      ['improvement.import.notNumber', 3],
      ['improvement.import.denominatorZero', 3],
      ['improvement.import.outOfOrder', 4],
      ['improvement.import.numeratorAboveDenominator', 5],
      ['improvement.import.periodTwice', 5],
    ]);
  });
  it('accepts good rows in order', () => {
    const result = checkMeasurements([{ row: 1, period: '2017-02', value: '3', denominator: '10' }, { row: 2, period: '2017-03', value: '4,5', denominator: '10', note: ' PDSA 1 ' }], opts);
    expect(result).toEqual({ ok: true, rows: [{ period: '2017-02-01', value: 3, denominator: 10, note: '' }, { period: '2017-03-01', value: 4.5, denominator: 10, note: 'PDSA 1' }] });
  });
  it('refuses an empty batch', () => {
    expect(checkMeasurements([], opts).ok).toBe(false);
  });
});

describe('composition (appendix 1)', () => {
  const m = (groupRole: string, personRole: string | null, subRole: string | null) => ({ groupRole, personRole, subRole, serviceName: null });
  it('a well composed team has no gaps', () => {
    expect(compositionGaps([m('leader', 'leader', 'Enhetsleder'), m('secretary', 'provider', 'Sykepleier'), m('measurement_lead', 'provider', 'NAV-veileder'), m('member', 'recipient', 'Erfaringskonsulent')])).toEqual([]);
  });
  it('names what is missing', () => {
    expect(compositionGaps([m('member', 'provider', 'Sykepleier')])).toEqual(['crossDisciplinary', 'userExperience', 'nav', 'servicesLeader', 'rolesAssigned']);
  });
  it('project group balance', () => {
    expect(projectGroupBalance([m('member', null, null), m('member', null, null), m('member', 'recipient', null)])).toEqual({ lived: 1, professionals: 2, balanced: true });
    expect(projectGroupBalance([m('member', null, null)]).balanced).toBe(false);
  });
});

describe('chart input', () => {
  it('passes numerators and denominators for proportions, a baseline only when points follow it, parts inside the series', () => {
    const pts = [1, 2, 3, 4].map((v, i) => ({ period: `2017-0${i + 1}-01`, value: v, denominator: 10 }));
    expect(spcInputOf({ chart: 'p', valueType: 'proportion', baselinePoints: 4, parts: [2, 9] }, pts)).toEqual({ chart: 'p', y: [1, 2, 3, 4], n: [10, 10, 10, 10], part: [2] });
    expect(spcInputOf({ chart: 'i', valueType: 'continuous', baselinePoints: 3, parts: [] }, pts)).toEqual({ chart: 'i', y: [1, 2, 3, 4], freeze: 3, screenMovingRanges: true });
    expect(pointIndexFor(pts, '2017-02-15')).toBe(1);
    expect(pointIndexFor(pts, '2016-12-01')).toBeNull();
    expect(pointIndexFor(pts, '2018-01-01')).toBeNull();
  });
  it('two periods back, by calendar', () => {
    expect(periodsBefore(new Date('2017-05-20T00:00:00Z'), 'month', 2)).toBe('2017-03-01');
    expect(periodsBefore(new Date('2017-05-20T00:00:00Z'), 'quarter', 2)).toBe('2016-11-01');
  });
});
