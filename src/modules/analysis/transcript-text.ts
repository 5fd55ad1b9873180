/**
 * Plain-text transcripts (.txt, pasted text, and the text mammoth extracts from .docx) → turns.
 *
 * Recognised speaker lines (the label must pass `looksLikeSpeaker`):
 *   "Name: words"                       — hand-typed interviews, Zoom/Teams chat-style copies
 *   "Name:" alone, words on next lines   — the same with the words below
 *   "Name (00:01:23): words"            — transcription services
 *   "[00:01:23] Name: words"            — transcription services, f4/f5-style time marks
 *   "Name   0:03" alone, words below    — Microsoft Teams .docx transcript (2022–)
 *   "0:0:5.100 --> 0:0:8.250", "Name", words — Teams/Stream .docx transcript (before 2022)
 *   "[Name] 10:02:15" alone, words below — Zoom "Save transcript" .txt (wall-clock time, not kept)
 * Any other line continues the current turn; consecutive turns by the same speaker are merged.
 */
import { DocumentBuilder, normaliseSource, type ParsedDocument } from './parsed-document.js';
import { looksLikeSpeaker, splitSpeakerLine } from './speaker-labels.js';
import { CUE_TIMING, parseClockTime } from './timestamps.js';

const TIME = String.raw`\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?`;
const BRACKETED_TIME_PREFIX = new RegExp(String.raw`^\[(${TIME})\]\s*(.*)$`);
const NAME_WITH_TIME_COLON = new RegExp(String.raw`^([^:()\[\]]{1,60}?)\s*\((${TIME})\)\s*:\s*(.*)$`);
const TEAMS_HEADER = new RegExp(String.raw`^(.{1,60}?)\s+(${TIME})$`);
const ZOOM_HEADER = /^\[([^\]]{1,60})\]\s+\d{1,2}:\d{2}(?::\d{2})?$/;

interface SpeakerStart {
  speaker: string;
  text: string;
  startTime?: number;
}

function seconds(value: string): number | undefined {
  return parseClockTime(value) ?? undefined;
}

/** A line that starts a speaker's turn, or null when the line only continues the current turn. */
function speakerStart(line: string): SpeakerStart | null {
  const bracketed = BRACKETED_TIME_PREFIX.exec(line);
  if (bracketed) {
    const rest = splitSpeakerLine(bracketed[2]);
    return rest ? { ...rest, startTime: seconds(bracketed[1]) } : null;
  }
  const nameTime = NAME_WITH_TIME_COLON.exec(line);
  if (nameTime && looksLikeSpeaker(nameTime[1])) {
    return { speaker: nameTime[1].trim(), text: nameTime[3], startTime: seconds(nameTime[2]) };
  }
  const zoom = ZOOM_HEADER.exec(line);
  if (zoom && looksLikeSpeaker(zoom[1])) return { speaker: zoom[1].trim(), text: '' };
  const teams = TEAMS_HEADER.exec(line);
  if (teams && looksLikeSpeaker(teams[1])) {
    return { speaker: teams[1].trim().replace(/\s+/g, ' '), text: '', startTime: seconds(teams[2]) };
  }
  return splitSpeakerLine(line);
}

export function parsePlainTranscript(source: string): ParsedDocument {
  const lines = normaliseSource(source).split('\n');
  const builder = new DocumentBuilder();
  let sawSpeaker = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;

    // Old Teams/Stream layout: a timing line, then the speaker's name alone, then the words.
    const timing = CUE_TIMING.exec(line);
    if (timing && parseClockTime(timing[1]) !== null && parseClockTime(timing[2]) !== null) {
      let next = i + 1;
      while (next < lines.length && !lines[next].trim()) next++;
      const nameLine = next < lines.length ? lines[next].trim() : '';
      const named = nameLine && !nameLine.includes(':') && looksLikeSpeaker(nameLine);
      builder.add({
        speaker: named ? nameLine : null,
        text: '',
        startTime: seconds(timing[1]),
        endTime: seconds(timing[2]),
        merge: true,
        joiner: '\n',
      });
      if (named) i = next;
      sawSpeaker ||= Boolean(named);
      continue;
    }

    const start = speakerStart(line);
    if (start) {
      sawSpeaker = true;
      builder.add({ speaker: start.speaker, text: start.text, startTime: start.startTime, merge: true, joiner: '\n' });
    } else {
      builder.continueTurn(line);
    }
  }
  const parsed = builder.build();
  // Without any speaker, "turns" are just the document: keep it as one unattributed turn.
  if (!sawSpeaker && parsed.turns.length > 0) {
    return { text: parsed.text, turns: [{ speaker: null, start: 0, end: parsed.turns[parsed.turns.length - 1].end }] };
  }
  return parsed;
}
