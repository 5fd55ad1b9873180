import { useCallback, useId, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { codePointLength, utf16ToCodePoint } from '../../../modules/analysis/text-positions.js';
import type { Code, Coding, Turn } from '../../analysis-types.js';
import { moveCaret, rangeOf, type Caret } from './caret.js';
import { CodingTurn } from './CodingTurn.js';

interface Props {
  text: string;
  turns: Turn[];
  codings: Coding[];
  codes: Map<string, Code>;
  caret: Caret;
  onCaret(caret: Caret): void;
  /** `c` or Enter with a selection: choose codes for it. */
  onCode(): void;
  canWrite: boolean;
  onDelete(coding: Coding): void;
}

/** A DOM position (text node + UTF-16 offset) → code point in the working text, via the span's data-start. */
function toCodePoint(node: Node | null, offset: number): number | null {
  if (!node) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!span) return null;
    return Number(span.dataset.start) + utf16ToCodePoint(node.textContent ?? '', offset);
  }
  const element = node as HTMLElement;
  const child = element.childNodes[offset] as HTMLElement | undefined;
  const piece = child?.dataset?.start !== undefined ? child : element.closest<HTMLElement>('[data-start]');
  if (!piece?.dataset.start) return null;
  const start = Number(piece.dataset.start);
  return piece === child ? start : start + (offset > 0 ? codePointLength(piece.textContent ?? '') : 0);
}

/**
 * The working text as a focusable document with a caret of its own, so coding works with the mouse
 * or the keyboard alone: arrows move (Ctrl: by word; ↑/↓: by turn; Home/End), Shift extends, `c`
 * or Enter opens the code picker, Escape clears the selection. Offsets are code points throughout.
 */
export function CodingText({ text, turns, codings, codes, caret, onCaret, onCode, canWrite, onDelete }: Props) {
  const { t } = useTranslation();
  const helpId = useId();
  const chars = useMemo(() => Array.from(text), [text]);
  const shown = useMemo(() => (turns.length ? turns : [{ speaker: null, start: 0, end: chars.length }]), [turns, chars.length]);
  const selection = rangeOf(caret);
  const hasSelection = selection.end > selection.start;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const next = moveCaret(caret, event.key, { shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey || event.altKey }, chars, shown);
    if (next) {
      event.preventDefault();
      onCaret(next);
    } else if ((event.key === 'c' || event.key === 'Enter') && !event.ctrlKey && !event.metaKey && hasSelection && canWrite) {
      event.preventDefault();
      onCode();
    } else if (event.key === 'Escape' && hasSelection) {
      event.preventDefault();
      onCaret({ anchor: caret.focus, focus: caret.focus });
    }
  };

  const onMouseUp = useCallback(() => {
    const native = window.getSelection();
    if (!native || native.rangeCount === 0) return;
    const anchor = toCodePoint(native.anchorNode, native.anchorOffset);
    const focus = toCodePoint(native.focusNode, native.focusOffset);
    if (anchor === null || focus === null) return;
    onCaret({ anchor, focus });
  }, [onCaret]);

  const preview = hasSelection ? chars.slice(selection.start, Math.min(selection.end, selection.start + 80)).join('') : '';

  return (
    <div className="coding-shell">
      <p id={helpId} className="muted coding-help">{t(canWrite ? 'analysis.coding.help' : 'analysis.coding.helpReadOnly')}</p>
      <div
        className="coding-text"
        data-testid="coding-text"
        role="document"
        tabIndex={0}
        aria-label={t('analysis.coding.textLabel')}
        aria-describedby={helpId}
        onKeyDown={onKeyDown}
        onMouseUp={onMouseUp}
      >
        {shown.map((turn) => {
          const clipped = hasSelection && selection.start < turn.end && selection.end > turn.start
            ? { start: Math.max(turn.start, selection.start), end: Math.min(turn.end, selection.end) }
            : null;
          const caretHere = caret.focus >= turn.start && caret.focus <= turn.end ? caret.focus : -1;
          return (
            <CodingTurn
              key={turn.start}
              turn={turn}
              chars={chars}
              codings={codings.filter((c) => c.start < turn.end && c.end > turn.start)}
              codes={codes}
              selection={clipped}
              caret={caretHere}
              canWrite={canWrite}
              onDelete={onDelete}
            />
          );
        })}
      </div>
      <p className="selection-summary" aria-live="polite" data-testid="selection-summary">
        {hasSelection
          ? t('analysis.coding.selected', { count: selection.end - selection.start, text: preview })
          : t('analysis.coding.caretAt', { offset: caret.focus })}
      </p>
    </div>
  );
}
