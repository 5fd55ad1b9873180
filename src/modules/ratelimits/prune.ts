import type { Database } from '../../db/client.js';
import { pruneBuckets } from './limits.js';

/** The `ratelimits.prune` job: forgets counters whose window is over (they hold hashes only, but need not pile up). */
export function pruneRateLimits(deps: { db: Database; now: () => Date }) {
  return pruneBuckets(deps.db, deps.now());
}
