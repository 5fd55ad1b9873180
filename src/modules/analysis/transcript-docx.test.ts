import { describe, expect, it } from 'vitest';
import { makeDocx, zipWithout } from '../../../test/support/docx.js';
import { TranscriptParseError } from './parsed-document.js';
import { sliceByCodePoints } from './text-positions.js';
import { parseDocxTranscript } from './transcript-docx.js';
import { parseTranscriptFile, transcriptFormatOf } from './transcript-import.js';

async function rejection(promise: Promise<unknown>): Promise<TranscriptParseError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof TranscriptParseError) return e;
    throw e;
  }
  throw new Error('expected a TranscriptParseError');
}

describe('parseDocxTranscript', () => {
  it('reads a Teams-style .docx transcript', async () => {
    const docx = await makeDocx(['Kari Nordmann   0:03', 'Kva betyr eit godt liv for deg?', 'Ola Hansen   0:09', 'Å ha nokon å ringe til. 🇳🇴', 'Og jobb.']);
    const doc = await parseDocxTranscript(docx);
    expect(doc.turns.map((t) => [t.speaker, sliceByCodePoints(doc.text, t.start, t.end), t.startTime])).toEqual([
      ['Kari Nordmann', 'Kva betyr eit godt liv for deg?', 3],
      ['Ola Hansen', 'Å ha nokon å ringe til. 🇳🇴\nOg jobb.', 9],
    ]);
  });

  it('reads a typed interview with I:/IP: tags', async () => {
    const doc = await parseDocxTranscript(await makeDocx(['I: Korleis var det?', 'IP: Tungt & godt.']));
    expect(doc.text).toBe('Korleis var det?\n\nTungt & godt.');
    expect(doc.turns.map((t) => t.speaker)).toEqual(['I', 'IP']);
  });

  it('refuses random bytes and a truncated archive with errors.transcriptUnreadableDocx', async () => {
    const random = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await rejection(parseDocxTranscript(random))).key).toBe('errors.transcriptUnreadableDocx');
    const whole = await makeDocx(['I: Hei']);
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    expect((await rejection(parseDocxTranscript(truncated))).key).toBe('errors.transcriptUnreadableDocx');
    const zipWithoutDocument = zipWithout({ 'hello.txt': 'hei' });
    expect((await rejection(parseDocxTranscript(zipWithoutDocument))).key).toBe('errors.transcriptUnreadableDocx');
  });
});

describe('parseTranscriptFile', () => {
  it('chooses the reader by extension, and reads WebVTT saved as .txt', async () => {
    expect(transcriptFormatOf('Intervju 3.DOCX')).toBe('docx');
    expect(transcriptFormatOf('notat.pdf')).toBeNull();
    const vttAsTxt = await parseTranscriptFile('zoom.txt', Buffer.from('WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nKari: Hei.\n'));
    expect(vttAsTxt.turns[0]).toMatchObject({ speaker: 'Kari', startTime: 1, endTime: 2 });
    const srt = await parseTranscriptFile('a.srt', Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nHei\n'));
    expect(srt.text).toBe('Hei');
  });

  it('refuses unknown formats and text that is not UTF-8', async () => {
    expect((await rejection(parseTranscriptFile('a.pdf', Buffer.from('x')))).key).toBe('errors.transcriptUnsupportedFormat');
    const latin1 = Buffer.from([0x49, 0x3a, 0x20, 0x66, 0xf8, 0x72]); // "I: før" in Latin-1
    expect((await rejection(parseTranscriptFile('a.txt', latin1))).key).toBe('errors.transcriptNotUtf8');
  });
});
