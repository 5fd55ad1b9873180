import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';

export interface ScanHit {
  table: string;
  column: string;
  needle: string;
}

/**
 * Looks for each needle in EVERY text-like column (text, varchar, jsonb, json, uuid, char) of EVERY
 * table in the public schema, by casting the column to text. Used to prove a withdrawal left nothing.
 */
export async function scanDatabase(db: Executor, needles: string[]): Promise<ScanHit[]> {
  const { rows: columns } = await db.execute<{ table_name: string; column_name: string }>(sql`
    select c.table_name, c.column_name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'uuid', 'bytea')
    order by c.table_name, c.column_name`);
  if (columns.length < 20) throw new Error(`scanDatabase: only ${columns.length} columns found — is the schema there?`);
  const hits: ScanHit[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles.filter(Boolean)) {
      const col = sql.identifier(column_name);
      // bytea: look in the raw bytes (a scanned form could carry the name) as well as the escape text.
      const asText = sql`convert_from(${col}, 'SQL_ASCII')`;
      const expr = column_name === 'scan' || column_name === 'document' ? asText : sql`${col}::text`;
      const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table_name)} where strpos(lower(${expr}), lower(${needle})) > 0`);
      if (rows[0].n > 0) hits.push({ table: table_name, column: column_name, needle });
    }
  }
  return hits;
}
