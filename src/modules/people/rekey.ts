import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/**
 * Gives an anonymised participant a fresh id that nothing remembers: a copy of the row under a new
 * id, every foreign key that points at the old id (whichever module owns it — found in the catalogue,
 * so later modules' tables follow without registering) moved over, then the old row removed.
 * Contributions stay, counted under the same code; the old id exists nowhere afterwards.
 */
export async function rekeyParticipant(tx: Executor, participantId: string): Promise<string> {
  const newId = randomUUID();
  const { rows: found } = await tx.execute<{ code: string }>(sql`select code from participants where id = ${participantId}`);
  if (!found[0]) throw new Error('rekeyParticipant: no such participant');
  const code = found[0].code;
  // The code is unique per programme: step the old row aside while both exist.
  await tx.execute(sql`update participants set code = ${`${code}~${newId}`} where id = ${participantId}`);
  await tx.execute(sql`
    insert into participants
    select * from jsonb_populate_record(null::participants,
      (select to_jsonb(p) || jsonb_build_object('id', ${newId}::text, 'code', ${code}::text) from participants p where p.id = ${participantId}))`);
  const { rows: refs } = await tx.execute<{ table_name: string; column_name: string }>(sql`
    select cl.relname as table_name, a.attname as column_name
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'participants'::regclass`);
  for (const ref of refs)
    await tx.execute(sql`update ${sql.identifier(ref.table_name)} set ${sql.identifier(ref.column_name)} = ${newId} where ${sql.identifier(ref.column_name)} = ${participantId}`);
  await tx.execute(sql`delete from participants where id = ${participantId}`);
  return newId;
}
