/**
 * Chooses the reader for an uploaded transcript by its file name (and, for text, its content:
 * a .txt that is really WebVTT is read as WebVTT).
 */
import { normaliseSource, TranscriptParseError, type ParsedDocument } from './parsed-document.js';
import { parseWebVtt, parseSubRip } from './transcript-cues.js';
import { parseDocxTranscript } from './transcript-docx.js';
import { parsePlainTranscript } from './transcript-text.js';

export type TranscriptFormat = 'txt' | 'vtt' | 'srt' | 'docx';

export function transcriptFormatOf(fileName: string): TranscriptFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'txt' || ext === 'vtt' || ext === 'srt' || ext === 'docx' ? ext : null;
}

/** Text formats: strict UTF-8, so a Latin-1 file is refused instead of importing "Ã¸" for "ø". */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TranscriptParseError('errors.transcriptNotUtf8');
  }
}

export async function parseTranscriptFile(fileName: string, bytes: Buffer): Promise<ParsedDocument> {
  const format = transcriptFormatOf(fileName);
  if (format === null) throw new TranscriptParseError('errors.transcriptUnsupportedFormat', { fileName });
  if (format === 'docx') return parseDocxTranscript(bytes);
  const text = decodeUtf8(bytes);
  if (format === 'vtt' || (format === 'txt' && /^WEBVTT(?:\s|$)/.test(normaliseSource(text)))) return parseWebVtt(text);
  if (format === 'srt') return parseSubRip(text);
  return parsePlainTranscript(text);
}

/** Pasted text goes through the same reader as a .txt upload. */
export function parsePastedTranscript(text: string): ParsedDocument {
  return parsePlainTranscript(text);
}
