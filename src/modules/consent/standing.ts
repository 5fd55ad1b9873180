import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { consentPurposes, consents } from './schema.js';

export type ConsentStanding = 'granted' | 'missing' | 'not_required';

/**
 * Each person's standing consent, many at once and without refusing (senders skip and report instead
 * of failing a whole batch). With a purpose: `not_required` when the programme does not ask for it,
 * else `granted` or `missing` by the newest answer not withdrawn. Without one: `granted` when the
 * person has said yes to any purpose of the programme.
 */
export async function consentStandings(db: Executor, programmeId: string, participantIds: string[], purposeKey?: string): Promise<Map<string, ConsentStanding>> {
  const ids = [...new Set(participantIds)];
  const out = new Map<string, ConsentStanding>();
  if (ids.length === 0) return out;
  if (purposeKey) {
    const [purpose] = await db.select({ key: consentPurposes.key }).from(consentPurposes).where(and(eq(consentPurposes.programmeId, programmeId), eq(consentPurposes.key, purposeKey)));
    if (!purpose) {
      for (const id of ids) out.set(id, 'not_required');
      return out;
    }
  }
  const rows = await db
    .selectDistinctOn([consents.participantId, consents.purposeKey], { participantId: consents.participantId, purposeKey: consents.purposeKey, granted: consents.granted })
    .from(consents)
    .where(and(inArray(consents.participantId, ids), isNull(consents.withdrawnAt), purposeKey ? eq(consents.purposeKey, purposeKey) : undefined))
    .orderBy(consents.participantId, consents.purposeKey, desc(consents.recordedAt), desc(consents.id));
  for (const id of ids) out.set(id, rows.some((r) => r.participantId === id && r.granted) ? 'granted' : 'missing');
  return out;
}
