/**
 * Word transcripts (.docx) → turns. mammoth (in src/lib/archive's worker) extracts the raw text (one paragraph per line,
 * paragraphs separated by a blank line), and the plain-text reader then finds the speakers; this
 * covers Teams' .docx transcript ("Name   0:03" above each paragraph) and typed interviews.
 */
import { ArchiveUnreadable, readDocxText } from '../../lib/archive/read.js';
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
    // Checked for bombs and parsed by mammoth in a worker thread (src/lib/archive).
    text = await readDocxText(buffer);
  } catch (error) {
    // Truncated archives and ZIPs without word/document.xml: the reason is technical and of no use
    // to the person importing, so one message covers them all. A refused bomb keeps its own message.
    if (error instanceof ArchiveUnreadable) throw new TranscriptParseError('errors.transcriptUnreadableDocx');
    throw error;
  }
  return parsePlainTranscript(text);
}
