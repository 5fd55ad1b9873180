import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/**
 * Participants of the programme whose standing answer (newest, not withdrawn) is yes for at least
 * one purpose.
 */
export async function consentedParticipantIds(db: Executor, programmeId: string): Promise<Set<string>> {
  const { rows } = await db.execute<{ participant_id: string }>(sql`
    select distinct s.participant_id from (
      select distinct on (c.participant_id, c.purpose_key) c.participant_id, c.granted
      from consents c join participants p on p.id = c.participant_id
      where p.programme_id = ${programmeId} and c.withdrawn_at is null
      order by c.participant_id, c.purpose_key, c.recorded_at desc, c.id desc
    ) s where s.granted`);
  return new Set(rows.map((r) => r.participant_id));
}

/** Per purpose: how many participants' standing answer is yes (counts only — for every role). */
export async function consentCounts(db: Executor, programmeId: string, municipalityIds: 'all' | Set<string>): Promise<Record<string, number>> {
  const { rows } = await db.execute<{ purpose_key: string; n: number }>(sql`
    select s.purpose_key, count(*)::int as n from (
      select distinct on (c.participant_id, c.purpose_key) c.purpose_key, c.granted, p.municipality_id
      from consents c join participants p on p.id = c.participant_id
      where p.programme_id = ${programmeId} and c.withdrawn_at is null
      order by c.participant_id, c.purpose_key, c.recorded_at desc, c.id desc
    ) s where s.granted ${municipalityIds === 'all' ? sql`` : sql`and s.municipality_id = any(array[${sql.join([...municipalityIds].map((id) => sql`${id}`), sql`, `)}]::uuid[])`}
    group by s.purpose_key`);
  return Object.fromEntries(rows.map((r) => [r.purpose_key, r.n]));
}
