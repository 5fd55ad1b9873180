/**
 * The golden thread (issue 12 §7): quote → touchpoint → vote → target area → course module, and back
 * from a module to the experiences behind it — the evidence for indicator (iii) (training material
 * developed together) and goal a). Whatever the starting point, the answer is the chains through the
 * target areas it leads to, each with everything behind and ahead of that target area.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { quotesFor } from './quotes.js';
import { codesignTargetAreaQuotes, codesignTargetAreaTouchpoints, codesignTouchpoints } from './schema.js';
import { listTargetAreas } from './target-area-view.js';
import { findTouchpoint } from './touchpoints.js';
import { threadModules, threadTargetAreasOfModule } from './thread-modules.js';

export type ThreadStart = { kind: 'quote'; codingId: string } | { kind: 'touchpoint'; touchpointId: string } | { kind: 'target_area'; targetAreaId: string } | { kind: 'module'; moduleId: string };

async function targetAreaIdsFrom(db: Executor, programmeId: string, start: ThreadStart): Promise<string[]> {
  if (start.kind === 'target_area') return [start.targetAreaId];
  if (start.kind === 'module') return threadTargetAreasOfModule(db, programmeId, start.moduleId);
  const touchpointIds = start.kind === 'touchpoint'
    ? [(await findTouchpoint(db, programmeId, start.touchpointId)).id]
    : (await db.select({ id: codesignTouchpoints.id }).from(codesignTouchpoints).where(and(eq(codesignTouchpoints.programmeId, programmeId), eq(codesignTouchpoints.codingId, start.codingId)))).map((r) => r.id);
  const codingId = start.kind === 'quote' ? start.codingId : null;
  const viaTouchpoints = touchpointIds.length
    ? (await db.select({ id: codesignTargetAreaTouchpoints.targetAreaId }).from(codesignTargetAreaTouchpoints).where(inArray(codesignTargetAreaTouchpoints.touchpointId, touchpointIds))).map((r) => r.id)
    : [];
  const viaQuote = codingId
    ? (await db.select({ id: codesignTargetAreaQuotes.targetAreaId }).from(codesignTargetAreaQuotes).where(eq(codesignTargetAreaQuotes.codingId, codingId))).map((r) => r.id)
    : [];
  return [...new Set([...viaTouchpoints, ...viaQuote])];
}

export async function goldenThread(db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, start: ThreadStart, lang: Language) {
  const ids = await targetAreaIdsFrom(db, programmeId, start);
  const { targetAreas, suppressing, threshold } = await listTargetAreas(db, actor, scope, programmeId, { ids }, lang);
  const modules = await threadModules(db, programmeId, targetAreas.map((a) => a.id));
  // The starting quote itself, so a quote with no target area yet still shows where the thread begins.
  let startQuote = null;
  if (start.kind === 'quote') startQuote = (await quotesFor(db, programmeId, [start.codingId], lang)).get(start.codingId) ?? null;
  if (start.kind === 'touchpoint') {
    const tp = await findTouchpoint(db, programmeId, start.touchpointId);
    startQuote = (await quotesFor(db, programmeId, [tp.codingId], lang, new Map([[tp.codingId, tp.role]]))).get(tp.codingId) ?? null;
  }
  return {
    start: { ...start, quote: startQuote },
    threshold,
    suppressing,
    chains: targetAreas.map((area) => ({ targetArea: area, modules: modules.get(area.id) ?? [] })),
  };
}
