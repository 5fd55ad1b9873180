import { describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../analysis/text-positions.js';
import { findMentions, nameForms, prefilterPattern } from './mentions.js';
import { redactFreeText, redactPath, scrubError } from './log-redaction.js';

const person = { name: 'Åse Fjellheim', email: 'ase.fjellheim@varde.example', phone: '+47 412 34 567' };
const found = (text: string) => findMentions(text, person).map((m) => [m.detail, sliceByCodePoints(text, m.start, m.end)]);

describe('findMentions', () => {
  it('finds the full name as one hit, its parts, any case, with a genitive, not inside other words', () => {
    expect(found('ÅSE FJELLHEIM kom. Åses mor og Fjellheim-familien, men ikke Åsenes eller Fjellheimen.')).toEqual([
      ['name', 'ÅSE FJELLHEIM'],
      ['name', 'Åse'],
      ['name', 'Fjellheim'],
    ]);
  });

  it('finds the e-mail address as a whole, and the phone however it is grouped', () => {
    expect(found('Skriv til Ase.Fjellheim@varde.example eller ring 41234567, 412 34 567, +47 41 23 45 67 eller 0047-412-34-567.')).toEqual([
      ['email', 'Ase.Fjellheim@varde.example'],
      ['phone', '41234567'],
      ['phone', '412 34 567'],
      ['phone', '+47 41 23 45 67'],
      ['phone', '0047-412-34-567'],
    ]);
  });

  it('leaves longer numbers alone; another address is not the e-mail, but the surname in it is still found; positions are code points', () => {
    expect(found('Konto 941234567 og x.ase.fjellheim@varde.example.no')).toEqual([['name', 'fjellheim']]);
    const text = '🇳🇴 Åse';
    expect(findMentions(text, person)).toEqual([{ detail: 'name', start: 3, end: 6 }]);
  });

  it('name forms skip one-letter parts; the database prefilter matches what findMentions finds', () => {
    expect(nameForms('Kari  K. Nordmann')).toEqual(['Kari K. Nordmann', 'Nordmann', 'Kari', 'K.']);
    const pattern = prefilterPattern(person)!;
    expect(pattern).toContain('[åÅ][sS][eE]');
    // POSIX and JavaScript agree on this subset.
    for (const text of ['åse', 'FJELLHEIM', 'ase.fjellheim@varde.example', '412 34 567']) expect(new RegExp(pattern).test(text), text).toBe(true);
  });
});

describe('log redaction', () => {
  it('masks personal tokens in paths', () => {
    expect(redactPath('/p/AbC123xyz/withdraw')).toBe('/p/…/withdraw');
    for (const p of ['i', 'q', 's']) expect(redactPath(`/${p}/token-1`)).toBe(`/${p}/…`);
    expect(redactPath('/api/v1/programmes')).toBe('/api/v1/programmes');
  });

  it('masks contact details in text and drops query parameters from errors', () => {
    expect(redactFreeText('ring 412 34 567 eller ase@varde.example')).toBe('ring [phone] eller [email]');
    const err = scrubError({ message: 'Failed query: insert into participants values ($1)\nparams: Åse Fjellheim,ase@varde.example', params: ['Åse Fjellheim'], cause: { detail: 'Key (email)=(ase@varde.example) exists' } });
    expect(JSON.stringify(err)).not.toMatch(/Åse|ase@/);
  });
});
