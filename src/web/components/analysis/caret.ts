/**
 * The coding view's own caret and selection, in Unicode code points over the working text (the
 * unit every coding is stored in). Pure functions so the keyboard model is easy to reason about.
 */
export interface Caret {
  /** Where the selection started (stays put while Shift+arrows extend it). */
  anchor: number;
  /** Where the caret is now. */
  focus: number;
}

export const rangeOf = (c: Caret) => ({ start: Math.min(c.anchor, c.focus), end: Math.max(c.anchor, c.focus) });

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_'’-]/u.test(ch);

/** The next word end to the right of `at` (Ctrl+→): skip spaces and punctuation, then the word. */
export function nextWordEnd(chars: readonly string[], at: number): number {
  let i = at;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return i;
}

/** The previous word start to the left of `at` (Ctrl+←). */
export function previousWordStart(chars: readonly string[], at: number): number {
  let i = at;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return i;
}

export interface Bounds {
  start: number;
  end: number;
}

/** The turn (or the whole text) that holds `at`. */
export function turnAt(turns: readonly Bounds[], at: number, length: number): Bounds {
  return turns.find((t) => at >= t.start && at <= t.end) ?? { start: 0, end: length };
}

/**
 * The caret after a key press, or null when the key is not a caret key.
 * ←/→ one character, Ctrl+←/→ a word, Home/End the turn, Ctrl+Home/End the text,
 * ↑/↓ the previous/next turn; with Shift the selection grows, without it it collapses.
 */
export function moveCaret(caret: Caret, key: string, mods: { shift: boolean; ctrl: boolean }, chars: readonly string[], turns: readonly Bounds[]): Caret | null {
  const length = chars.length;
  const at = caret.focus;
  let to: number;
  switch (key) {
    case 'ArrowRight': to = mods.ctrl ? nextWordEnd(chars, at) : at + 1; break;
    case 'ArrowLeft': to = mods.ctrl ? previousWordStart(chars, at) : at - 1; break;
    case 'Home': to = mods.ctrl ? 0 : turnAt(turns, at, length).start; break;
    case 'End': to = mods.ctrl ? length : turnAt(turns, at, length).end; break;
    case 'ArrowDown': {
      const next = turns.find((t) => t.start > at);
      to = next ? next.start : length;
      break;
    }
    case 'ArrowUp': {
      const here = turnAt(turns, at, length);
      const previous = [...turns].reverse().find((t) => t.start < here.start);
      to = at > here.start ? here.start : previous ? previous.start : 0;
      break;
    }
    default: return null;
  }
  to = Math.max(0, Math.min(length, to));
  return mods.shift ? { anchor: caret.anchor, focus: to } : { anchor: to, focus: to };
}
