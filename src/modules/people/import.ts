import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { DomainError } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import type { ImportRow } from './import-parse.js';
import { checkImportRows } from './import-validate.js';
import { createParticipant } from './participants.js';

/**
 * Writes the (possibly corrected) rows — all of them or none. The rows are checked again: the
 * preview is advice to the user, never trusted. Any error is a 400 listing `rows.<n>.<field>`.
 */
export async function commitImport(db: Executor, actor: Actor, programmeId: string, writable: 'all' | Set<string>, rows: ImportRow[], lang: Language, requestId?: string) {
  const checked = await checkImportRows(db, programmeId, writable, rows, lang);
  const bad = checked.filter((r) => r.errors.length > 0);
  if (bad.length > 0)
    throw new DomainError(
      400,
      'people.import.rowsHaveErrors',
      { count: bad.length },
      // Messages are already in the caller's language; the `{{m}}` key passes them through translate() unchanged.
      bad.flatMap((r) => r.errors.map((e) => ({ path: `rows.${r.row - 1}.${e.field}`, key: 'people.import.cellMessage', vars: { m: e.message } }))),
    );
  const created = [];
  for (const row of checked) created.push(await createParticipant(db, actor, programmeId, row.input!, requestId));
  return created;
}
