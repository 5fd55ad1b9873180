import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from './parsed-document.js';
import { looksLikeSpeaker } from './speaker-labels.js';
import { sliceByCodePoints } from './text-positions.js';
import { parsePlainTranscript } from './transcript-text.js';

/** The words of every turn, with its speaker, read back through the code-point ranges. */
function turns(doc: ParsedDocument) {
  return doc.turns.map((t) => ({ speaker: t.speaker, words: sliceByCodePoints(doc.text, t.start, t.end), startTime: t.startTime }));
}

describe('looksLikeSpeaker', () => {
  it.each(['Kari Nordmann', 'I', 'IP', 'Intervjuer', 'Informant', 'Deltaker 1', 'Deltakar 3', 'Áile Sara', 'Ludwig van Beethoven', 'Anne-Lise Øvrebø', 'P2'])(
    'accepts %s',
    (label) => expect(looksLikeSpeaker(label)).toBe(true),
  );
  it.each(['Det var slik', 'det', 'Merk', 'Til stede', 'Dette er en lang setning', 'En To Tre Fire Fem', '10', 'https', 'Hei, Kari'])(
    'refuses %s',
    (label) => expect(looksLikeSpeaker(label)).toBe(false),
  );
});

describe('parsePlainTranscript', () => {
  it('reads "Name: text" turns and continues lines without a speaker', () => {
    const doc = parsePlainTranscript(
      'Intervjuer: Kan du fortelje om ein god dag?\r\nInformant: Ja. Det var slik: eg vakna tidleg.\r\nSå gjekk eg tur.\r\n\r\nI: Takk.\r\nIP: 👩🏽‍⚕️ hjalp meg.',
    );
    expect(turns(doc)).toEqual([
      { speaker: 'Intervjuer', words: 'Kan du fortelje om ein god dag?', startTime: undefined },
      { speaker: 'Informant', words: 'Ja. Det var slik: eg vakna tidleg.\nSå gjekk eg tur.', startTime: undefined },
      { speaker: 'I', words: 'Takk.', startTime: undefined },
      { speaker: 'IP', words: '👩🏽‍⚕️ hjalp meg.', startTime: undefined },
    ]);
    // Turns are separated by a blank line and counted in code points.
    expect(doc.text.startsWith('Kan du fortelje om ein god dag?\n\nJa.')).toBe(true);
    expect(doc.turns[3].end).toBe([...doc.text].length);
  });

  it('reads "Name (00:01:23): text" and "[00:01:23] Name: text"', () => {
    const doc = parsePlainTranscript('Kari Nordmann (00:01:23): Hei.\n[00:01:30] Deltaker 2: Hallo.\n[01:02:03.5] Kari Nordmann: Igjen.');
    expect(turns(doc)).toEqual([
      { speaker: 'Kari Nordmann', words: 'Hei.', startTime: 83 },
      { speaker: 'Deltaker 2', words: 'Hallo.', startTime: 90 },
      { speaker: 'Kari Nordmann', words: 'Igjen.', startTime: 3723.5 },
    ]);
  });

  it('reads the Microsoft Teams .docx layout (name and time above the words)', () => {
    const doc = parsePlainTranscript(
      'Kari Nordmann   0:03\n\nHei og velkommen.\n\nOla Hansen   0:10\n\nTakk.\n\nOla Hansen   0:14\n\nDet er fint.\n\nKari Nordmann   1:02:03\n\nHa det.',
    );
    expect(turns(doc)).toEqual([
      { speaker: 'Kari Nordmann', words: 'Hei og velkommen.', startTime: 3 },
      { speaker: 'Ola Hansen', words: 'Takk.\nDet er fint.', startTime: 10 },
      { speaker: 'Kari Nordmann', words: 'Ha det.', startTime: 3723 },
    ]);
  });

  it('reads the older Teams/Stream layout (timing line, name line, words)', () => {
    const doc = parsePlainTranscript('0:0:0.0 --> 0:0:5.120\nKari Nordmann\nHei alle sammen.\n\n0:0:5.120 --> 0:0:9.500\nOla Hansen\nHei.');
    expect(doc.turns).toEqual([
      { speaker: 'Kari Nordmann', start: 0, end: 16, startTime: 0, endTime: 5.12 },
      { speaker: 'Ola Hansen', start: 18, end: 22, startTime: 5.12, endTime: 9.5 },
    ]);
  });

  it('reads the Zoom "Save transcript" layout ([Name] time, then words)', () => {
    const doc = parsePlainTranscript('[Kari Nordmann] 10:02:15\nHei.\n[Áile Sara] 10:02:20\nBuorre beaivi.\n[Áile Sara] 10:02:25\nŊ š đ.');
    expect(turns(doc).map((t) => [t.speaker, t.words])).toEqual([
      ['Kari Nordmann', 'Hei.'],
      ['Áile Sara', 'Buorre beaivi.\nŊ š đ.'],
    ]);
  });

  it('does not take prose with a colon, URLs or clock times for speakers', () => {
    const doc = parsePlainTranscript('Møtet startet 10:30 som planlagt.\nDet var slik: alle kom.\nSe https://example.org for mer.\nMerk: dette er et notat.');
    expect(doc.turns).toHaveLength(1);
    expect(doc.turns[0].speaker).toBeNull();
    expect(doc.text).toBe('Møtet startet 10:30 som planlagt.\nDet var slik: alle kom.\nSe https://example.org for mer.\nMerk: dette er et notat.');
  });

  it('keeps words before the first speaker as an unattributed turn, and normalises to NFC', () => {
    const doc = parsePlainTranscript('\uFEFFIntervju 3\nI: Ba\u0301rd?\nIP: Ja.');
    expect(turns(doc).map((t) => [t.speaker, t.words])).toEqual([
      [null, 'Intervju 3'],
      ['I', 'Bárd?'],
      ['IP', 'Ja.'],
    ]);
    expect(doc.text).toContain('Bárd'); // one code point for á
  });

  it('gives an empty document for empty input', () => {
    expect(parsePlainTranscript('\n  \n')).toEqual({ text: '', turns: [] });
  });
});
