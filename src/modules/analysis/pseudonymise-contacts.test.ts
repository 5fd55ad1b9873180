import { describe, expect, it } from 'vitest';
import { EMAIL_TAG, findContactDetails, isValidNationalId, NATIONAL_ID_TAG, PHONE_TAG, phoneDigits } from './pseudonymise-contacts.js';
import { mapOffset, pseudonymise, type PseudonymRegistry } from './pseudonymise.js';
import { sliceByCodePoints } from './text-positions.js';

/** Builds a fictitious fødselsnummer from a birth date and individual number by computing both check digits (null when none exists). */
function nationalId(ddmmyy: string, individual: string): string | null {
  const d = [...(ddmmyy + individual)].map(Number);
  const k = (weights: number[], digits: number[]) => {
    const r = (11 - (weights.reduce((a, w, i) => a + w * digits[i], 0) % 11)) % 11;
    return r === 10 ? null : r;
  };
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d);
  if (k1 === null) return null;
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1]);
  if (k2 === null) return null;
  return `${ddmmyy}${individual}${k1}${k2}`;
}

/** The first individual number from `from` that gives valid check digits for the date. */
function validId(ddmmyy: string, from = 100): string {
  for (let i = from; i < 1000; i++) {
    const id = nationalId(ddmmyy, String(i).padStart(3, '0'));
    if (id) return id;
  }
  throw new Error('no valid number');
}

const registry: PseudonymRegistry = {
  participants: [
    { names: ['Kari Nordmann', 'Kari'], replacement: '[tjenestemottaker BAE-P-07]', phones: ['+47 912 34 567'], emails: ['Kari.Nordmann@varde.example'] },
  ],
};

describe('national identity numbers', () => {
  const fnr = validId('150385');
  const dnr = validId('550385'); // D-number: day + 40

  it('accepts numbers whose two mod-11 check digits hold, D-numbers included', () => {
    expect(isValidNationalId(fnr)).toBe(true);
    expect(isValidNationalId(dnr)).toBe(true);
    expect(isValidNationalId(`${fnr.slice(0, 6)} ${fnr.slice(6)}`)).toBe(true);
  });

  it('refuses a wrong check digit, an impossible date and other lengths', () => {
    const wrong1 = fnr.slice(0, 9) + ((Number(fnr[9]) + 1) % 10) + fnr[10];
    const wrong2 = fnr.slice(0, 10) + ((Number(fnr[10]) + 1) % 10);
    expect(isValidNationalId(wrong1)).toBe(false);
    expect(isValidNationalId(wrong2)).toBe(false);
    expect(isValidNationalId(validId('321385'))).toBe(false); // day 32
    expect(isValidNationalId(validId('151385'))).toBe(false); // month 13
    expect(isValidNationalId(fnr.slice(0, 10))).toBe(false);
  });

  it('replaces valid numbers in text and leaves other 11-digit numbers', () => {
    const invalid = fnr.slice(0, 10) + ((Number(fnr[10]) + 1) % 10);
    const text = `Fødselsnummeret er ${fnr}, D-nummeret ${dnr.slice(0, 6)} ${dnr.slice(6)}. Saksnummer ${invalid}.`;
    const result = pseudonymise(text, {});
    expect(result.text).toBe(`Fødselsnummeret er ${NATIONAL_ID_TAG}, D-nummeret ${NATIONAL_ID_TAG}. Saksnummer ${invalid}.`);
    expect(result.replacements.map((r) => r.kind)).toEqual(['national_id', 'national_id']);
  });
});

describe('phone numbers', () => {
  it('normalises the registered forms', () => {
    expect(phoneDigits('+47 912 34 567')).toBe('91234567');
    expect(phoneDigits('0047 91234567')).toBe('91234567');
    expect(phoneDigits('912 34 567')).toBe('91234567');
    expect(phoneDigits('12345')).toBeNull();
  });

  it('finds the common Norwegian ways of writing a number', () => {
    for (const written of ['91234567', '912 34 567', '91 23 45 67', '+47 91234567', '+4791234567', '0047 912 34 567', '+47 912-34-567']) {
      const found = findContactDetails(`Ring meg på ${written} i morgen.`);
      expect(found.map((f) => [f.kind, f.original]), written).toEqual([['phone', written]]);
    }
  });

  it('leaves years, times, money and longer numbers alone', () => {
    for (const text of ['I 2024-2025 og 2024 2025', 'Klokka 12:30:45', 'Det kostet 1 234 567 kroner', 'Konto 123456789012', 'Kode 01234567', 'Referanse A41234567']) {
      expect(findContactDetails(text), text).toEqual([]);
    }
  });

  it('a registered number becomes the participant tag in any form; an unregistered one a neutral tag', () => {
    const text = 'Kari har 912 34 567, kontoret har 22 33 44 55.';
    const result = pseudonymise(text, registry);
    expect(result.text).toBe(`[tjenestemottaker BAE-P-07] har [tjenestemottaker BAE-P-07], kontoret har ${PHONE_TAG}.`);
  });
});

describe('e-mail addresses', () => {
  it('replaces the whole address, not the name parts inside it', () => {
    const text = 'Skriv til kari.nordmann@varde.example eller post@tjeneste.varde.example.';
    const result = pseudonymise(text, registry);
    expect(result.text).toBe(`Skriv til [tjenestemottaker BAE-P-07] eller ${EMAIL_TAG}.`);
    expect(result.replacements.map((r) => [r.kind, r.original])).toEqual([
      ['email', 'kari.nordmann@varde.example'],
      ['email', 'post@tjeneste.varde.example'],
    ]);
  });
});

describe('positions stay consistent', () => {
  it('every replacement maps back to its original range, also after emoji and other replacements', () => {
    const fnr = validId('010203');
    const text = `👩🏽‍⚕️ Kari (kari.nordmann@varde.example, 412 34 567) oppga ${fnr}. Slutt.`;
    const result = pseudonymise(text, registry);
    for (const r of result.replacements) {
      expect(sliceByCodePoints(text, r.originalStart, r.originalEnd)).toBe(r.original);
      expect(sliceByCodePoints(result.text, r.start, r.end)).toBe(r.replacement);
      expect(mapOffset(result.offsets, r.originalStart, 'start')).toBe(r.start);
      expect(mapOffset(result.offsets, r.originalEnd, 'end')).toBe(r.end);
    }
    const endOld = [...text].length - ' Slutt.'.length;
    expect(sliceByCodePoints(result.text, mapOffset(result.offsets, endOld, 'start'), result.offsets.newLength)).toBe(' Slutt.');
    expect(result.text).not.toMatch(/412|kari\.|@|\d{11}/i);
  });

  it('can be switched off for a single confirmed name', () => {
    expect(pseudonymise('Ring 91234567', { contactDetails: false }).text).toBe('Ring 91234567');
  });
});
