/**
 * The withdrawal search (issue 11 §4): after a person is withdrawn, every registered free-text
 * column of the programme is searched for their registered name, e-mail and phone, and each place
 * found goes on the coordinator's to-do list (`withdrawal_text_hits`). The details are captured by
 * the caller before the erase and live only in memory here; a hit stores where, never what.
 */
import { createHash, randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import './free-text-registrations.js';
import { freeTextSources, type FreeTextSource } from './free-text-sources.js';
import { findMentions, prefilterPattern, type PersonDetails } from './mentions.js';
import { withdrawalTextHits } from './schema.js';

/** SHA-256 of the hit id and the whole field: whether the text changed since, without storing it. */
export function textDigest(hitId: string, text: string): string {
  return createHash('sha256').update(hitId).update('\u0000').update(text, 'utf8').digest('hex');
}

function parts(source: FreeTextSource) {
  const column = sql`t.${sql.identifier(source.column)}`;
  return {
    table: sql`${sql.identifier(source.table)} t`,
    id: sql`t.${sql.identifier(source.idColumn ?? 'id')}`,
    text: sql`${column}::text`,
    programme: source.programmeColumn ? sql`t.${sql.identifier(source.programmeColumn)}` : sql.raw(source.programmeSql!),
  };
}

/** Rows of one source in the programme whose text matches `filter` (a POSIX pattern), or all when null. */
export async function sourceRows(db: Executor, source: FreeTextSource, programmeId: string, filter: string | null, rowId?: string): Promise<{ id: string; text: string }[]> {
  const p = parts(source);
  const where: SQL[] = [sql`${p.programme} = ${programmeId}`, sql`${p.text} is not null`];
  if (filter) where.push(sql`${p.text} ~ ${filter}`);
  if (rowId) where.push(sql`${p.id}::text = ${rowId}`);
  const { rows } = await db.execute<{ id: string; text: string }>(sql`select ${p.id}::text as id, ${p.text} as text from ${p.table} where ${sql.join(where, sql` and `)}`);
  return rows;
}

/** Writes a rewritten text back: the source's own `rewrite` when it has one, else a plain UPDATE. */
export async function writeSourceText(db: Executor, source: FreeTextSource, rowId: string, text: string, map: Parameters<NonNullable<FreeTextSource['rewrite']>>[3]): Promise<void> {
  if (source.rewrite) return source.rewrite(db, rowId, text, map);
  const value = source.format === 'jsonb' ? sql`${text}::jsonb` : sql`${text}`;
  await db.execute(sql`update ${sql.identifier(source.table)} set ${sql.identifier(source.column)} = ${value} where ${sql.identifier(source.idColumn ?? 'id')}::text = ${rowId}`);
}

/** Sources searched on their own: derived copies are rewritten with their source. */
export function searchedSources(): FreeTextSource[] {
  return freeTextSources().filter((s) => !s.derivedFrom);
}

/**
 * Searches every registered source of the programme and records the hits under the withdrawal.
 * Runs in the withdrawal's transaction after the erase, so text deleted with the person is not listed.
 */
export async function searchWithdrawnPerson(tx: Executor, programmeId: string, withdrawalId: string, person: PersonDetails): Promise<number> {
  const filter = prefilterPattern(person);
  if (!filter) return 0;
  let count = 0;
  for (const source of searchedSources()) {
    for (const row of await sourceRows(tx, source, programmeId, filter)) {
      const mentions = findMentions(row.text, person);
      if (mentions.length === 0) continue;
      const values = mentions.map((m) => {
        const id = randomUUID();
        return { id, programmeId, withdrawalId, sourceKey: source.key, rowId: row.id, detail: m.detail, start: m.start, end: m.end, textDigest: textDigest(id, row.text) };
      });
      await tx.insert(withdrawalTextHits).values(values);
      count += values.length;
    }
  }
  return count;
}
