/**
 * Complete pairs. Pre/post analysis uses only people who answered both times (domain reference §9,
 * Lakens 2013): a pre score without a post score says nothing about change. The exclusions are
 * counted by cause so the methods paragraph can state them.
 */
import { isPresent, type MaybeNumber } from './result.js';

export interface PairExclusions {
  /** Pre missing, post present. */
  missingPre: number;
  /** Post missing, pre present (typically drop-out before the post questionnaire). */
  missingPost: number;
  /** Neither present. */
  missingBoth: number;
  total: number;
}

export interface CompletePairs {
  pre: number[];
  post: number[];
  /** post − pre for each complete pair: positive means the score rose. */
  differences: number[];
  /** Number of complete pairs. */
  n: number;
  excluded: PairExclusions;
}

export type PairingResult = { ok: true; pairs: CompletePairs } | { ok: false; reason: 'length_mismatch' };

/**
 * Keeps index i only when both pre[i] and post[i] are present (finite numbers). The arrays must be
 * aligned person by person; different lengths mean they are not, which is refused rather than
 * guessed at.
 */
export function completePairs(pre: readonly MaybeNumber[], post: readonly MaybeNumber[]): PairingResult {
  if (pre.length !== post.length) return { ok: false, reason: 'length_mismatch' };
  const kept: CompletePairs = { pre: [], post: [], differences: [], n: 0, excluded: { missingPre: 0, missingPost: 0, missingBoth: 0, total: 0 } };
  for (let i = 0; i < pre.length; i++) {
    const a = pre[i];
    const b = post[i];
    const hasPre = isPresent(a);
    const hasPost = isPresent(b);
    if (hasPre && hasPost) {
      kept.pre.push(a);
      kept.post.push(b);
      kept.differences.push(b - a);
    } else if (hasPost) kept.excluded.missingPre++;
    else if (hasPre) kept.excluded.missingPost++;
    else kept.excluded.missingBoth++;
  }
  kept.n = kept.pre.length;
  kept.excluded.total = kept.excluded.missingPre + kept.excluded.missingPost + kept.excluded.missingBoth;
  return { ok: true, pairs: kept };
}
