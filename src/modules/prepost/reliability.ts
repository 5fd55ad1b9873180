/**
 * Internal consistency of each scale at each wave (Cronbach's alpha with item-deleted alphas), from
 * the item answers; reported beside the pre/post results because a reviewer asks for it. Groups below
 * the small-cell threshold are withheld from viewers who may not see small cells.
 */
import type { Executor } from '../../db/client.js';
import type { Answers, InstrumentDefinition } from '../questionnaires/definition.js';
import { loadPrePostAnswers } from '../questionnaires/prepost-data.js';
import { cronbachAlphaForScale } from '../questionnaires/scoring.js';
import type { CronbachAlpha, Result } from '../statistics/index.js';

export interface ScaleReliability {
  scale: string;
  /** Item names in the scale's order, so item-deleted alphas can be labelled. */
  items: string[];
  pre: Result<CronbachAlpha> | null;
  post: Result<CronbachAlpha> | null;
  /** Responses at each wave; a wave is null (withheld) when suppressed. */
  responses: { pre: number; post: number };
  suppressed: boolean;
}

export function scaleReliability(definition: InstrumentDefinition, answers: { wave: 'pre' | 'post'; answers: Answers }[], opts: { threshold: number; mayShowSmall: boolean }): ScaleReliability[] {
  const byWave = { pre: answers.filter((a) => a.wave === 'pre').map((a) => a.answers), post: answers.filter((a) => a.wave === 'post').map((a) => a.answers) };
  const suppressed = !opts.mayShowSmall && [byWave.pre.length, byWave.post.length].some((n) => n > 0 && n < opts.threshold);
  return definition.scales.map((s) => ({
    scale: s.name,
    items: s.items,
    pre: suppressed ? null : (cronbachAlphaForScale(definition, s.name, byWave.pre) ?? null),
    post: suppressed ? null : (cronbachAlphaForScale(definition, s.name, byWave.post) ?? null),
    responses: { pre: suppressed ? 0 : byWave.pre.length, post: suppressed ? 0 : byWave.post.length },
    suppressed,
  }));
}

export async function prePostReliability(db: Executor, programmeId: string, instrumentId: string, definition: InstrumentDefinition, view: { visible: 'all' | Set<string>; mayShowSmall: boolean; threshold: number }) {
  const answers = await loadPrePostAnswers(db, programmeId, instrumentId, view.visible);
  return scaleReliability(definition, answers, { threshold: view.threshold, mayShowSmall: view.mayShowSmall });
}
