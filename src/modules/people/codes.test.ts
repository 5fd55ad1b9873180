import { describe, expect, it } from 'vitest';
import { assignPrefixes, foldMunicipalityName, formatCode, sequenceOf } from './codes.js';

describe('participant codes', () => {
  it('folds Norwegian letters to ASCII upper case', () => {
    expect(foldMunicipalityName('Bærum')).toBe('BAERUM');
    expect(foldMunicipalityName('Tromsø')).toBe('TROMSO');
    expect(foldMunicipalityName('Ål')).toBe('AL');
    expect(foldMunicipalityName('Deatnu-Tana')).toBe('DEATNUTANA');
  });

  it('gives the first three letters, and on a collision the first two plus the next letter that is free', () => {
    const prefixes = assignPrefixes([{ id: 'a', name: 'Tromsø' }, { id: 'b', name: 'Trondheim' }, { id: 'c', name: 'Bærum' }], new Map());
    expect(prefixes.get('a')).toBe('TRO');
    expect(prefixes.get('b')).toBe('TRN');
    expect(prefixes.get('c')).toBe('BAE');
  });

  it('keeps prefixes already in use, so codes never change when a municipality joins later', () => {
    const prefixes = assignPrefixes([{ id: 'a', name: 'Tromsø' }, { id: 'b', name: 'Trondheim' }], new Map([['b', 'TRO']]));
    expect(prefixes.get('b')).toBe('TRO');
    expect(prefixes.get('a')).toBe('TRM');
  });

  it('pads short names and numbers', () => {
    expect(assignPrefixes([{ id: 'a', name: 'Å' }], new Map()).get('a')).toBe('AXX');
    expect(formatCode('BAE', 7)).toBe('BAE-P-07');
    expect(formatCode('BAE', 123)).toBe('BAE-P-123');
    expect(sequenceOf('BAE-P-07', 'BAE')).toBe(7);
    expect(sequenceOf('BAE-P-07', 'TRO')).toBeUndefined();
  });
});
