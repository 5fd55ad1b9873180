import { describe, expect, it } from 'vitest';
import { TranscriptParseError, type ParsedDocument } from './parsed-document.js';
import { sliceByCodePoints } from './text-positions.js';
import { parseSubRip, parseWebVtt } from './transcript-cues.js';

function turns(doc: ParsedDocument) {
  return doc.turns.map((t) => ({ speaker: t.speaker, words: sliceByCodePoints(doc.text, t.start, t.end), startTime: t.startTime, endTime: t.endTime }));
}

function parseError(fn: () => unknown): TranscriptParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TranscriptParseError) return e;
    throw e;
  }
  throw new Error('expected a TranscriptParseError');
}

describe('parseWebVtt', () => {
  it('reads Teams voice tags, cue identifiers, NOTE blocks and merges one speaker’s cues', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE This file was written by Teams',
      'and this note has two lines',
      '',
      '3f1c7a9e-1b2c-4d5e-8f90-123456789abc/12-0',
      '00:00:01.000 --> 00:00:04.500',
      '<v Kari Nordmann>Hei og velkommen til &amp; fokusgruppa.</v>',
      '',
      '3f1c7a9e-1b2c-4d5e-8f90-123456789abc/12-1',
      '00:00:04.500 --> 00:00:06.000',
      '<v Kari Nordmann>Vi startar med ein runde.</v>',
      '',
      '3f1c7a9e-1b2c-4d5e-8f90-123456789abc/13-0',
      '00:00:06.200 --> 00:00:09.000 align:start position:10%',
      '<v.loud Áile Sara>Buorre! 🇳🇴 <i>Ŋ</i></v>',
      '',
    ].join('\r\n');
    expect(turns(parseWebVtt(vtt))).toEqual([
      { speaker: 'Kari Nordmann', words: 'Hei og velkommen til & fokusgruppa. Vi startar med ein runde.', startTime: 1, endTime: 6 },
      { speaker: 'Áile Sara', words: 'Buorre! 🇳🇴 Ŋ', startTime: 6.2, endTime: 9 },
    ]);
  });

  it('reads Zoom cues ("Name: text" in the cue, numeric identifiers)', () => {
    const vtt = `WEBVTT

1
00:00:02.340 --> 00:00:05.120
Ola Hansen: Eg trur det hjelper.

2
00:00:05.500 --> 00:00:07.000
Ola Hansen: Mykje.

3
00:00:07.800 --> 00:00:09.000
Deltaker 2: Einig.
`;
    expect(turns(parseWebVtt(vtt))).toEqual([
      { speaker: 'Ola Hansen', words: 'Eg trur det hjelper. Mykje.', startTime: 2.34, endTime: 7 },
      { speaker: 'Deltaker 2', words: 'Einig.', startTime: 7.8, endTime: 9 },
    ]);
  });

  it('keeps several voices in one cue apart, and untagged cues unattributed', () => {
    const vtt = 'WEBVTT - header text\n\n00:01.000 --> 00:02.000\n<v A B>Ja.</v>\n<v C D>Nei.</v>\n\n00:02.000 --> 00:03.000\nberre lyd\n';
    expect(turns(parseWebVtt(vtt)).map((t) => [t.speaker, t.words])).toEqual([
      ['A B', 'Ja.'],
      ['C D', 'Nei.'],
      [null, 'berre lyd'],
    ]);
  });

  it('refuses a broken timestamp with its line number', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nKari: Hei.\n\n2\n00:00:0x.000 --> 00:00:03.000\nKari: Igjen.\n';
    const error = parseError(() => parseWebVtt(vtt));
    expect(error.key).toBe('errors.transcriptBadTimestamp');
    expect(error.vars).toEqual({ line: 8 });
  });

  it('refuses an end before the start, seconds ≥ 60, a cue without timing, and a missing header', () => {
    expect(parseError(() => parseWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nx\n')).vars).toEqual({ line: 3 });
    expect(parseError(() => parseWebVtt('WEBVTT\n\n00:00:75.000 --> 00:01:20.000\nx\n')).key).toBe('errors.transcriptBadTimestamp');
    expect(parseError(() => parseWebVtt('WEBVTT\n\n1\nKari: ingen tid\n')).vars).toEqual({ line: 4 });
    expect(parseError(() => parseWebVtt('1\n00:00:01.000 --> 00:00:02.000\nHei\n')).key).toBe('errors.transcriptNotWebVtt');
  });
});

describe('parseSubRip', () => {
  it('reads numbered cues with comma milliseconds, speakers and markup', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,500\nI: Korleis går det?\n\n2\n00:00:04,000 --> 00:00:06,000\n{\\an8}IP: <i>Bra</i>,\ntakk.\n\n3\n00:00:06,000 --> 00:00:07,250\nIP: Veldig bra.\n';
    expect(turns(parseSubRip(srt))).toEqual([
      { speaker: 'I', words: 'Korleis går det?', startTime: 1, endTime: 3.5 },
      { speaker: 'IP', words: 'Bra, takk. Veldig bra.', startTime: 4, endTime: 7.25 },
    ]);
  });

  it('refuses a broken timestamp with its line number', () => {
    const error = parseError(() => parseSubRip('1\n00:00:01,000 --> 00:00:03,500\nHei\n\n2\n00:00:04,000 -> 00:00:06,000\nHallo\n'));
    expect(error).toMatchObject({ key: 'errors.transcriptBadTimestamp', vars: { line: 6 } });
  });
});
