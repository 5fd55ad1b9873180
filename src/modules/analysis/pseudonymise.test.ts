import { describe, expect, it } from 'vitest';
import { suggestPossibleNames } from './name-suggestions.js';
import { parsePlainTranscript } from './transcript-text.js';
import { mapOffset, pseudonymise, pseudonymiseDocument, remapRange, type PseudonymRegistry } from './pseudonymise.js';
import { sliceByCodePoints } from './text-positions.js';

const registry: PseudonymRegistry = {
  participants: [
    { names: ['Kari Nordmann', 'Kari'], replacement: '[tjenestemottaker BAE-P-07]' },
    { names: ['Áile Somby', 'Áile'], replacement: '[tjenestemottaker KAR-P-02]' },
  ],
  staff: [{ names: ['Ola Hansen', 'Ola'], replacement: '[ansatt BAE-A-01]' }],
  services: [{ name: 'Bærum DPS' }, { name: 'Rask psykisk helsehjelp' }],
  municipalities: [{ name: 'Bærum' }, { name: 'Karasjok' }, { name: 'Ås' }],
};

describe('pseudonymise', () => {
  it('replaces registered names in bokmål, longest first, case-insensitively, with genitives', () => {
    const text = 'Kari Nordmann bor i Bærum. KARI sa at Karis mor ringte Bærum DPS, og at Bærums tilbud er godt.';
    const result = pseudonymise(text, registry);
    expect(result.text).toBe(
      '[tjenestemottaker BAE-P-07] bor i [kommune]. [tjenestemottaker BAE-P-07] sa at [tjenestemottaker BAE-P-07]s mor ringte [tjeneste], og at [kommune]s tilbud er godt.',
    );
    expect(result.replacements.map((r) => [r.kind, r.original])).toEqual([
      ['participant', 'Kari Nordmann'],
      ['municipality', 'Bærum'],
      ['participant', 'KARI'],
      ['participant', 'Kari'],
      ['service', 'Bærum DPS'],
      ['municipality', 'Bærum'],
    ]);
    for (const r of result.replacements) {
      expect(sliceByCodePoints(result.text, r.start, r.end)).toBe(r.replacement);
      expect(sliceByCodePoints(text, r.originalStart, r.originalEnd)).toBe(r.original);
    }
  });

  it('replaces names in nynorsk and Sami text, and only whole words', () => {
    const text = 'Eg møtte Áile i Karasjok. Ho og Ola snakka om rask psykisk helsehjelp i Åsgård og Ås. Karianne og Olav var der ikkje.';
    expect(pseudonymise(text, registry).text).toBe(
      'Eg møtte [tjenestemottaker KAR-P-02] i [kommune]. Ho og [ansatt BAE-A-01] snakka om [tjeneste] i Åsgård og [kommune]. Karianne og Olav var der ikkje.',
    );
  });

  it('treats a hyphen as a word boundary (a leak is worse than a clumsy compound) and matches across line breaks', () => {
    expect(pseudonymise('Bærum-modellen', registry).text).toBe('[kommune]-modellen');
    expect(pseudonymise('Kari\nNordmann kom', registry).text).toBe('[tjenestemottaker BAE-P-07] kom');
  });

  it('flags a name registered for two people and uses a neutral tag', () => {
    const result = pseudonymise('Kari kom.', { participants: [{ names: ['Kari'], replacement: '[A]' }, { names: ['Kari'], replacement: '[B]' }] });
    expect(result.text).toBe('[navn] kom.');
    expect(result.replacements[0]).toMatchObject({ ambiguous: true, replacement: '[navn]' });
  });

  it('leaves text alone with an empty registry', () => {
    expect(pseudonymise('Kari 👩🏽‍⚕️', {})).toMatchObject({ text: 'Kari 👩🏽‍⚕️', replacements: [], offsets: { oldLength: 10, newLength: 10 } });
  });

  it('maps offsets and ranges from the original into the new text, emoji included', () => {
    const text = '🇳🇴 Kari: 👩🏽‍⚕️ hjalp Kari.'; // Kari at [3, 7) and [24, 28)
    const result = pseudonymise(text, { participants: [{ names: ['Kari'], replacement: '[P]' }] });
    expect(result.text).toBe('🇳🇴 [P]: 👩🏽‍⚕️ hjalp [P].');
    expect(mapOffset(result.offsets, 2, 'start')).toBe(2);
    expect(mapOffset(result.offsets, 3, 'start')).toBe(3);
    expect(mapOffset(result.offsets, 5, 'start')).toBe(3); // inside the name: snaps to the tag
    expect(mapOffset(result.offsets, 5, 'end')).toBe(6);
    expect(mapOffset(result.offsets, 7, 'end')).toBe(6);
    const helped = { start: 9, end: 20 }; // "👩🏽‍⚕️ hjalp" in the original
    expect(sliceByCodePoints(text, helped.start, helped.end)).toBe('👩🏽‍⚕️ hjalp');
    const moved = remapRange(result.offsets, helped);
    expect(sliceByCodePoints(result.text, moved.start, moved.end)).toBe('👩🏽‍⚕️ hjalp');
    expect(mapOffset(result.offsets, result.offsets.oldLength, 'end')).toBe(result.offsets.newLength);
  });

  it('pseudonymises a parsed transcript: text, turn ranges and speaker labels', () => {
    const doc = parsePlainTranscript('Ola Hansen: Korleis har du det, Kari?\nKari Nordmann: Bra! Bærum er fint.\nDeltaker 2: Einig.');
    const { document } = pseudonymiseDocument(doc, registry);
    expect(document.turns.map((t) => [t.speaker, sliceByCodePoints(document.text, t.start, t.end)])).toEqual([
      ['[ansatt BAE-A-01]', 'Korleis har du det, [tjenestemottaker BAE-P-07]?'],
      ['[tjenestemottaker BAE-P-07]', 'Bra! [kommune] er fint.'],
      ['Deltaker 2', 'Einig.'],
    ]);
  });
});

describe('suggestPossibleNames', () => {
  it('suggests capitalised words that do not start a sentence (bokmål)', () => {
    const text = 'Jeg snakket med Per Olsen på mandag. Han jobber i Asker sammen med [ansatt BAE-A-01]. På fredag kom Nina også.';
    const found = suggestPossibleNames(text, ['Asker']);
    expect(found.map((c) => c.text)).toEqual(['Per Olsen', 'Nina']);
    for (const c of found) expect(sliceByCodePoints(text, c.start, c.end)).toBe(c.text);
  });

  it('suggests in nynorsk, skips the weekday, the sentence start and pseudonym tags, and counts code points', () => {
    const text = '👩🏽‍⚕️ Eg var hjå Siri på Måndag. Marit sa: Ja. Etterpå kom Áile Somby og [tjenestemottaker BAE-P-07] til Karasjok.';
    const found = suggestPossibleNames(text);
    expect(found.map((c) => c.text)).toEqual(['Siri', 'Áile Somby', 'Karasjok']);
    for (const c of found) expect(sliceByCodePoints(text, c.start, c.end)).toBe(c.text);
  });

  it('keeps a run of capitalised words at a sentence start, and honours known words and excluded ranges', () => {
    const text = 'Kari Nordmann kom. Hun hilste på Erik. Ellers: Torill var der.';
    expect(suggestPossibleNames(text).map((c) => c.text)).toEqual(['Kari Nordmann', 'Erik']);
    expect(suggestPossibleNames(text, ['erik'], { exclude: [{ start: 0, end: 4 }] }).map((c) => c.text)).toEqual([]);
  });

  it('does not suggest abbreviations or the interviewer tag', () => {
    expect(suggestPossibleNames('Vi ringte NAV og DPS, sa I til meg.')).toEqual([]);
  });
});
