/**
 * The common result of every transcript importer (.txt, pasted text, .docx, .vtt, .srt), and the
 * builder the importers share so that positions are computed in one place.
 *
 * Layout of `text`: turns separated by a blank line ("\n\n"). Speaker labels and timestamps are
 * NOT part of the text: they live in `turns`, so a coding never covers a name label, and the label
 * can be pseudonymised or renamed without shifting any coding.
 */
import { codePointLength } from './text-positions.js';

export interface Turn {
  /** As written in the source (before pseudonymisation); null when the source names nobody. */
  speaker: string | null;
  /** Half-open code-point range of the turn's words in `text`. */
  start: number;
  end: number;
  /** Seconds from the start of the recording, when the source gives them. */
  startTime?: number;
  endTime?: number;
}

export interface ParsedDocument {
  text: string;
  turns: Turn[];
}

/** A bad transcript: `key` is an i18n message key, `vars` its values (always with `line` when known). */
export class TranscriptParseError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(vars)}`);
    this.name = 'TranscriptParseError';
  }
}

/**
 * Removes what differs between exporters but carries no meaning: a UTF-8 BOM, CRLF/CR line ends,
 * and decomposed accents (NFC), so that "á" is one code point whichever program wrote it.
 */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

interface PendingTurn {
  speaker: string | null;
  parts: string[];
  joiner: string;
  startTime?: number;
  endTime?: number;
}

/**
 * Collects turns in order. `add` with `merge: true` appends to the previous turn when the speaker
 * is the same (and not null): Zoom and Teams cut one person's speech into many short cues, which
 * an analyst wants to read — and code — as one turn.
 */
export class DocumentBuilder {
  private readonly pending: PendingTurn[] = [];

  add(turn: { speaker: string | null; text: string; startTime?: number; endTime?: number; merge: boolean; joiner: string }): void {
    const words = turn.text.trim();
    const last = this.pending[this.pending.length - 1];
    if (turn.merge && last && last.speaker !== null && last.speaker === turn.speaker) {
      if (words) last.parts.push(words);
      if (turn.endTime !== undefined) last.endTime = turn.endTime;
      if (last.startTime === undefined) last.startTime = turn.startTime;
      return;
    }
    this.pending.push({ speaker: turn.speaker, parts: words ? [words] : [], joiner: turn.joiner, startTime: turn.startTime, endTime: turn.endTime });
  }

  /** Adds a line to the current turn (a line without a speaker continues the previous one). */
  continueTurn(line: string): void {
    const words = line.trim();
    if (!words) return;
    const last = this.pending[this.pending.length - 1];
    if (last) last.parts.push(words);
    else this.pending.push({ speaker: null, parts: [words], joiner: '\n' });
  }

  build(): ParsedDocument {
    const turns: Turn[] = [];
    const pieces: string[] = [];
    let position = 0;
    for (const p of this.pending) {
      const body = p.parts.join(p.joiner);
      // A speaker header with no words under it (e.g. a Teams line for a cough) is dropped.
      if (!body) continue;
      if (pieces.length > 0) {
        pieces.push('\n\n');
        position += 2;
      }
      const length = codePointLength(body);
      const turn: Turn = { speaker: p.speaker, start: position, end: position + length };
      if (p.startTime !== undefined) turn.startTime = p.startTime;
      if (p.endTime !== undefined) turn.endTime = p.endTime;
      turns.push(turn);
      pieces.push(body);
      position += length;
    }
    return { text: pieces.join(''), turns };
  }
}
