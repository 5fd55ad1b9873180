import { isStorableText } from '../../lib/safe-text.js';
import type { BoardMode } from './board-schema.js';

/**
 * Reads and checks a ballot as posted by the phone form, pure. Field names: `dots_<itemId>`,
 * `rank_<itemId>`, `rate_<itemId>`. Returns the marks to store (value ≥ 1 per item) or the problems,
 * each an i18n key under `boards.errors` with its variables.
 */
export interface BallotRules { mode: BoardMode; dotsPerPerson: number; maxDotsPerItem: number; itemIds: string[] }
export interface BallotProblem { key: string; vars: Record<string, string | number> }
export type BallotResult = { ok: true; marks: { itemId: string; value: number }[] } | { ok: false; problems: BallotProblem[] };

const prefix: Record<BoardMode, string> = { dots: 'dots_', ranking: 'rank_', rating: 'rate_' };

export function readBallot(rules: BallotRules, form: Record<string, unknown>): BallotResult {
  const problems: BallotProblem[] = [];
  const marks: { itemId: string; value: number }[] = [];
  const known = new Set(rules.itemIds);
  const p = prefix[rules.mode];
  for (const [name, raw] of Object.entries(form)) {
    if (!name.startsWith(p)) continue;
    const itemId = name.slice(p.length);
    const text = String(Array.isArray(raw) ? raw.at(-1) : raw ?? '').trim();
    if (text === '' || text === '0') continue;
    if (!known.has(itemId)) {
      problems.push({ key: 'boards.errors.unknownItem', vars: {} });
      continue;
    }
    if (!/^\d{1,3}$/.test(text)) {
      problems.push({ key: 'boards.errors.notANumber', vars: {} });
      continue;
    }
    marks.push({ itemId, value: Number(text) });
  }
  if (problems.length) return { ok: false, problems: dedupe(problems) };
  if (marks.length === 0) return { ok: false, problems: [{ key: 'boards.errors.emptyBallot', vars: {} }] };
  if (rules.mode === 'dots') {
    const spent = marks.reduce((s, m) => s + m.value, 0);
    if (spent > rules.dotsPerPerson) problems.push({ key: 'boards.errors.tooManyDots', vars: { max: rules.dotsPerPerson, spent } });
    if (marks.some((m) => m.value > rules.maxDotsPerItem)) problems.push({ key: 'boards.errors.tooManyOnOne', vars: { max: rules.maxDotsPerItem } });
  } else if (rules.mode === 'ranking') {
    const n = rules.itemIds.length;
    if (marks.some((m) => m.value > n)) problems.push({ key: 'boards.errors.rankRange', vars: { max: n } });
    if (new Set(marks.map((m) => m.value)).size !== marks.length) problems.push({ key: 'boards.errors.rankTwice', vars: {} });
  } else if (marks.some((m) => m.value > 5)) problems.push({ key: 'boards.errors.ratingRange', vars: {} });
  return problems.length ? { ok: false, problems } : { ok: true, marks };
}

const dedupe = (ps: BallotProblem[]) => [...new Map(ps.map((x) => [x.key, x])).values()];

/** Ideas and comments: long enough to say something, short enough for a projector. */
export const ideaMaxLength = 500;
export function checkIdea(text: string): BallotProblem | null {
  const t = text.trim();
  if (!t) return { key: 'boards.errors.ideaEmpty', vars: {} };
  // A NUL or half an emoji cannot be stored: a message, not a 500.
  if (!isStorableText(t)) return { key: 'boards.errors.ideaUnreadable', vars: {} };
  if ([...t].length > ideaMaxLength) return { key: 'boards.errors.ideaTooLong', vars: { max: ideaMaxLength, length: [...t].length } };
  return null;
}
