/**
 * Timed-cue transcripts: WebVTT (.vtt) and SubRip (.srt) → turns with times in seconds.
 *
 * Speakers come from WebVTT voice tags ("<v Kari Nordmann>…</v>", what Microsoft Teams writes)
 * or from a "Name: words" prefix on the cue text (what Zoom writes in its cloud-recording .vtt).
 * Consecutive cues by the same speaker become one turn (Zoom cuts speech every few seconds).
 * A cue whose timing cannot be read stops the import with the line number: half a transcript,
 * silently missing its broken part, would be worse than none.
 */
import { DocumentBuilder, normaliseSource, TranscriptParseError, type ParsedDocument } from './parsed-document.js';
import { splitSpeakerLine } from './speaker-labels.js';
import { CUE_TIMING, parseClockTime } from './timestamps.js';

interface Block {
  /** 1-based line number of the block's first line in the source. */
  line: number;
  lines: string[];
}

function blocks(source: string): Block[] {
  const result: Block[] = [];
  let current: Block | null = null;
  normaliseSource(source)
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') {
        current = null;
        return;
      }
      if (!current) {
        current = { line: index + 1, lines: [] };
        result.push(current);
      }
      current.lines.push(raw);
    });
  return result;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** One cue line → speaker (if any) and plain words, without markup. */
function cueLine(line: string, format: 'vtt' | 'srt'): { speaker: string | null; text: string } {
  let speaker: string | null = null;
  let text = line;
  const voice = /^\s*<v(?:\.[^\s>]+)*\s+([^>]+)>/.exec(text);
  if (voice) {
    speaker = decodeEntities(voice[1]).trim();
    text = text.slice(voice[0].length);
  }
  // Other markup: <c>, <i>, <b>, <u>, <lang>, <ruby>, inline timestamps <00:00:01.000>, </v>,
  // and SubRip's ASS-style position codes {\an8}.
  text = text.replace(/<[^>]*>/g, '');
  if (format === 'srt') text = text.replace(/\{\\[^}]*\}/g, '');
  text = decodeEntities(text).trim();
  if (!speaker) {
    const labelled = splitSpeakerLine(text);
    if (labelled) return { speaker: labelled.speaker, text: labelled.text.trim() };
  }
  return { speaker, text };
}

function timing(line: string, lineNumber: number): { start: number; end: number } {
  const m = CUE_TIMING.exec(line);
  const start = m ? parseClockTime(m[1]) : null;
  const end = m ? parseClockTime(m[2]) : null;
  if (start === null || end === null || end < start) {
    throw new TranscriptParseError('errors.transcriptBadTimestamp', { line: lineNumber });
  }
  return { start, end };
}

function addCue(builder: DocumentBuilder, cueLines: string[], time: { start: number; end: number }, format: 'vtt' | 'srt'): void {
  // A cue can hold several voices, one per line ("<v A>…</v>" then "<v B>…</v>"); a line without
  // its own label continues whatever the cue's previous line started.
  cueLines.forEach((raw, index) => {
    const line = cueLine(raw, format);
    if (line.speaker !== null || index === 0) {
      builder.add({ speaker: line.speaker, text: line.text, startTime: time.start, endTime: time.end, merge: true, joiner: ' ' });
    } else {
      builder.continueTurn(line.text);
    }
  });
}

export function parseWebVtt(source: string): ParsedDocument {
  const all = blocks(source);
  const header = all[0];
  // The header block is "WEBVTT" plus optional text and metadata lines (e.g. Teams' none).
  if (!header || !/^WEBVTT(?:[ \t].*)?$/.test(header.lines[0])) {
    throw new TranscriptParseError('errors.transcriptNotWebVtt', { line: 1 });
  }
  const builder = new DocumentBuilder();
  for (const block of all.slice(1)) {
    const first = block.lines[0];
    if (/^(NOTE|STYLE|REGION)(?:\s|$)/.test(first)) continue;
    // The timing line is the first line, or the second when the cue has an identifier
    // (Zoom: "1", "2", …; Teams: "<guid>/12-0").
    const timingIndex = first.includes('-->') ? 0 : 1;
    if (timingIndex === 1 && !(block.lines[1] ?? '').includes('-->')) {
      throw new TranscriptParseError('errors.transcriptBadTimestamp', { line: block.line + (block.lines.length > 1 ? 1 : 0) });
    }
    const time = timing(block.lines[timingIndex], block.line + timingIndex);
    addCue(builder, block.lines.slice(timingIndex + 1), time, 'vtt');
  }
  return builder.build();
}

export function parseSubRip(source: string): ParsedDocument {
  const builder = new DocumentBuilder();
  for (const block of blocks(source)) {
    // Standard blocks start with a sequence number; some tools omit it, so it is optional.
    const timingIndex = /^\d+$/.test(block.lines[0].trim()) ? 1 : 0;
    const line = block.lines[timingIndex];
    if (line === undefined || !line.includes('-->')) {
      throw new TranscriptParseError('errors.transcriptBadTimestamp', { line: block.line + timingIndex });
    }
    const time = timing(line, block.line + timingIndex);
    addCue(builder, block.lines.slice(timingIndex + 1), time, 'srt');
  }
  return builder.build();
}
