/**
 * After pseudonymisation, other words that look like names are shown to a person to confirm (and
 * replace) or dismiss (issue 7 §2). The heuristic: a capitalised word (upper-case letter followed
 * by lower-case) that does not start a sentence — in Norwegian, unlike English, weekdays, months,
 * nationalities and most nouns are lower case mid-sentence, so a capital there is a strong hint of
 * a proper noun. It is a highlight for a human, not a decision: false positives cost a click,
 * while a missed name is a leak, so the rule leans towards suggesting.
 *
 * Not suggested: words in a small stop-list (capitalised by habit or often at a line start),
 * words the caller knows (`knownWords`: dismissed earlier, or registered vocabulary), all-capital
 * abbreviations (NAV, DPS — organisations, and the letters of pseudonym codes), and anything
 * inside a pseudonym tag "[…]" or an excluded range.
 */
import { codePointLength, type TextRange } from './text-positions.js';

export interface NameCandidate extends TextRange {
  /** The word or words as written, e.g. "Kari Nordmann". */
  text: string;
}

/** Lower-cased words that are capitalised for other reasons than being a person's or place's name. */
const STOP_WORDS = new Set([
  // weekdays and months (capitalised by English habit), bokmål and nynorsk
  'mandag', 'måndag', 'tirsdag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'laurdag', 'søndag', 'sundag',
  'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember',
  // holidays, religion, country, common platforms
  'jul', 'julaften', 'påske', 'pinse', 'nyttår', 'gud', 'herren', 'jesus', 'norge', 'noreg', 'norsk', 'teams', 'zoom',
  'facebook', 'messenger', 'snapchat', 'google', 'covid', 'korona',
  // function words that start clauses after a colon or dash, bokmål and nynorsk
  'jeg', 'eg', 'du', 'han', 'hun', 'ho', 'vi', 'me', 'de', 'dei', 'dere', 'det', 'den', 'dette', 'denne',
  'og', 'men', 'så', 'da', 'då', 'når', 'som', 'om', 'hvis', 'viss', 'etter', 'før', 'for', 'på', 'i', 'til', 'med',
  'ja', 'nei', 'jo', 'ok', 'hei', 'takk', 'hmm', 'eh', 'altså', 'liksom', 'kanskje', 'hva', 'kva', 'hvem', 'kven',
  'hvordan', 'korleis', 'hvorfor', 'kvifor', 'der', 'her', 'nå', 'no', 'også', 'ikke', 'ikkje',
]);

/** Upper-case initial, then at least one lower-case letter (so "I" and "NAV" are not names). */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]/u;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*/gu;
/** Characters that may stand between a sentence end and the next word. */
const OPENERS = /[\s«"“„'‘(\-–—]/u;
const SENTENCE_END = /[.!?…:\n]/u;

/** True when the word starting at `index` is the first of a sentence, a line, or the text. */
function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && OPENERS.test(text[i]) && text[i] !== '\n') i--;
  return i < 0 || SENTENCE_END.test(text[i]);
}

function bracketSpans(text: string): [number, number][] {
  return [...text.matchAll(/\[[^\]\n]*\]/g)].map((m) => [m.index, m.index + m[0].length]);
}

interface Word {
  text: string;
  index: number;
  end: number;
  candidate: boolean;
  sentenceStart: boolean;
}

export function suggestPossibleNames(text: string, knownWords: Iterable<string> = [], options: { exclude?: TextRange[] } = {}): NameCandidate[] {
  const known = new Set([...knownWords].map((w) => w.toLowerCase()));
  const brackets = bracketSpans(text);
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’-]+$/u, '');
    const index = m.index;
    const inTag = brackets.some(([a, b]) => index >= a && index < b);
    const lower = word.toLowerCase();
    const base = lower.replace(/(?:s|['’]s?)$/u, ''); // genitive "Karis" → "kari" for the known-word check
    const candidate = !inTag && CAPITALISED.test(word) && !STOP_WORDS.has(lower) && !known.has(lower) && !known.has(base);
    words.push({ text: word, index, end: index + word.length, candidate, sentenceStart: atSentenceStart(text, index) });
  }

  // Group consecutive capitalised words separated by a single space into one name ("Kari Nordmann").
  const result: NameCandidate[] = [];
  const excluded = options.exclude ?? [];
  let cpCursor = 0;
  let utf16Cursor = 0;
  const toCp = (utf16: number) => {
    cpCursor += codePointLength(text.slice(utf16Cursor, utf16));
    utf16Cursor = utf16;
    return cpCursor;
  };
  for (let i = 0; i < words.length; i++) {
    if (!words[i].candidate) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1].candidate && /^ $/.test(text.slice(words[j].end, words[j + 1].index))) j++;
    // A lone capitalised word at a sentence start is just grammar; in a run ("Kari Nordmann sa")
    // the capital of the first word is ambiguous, so the whole run is still suggested.
    const alone = i === j;
    if (!(alone && words[i].sentenceStart)) {
      const start = toCp(words[i].index);
      const end = toCp(words[j].end);
      if (!excluded.some((r) => start < r.end && r.start < end)) {
        result.push({ text: text.slice(words[i].index, words[j].end), start, end });
      }
    }
    i = j;
  }
  return result;
}
