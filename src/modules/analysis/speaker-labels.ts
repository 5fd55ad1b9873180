/**
 * Is the text before a colon a speaker? Transcripts mark turns with "Name: words", but ordinary
 * sentences contain colons too ("Det var slik: …"). The rule: a short label (≤ 4 words) where
 * every word is capitalised (or a number, or a name particle such as "von"), or one of the tags
 * Norwegian interview transcripts use (I:, IP:, Intervjuer:, Informant:, Deltaker 1:).
 * Erring towards "not a speaker" is safe: the line then simply continues the previous turn.
 */

const MAX_WORDS = 4;

/** Interviewer/informant tags, in any case, optionally numbered or lettered ("Deltaker 1", "Informant B"). */
const ROLE_WORDS =
  /^(?:intervjuar|intervjuer|interviewer|informant|deltakar|deltaker|participant|respondent|moderator|fasilitator|facilitator|ordstyrer|referent|speaker|talar|taler)(?:[\s#-]*(?:\d{1,3}|[a-zæøå]))?$/i;

/** Abbreviated tags, upper case only so that the words "i" and "p" never count ("I:", "IP2:"). */
const SHORT_TAGS = /^(?:I|IP|INT|INF|P|D|R)(?:[\s#-]*\d{1,3})?$/;

/** Surname particles that are written in lower case inside a name. */
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'af', 'av', 'la', 'le', 'di', 'da', 'du', 'bin', 'ibn']);

/** Capitalised words that head a line with a colon but are not speakers (minutes, notes). */
const NOT_SPEAKERS = new Set([
  'merk', 'nb', 'obs', 'note', 'notat', 'tema', 'sak', 'vedtak', 'konklusjon', 'oppsummering', 'tid', 'sted', 'stad',
  'dato', 'referat', 'til stede', 'forfall', 'agenda', 'dagsorden', 'spørsmål', 'svar', 'kommentar', 'eksempel',
  'døme', 'sitat', 'kilde', 'kjelde', 'ps', 'tittel', 'emne', 'summary', 'question', 'answer', 'http', 'https',
  'mailto', 'www',
]);

export function looksLikeSpeaker(label: string): boolean {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (!trimmed || trimmed.length > 60) return false;
  if (NOT_SPEAKERS.has(trimmed.toLowerCase())) return false;
  if (ROLE_WORDS.test(trimmed) || SHORT_TAGS.test(trimmed)) return true;
  // Sentence punctuation inside the label means it is prose, not a name.
  if (/[.,;!?«»"“”:()[\]{}]/.test(trimmed)) return false;
  const words = trimmed.split(' ');
  if (words.length > MAX_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}[\p{L}\p{M}\d'’-]*$/u.test(w) || /^\d+$/.test(w) || PARTICLES.has(w));
}

/**
 * Splits "Label: words" when the label looks like a speaker; null otherwise. A colon followed by
 * "//" is a URL, and a colon between digits is a clock time, so neither counts.
 */
export function splitSpeakerLine(line: string): { speaker: string; text: string } | null {
  const m = /^\s*([^:\n]{1,60}?)\s*:(?!\/\/)(?:\s+|$)(.*)$/u.exec(line);
  if (!m) return null;
  if (!looksLikeSpeaker(m[1])) return null;
  return { speaker: m[1].trim().replace(/\s+/g, ' '), text: m[2] };
}
