import { describe, it, expect } from 'vitest';
import { norwayMunicipalities } from './norway-municipalities';

describe('norwayMunicipalities', () => {
  it('has all 357 municipalities of the 2024 classification', () => {
    expect(norwayMunicipalities).toHaveLength(357);
  });

  it('has unique four-digit numbers, sorted ascending', () => {
    const numbers = norwayMunicipalities.map((m) => m.number);
    for (const n of numbers) expect(n).toMatch(/^\d{4}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual([...numbers].sort());
  });

  it('has unique names within each county', () => {
    const keys = norwayMunicipalities.map((m) => `${m.county}/${m.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['3201', 'Bærum'],
    ['1108', 'Sandnes'],
    ['5501', 'Tromsø'],
    ['5001', 'Trondheim'],
    ['1103', 'Stavanger'],
    ['1106', 'Haugesund'],
    ['1124', 'Sola'],
    ['1127', 'Randaberg'],
    ['1130', 'Strand'],
    ['1119', 'Hå'],
    ['1120', 'Klepp'],
    ['1121', 'Time'],
    ['1122', 'Gjesdal'],
    ['1101', 'Eigersund'],
    ['1149', 'Karmøy'],
    ['1146', 'Tysvær'],
    ['4614', 'Stord'],
    ['4613', 'Bømlo'],
    ['4615', 'Fitjar'],
    ['4617', 'Kvinnherad'],
    ['4612', 'Sveio'],
    ['4616', 'Tysnes'],
  ])('has %s %s', (number, name) => {
    expect(norwayMunicipalities.find((m) => m.number === number)?.name).toBe(name);
  });
});
