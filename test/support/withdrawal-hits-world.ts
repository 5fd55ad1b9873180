import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { withdrawals, withdrawalTextHits } from '../../src/modules/privacy/schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';

/** The withdrawal to-do list's routes for the route × role table (issue 11 §4). */
export function withdrawalHitsExpectations<Rule>(members: (may: 'coordinator'[]) => Rule): Record<string, Rule> {
  return {
    'GET /programmes/{programmeId}/withdrawal-hits': members(['coordinator']),
    'POST /programmes/{programmeId}/withdrawal-hits/{hitId}/resolve': members(['coordinator']),
    'GET /programmes/{programmeId}/withdrawals': members(['coordinator']),
  };
}

/** Resolving a hit changes it for good: every call gets a fresh one. */
export const withdrawalHitsConsuming = new Set(['POST /programmes/{programmeId}/withdrawal-hits/{hitId}/resolve']);

/** An open hit in P1 and in P2 (pointing at no real text: the example body marks it edited by hand). */
export async function buildWithdrawalHitsWorld(t: TestApp, world: World) {
  const db = t.database.db;
  const hit = async (programmeId: string) => {
    const [w] = await db.insert(withdrawals).values({ programmeId, code: `KAST-${world.unique()}`, choice: 'erase', via: 'coordinator' }).returning();
    const [h] = await db.insert(withdrawalTextHits).values({ programmeId, withdrawalId: w.id, sourceKey: 'groups.groups.mandate', rowId: randomUUID(), detail: 'name', start: 0, end: 4, textDigest: 'none' }).returning();
    return { id: h.id, remove: async () => void (await db.delete(withdrawals).where(eq(withdrawals.id, w.id))) };
  };
  const p1 = await hit(world.p1.id);
  const p2 = await hit(world.p2.id);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { hitId: randomUUID() };
      return { hitId: scope === 'other' || scope === 'cross' ? p2.id : p1.id };
    },
    async throwaway(scope: Scope): Promise<Throwaway> {
      return hit(scope === 'other' || scope === 'cross' ? world.p2.id : world.p1.id);
    },
  };
}

export const withdrawalHitsBodies: Record<string, () => unknown> = {
  'POST /programmes/{programmeId}/withdrawal-hits/{hitId}/resolve': () => ({ action: 'edited' }),
};
