import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import type { Code, Coding, Turn } from '../../analysis-types.js';

interface Props {
  turn: Turn;
  /** The whole text as code points (slices are taken by code-point offset). */
  chars: readonly string[];
  codings: Coding[];
  codes: Map<string, Code>;
  /** The selection clipped to this turn, or null. */
  selection: { start: number; end: number } | null;
  /** The caret offset when it is in this turn, else -1. */
  caret: number;
  canWrite: boolean;
  onDelete(coding: Coding): void;
}

const excerpt = (chars: readonly string[], c: Coding) => {
  const text = chars.slice(c.start, Math.min(c.end, c.start + 48)).join('');
  return c.end - c.start > 48 ? `${text}…` : text;
};

const seconds = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/**
 * One speaker turn: the label, the words as spans carrying their code-point offset (data-start, read
 * back when the mouse selects), coding highlights, our own caret and selection; and beside it, the
 * codings that start here by name, so a coding is never shown by colour alone.
 */
export const CodingTurn = memo(function CodingTurn({ turn, chars, codings, codes, selection, caret, canWrite, onDelete }: Props) {
  const { t } = useTranslation();
  const cuts = new Set([turn.start, turn.end]);
  for (const c of codings) {
    if (c.start > turn.start && c.start < turn.end) cuts.add(c.start);
    if (c.end > turn.start && c.end < turn.end) cuts.add(c.end);
  }
  if (selection) cuts.add(selection.start).add(selection.end);
  if (caret >= 0) cuts.add(caret);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: React.ReactNode[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i];
    if (start === caret) pieces.push(<span key={`caret-${start}`} className="caret" aria-hidden="true" />);
    const end = points[i + 1];
    if (end === undefined || end <= start) continue;
    const covering = codings.filter((c) => c.start <= start && c.end >= end);
    const colours = covering.map((c) => codes.get(c.codeId)?.color ?? '#888888');
    const selected = selection !== null && start >= selection.start && end <= selection.end;
    const style = colours.length
      ? { backgroundColor: `${colours[0]}33`, boxShadow: colours.slice(0, 3).map((col, k) => `inset 0 -${3 * (k + 1)}px 0 ${col}`).join(', ') }
      : undefined;
    pieces.push(
      <span key={start} data-start={start} className={selected ? 'piece is-selected' : 'piece'} style={style}>
        {chars.slice(start, end).join('')}
      </span>,
    );
  }
  const starting = codings.filter((c) => c.start >= turn.start && (c.start < turn.end || (turn.start === turn.end && c.start === turn.start)));

  return (
    <div className="coding-turn">
      <div className="turn-words">
        {turn.speaker ? (
          <p className="turn-speaker">
            {turn.speaker}
            {turn.startTime !== undefined ? <span className="turn-time"> {seconds(turn.startTime)}</span> : null}
          </p>
        ) : null}
        <p className="turn-text">{pieces}</p>
      </div>
      <ul className="turn-codings" aria-label={t('analysis.coding.marginLabel')}>
        {starting.map((c) => {
          const code = codes.get(c.codeId);
          return (
            <li key={c.id}>
              <span className="swatch" style={{ backgroundColor: code?.color }} aria-hidden="true" />
              <span className="turn-coding-text">
                <strong>{code?.name ?? '?'}</strong>
                <span className="cell-sub">«{excerpt(chars, c)}»</span>
              </span>
              {canWrite ? (
                <Button variant="tertiary" data-size="sm" onClick={() => onDelete(c)} aria-label={t('analysis.coding.remove', { code: code?.name ?? '', text: excerpt(chars, c) })}>
                  ✕
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
