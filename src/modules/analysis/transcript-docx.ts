/**
 * Word transcripts (.docx) → turns. mammoth extracts the raw text (one paragraph per line,
 * paragraphs separated by a blank line), and the plain-text reader then finds the speakers; this
 * covers Teams' .docx transcript ("Name   0:03" above each paragraph) and typed interviews.
 */
import mammoth from 'mammoth';
import { TranscriptParseError, type ParsedDocument } from './parsed-document.js';
import { parsePlainTranscript } from './transcript-text.js';

/** A .docx is a ZIP: anything else is refused before mammoth is asked (clearer and cheaper). */
function looksLikeZip(buffer: Buffer): boolean {
  return buffer.length >= 4 && buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04;
}

export async function parseDocxTranscript(buffer: Buffer): Promise<ParsedDocument> {
  if (!looksLikeZip(buffer)) throw new TranscriptParseError('errors.transcriptUnreadableDocx');
  let text: string;
  try {
    const result = await mammoth.extractRawText({ buffer });
    text = result.value;
  } catch {
    // mammoth throws for truncated archives and for ZIPs without word/document.xml; the reason
    // is technical and of no use to the person importing, so one message covers them all.
    throw new TranscriptParseError('errors.transcriptUnreadableDocx');
  }
  return parsePlainTranscript(text);
}
