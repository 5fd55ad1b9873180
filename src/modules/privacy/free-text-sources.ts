/**
 * The registry of free-text columns that may mention a person by name, e-mail or phone. A withdrawal
 * searches every registered column of the programme for the person's registered details and puts the
 * hits on the coordinator's to-do list (replace with the code, or keep with a reason). Every module
 * whose tables hold free text about people registers here at import time, beside its
 * `onWithdrawal` hook; `test/support/scan-database.ts` proves nothing was missed.
 */

import type { Executor } from '../../db/client.js';
import type { OffsetMap } from '../analysis/pseudonymise.js';

export interface FreeTextSource {
  /** Stable key, `<module>.<table>.<column>`; stored on to-do items, so never renamed lightly. */
  key: string;
  /** The table and its primary-key column (uuid). */
  table: string;
  idColumn?: string;
  /** The text column searched and, on "replace", rewritten. Plain text or markdown; jsonb is searched as text. */
  column: string;
  /** `jsonb`: searched in its text form and written back as JSON (a replacement that breaks the JSON is refused). */
  format?: 'text' | 'jsonb';
  /**
   * How to reach the programme: a column of `table` holding the programme id, or a SQL expression over
   * `t` (the table's alias) that yields it, e.g. `(select programme_id from activities a where a.id = t.activity_id)`.
   */
  programmeColumn?: string;
  programmeSql?: string;
  /** i18n key naming what the text is ("Memo", "Board idea", "Measure description"). */
  labelKey: string;
  /** Where a coordinator edits it in the staff app, relative to the programme (`/analysis/documents/:id`); `:id` is replaced. */
  staffPath?: string;
  /**
   * A column that is a copy of another registered source (document passages and coding snapshots
   * copy `analysis.documents.text`): it is not searched on its own, since rewriting the source
   * rebuilds it, but it counts as registered.
   */
  derivedFrom?: string;
  /**
   * Writes the rewritten text back when a plain UPDATE would leave positions elsewhere wrong (a
   * document's codings, turns and passages refer to code points of its text). `map` tells how
   * each code-point offset of the old text moved. Runs in the caller's transaction.
   */
  rewrite?: (tx: Executor, rowId: string, text: string, map: OffsetMap) => Promise<void>;
}

const sources = new Map<string, FreeTextSource>();

export function registerFreeTextSource(source: FreeTextSource): void {
  if (!source.programmeColumn && !source.programmeSql) throw new Error(`free-text source ${source.key}: give programmeColumn or programmeSql`);
  sources.set(source.key, source);
}

export function freeTextSources(): FreeTextSource[] {
  return [...sources.values()];
}

export function freeTextSource(key: string): FreeTextSource | undefined {
  return sources.get(key);
}

/**
 * Text columns that never hold free text about people (keys, enums, hashes, codes, the register of
 * people itself, which withdrawal erases directly). Declared beside a module's registrations, with
 * the reason, so the coverage test (`free-text-sources.db.test.ts`) can tell a forgotten column from
 * one that needs no search.
 */
const nonPersonal = new Map<string, string>();

export function declareNonPersonalColumns(table: string, columns: string[], why: string): void {
  for (const column of columns) nonPersonal.set(`${table}.${column}`, why);
}

/** Why `table.column` is not searched, or undefined when it was never declared. */
export function nonPersonalReason(table: string, column: string): string | undefined {
  return nonPersonal.get(`${table}.${column}`);
}
