import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
// The whole app, so every module that registers a source (at import time) has done so.
import '../../server/app.js';
import { freeTextSource, freeTextSources, nonPersonalReason } from './free-text-sources.js';
import { sourceRows } from './withdrawal-search.js';

let d: TestDatabase;
beforeAll(async () => {
  d = await createTestDatabase();
});
afterAll(() => d.drop());

async function textColumns() {
  const { rows } = await d.db.execute<{ table_name: string; column_name: string; data_type: string }>(sql`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json')
    order by 1, 2`);
  return rows;
}

describe('free-text sources (issue 11 §4)', () => {
  it('every text column of every table is registered for the withdrawal search or declared non-personal with a reason', async () => {
    const registered = new Set(freeTextSources().map((s) => `${s.table}.${s.column}`));
    const columns = await textColumns();
    expect(columns.length).toBeGreaterThan(50);
    const forgotten = columns.map((c) => `${c.table_name}.${c.column_name}`).filter((key) => !registered.has(key) && !nonPersonalReason(...(key.split('.') as [string, string])));
    // A new text column must either registerFreeTextSource (it may hold free text about people) or
    // declareNonPersonalColumns (a key, enum, hash …) in its module: see privacy/free-text-sources.ts.
    expect(forgotten).toEqual([]);
  });

  it('every registered source is a real column whose programme query runs; derived sources name a registered source; jsonb is declared as jsonb', async () => {
    const columns = await textColumns();
    for (const source of freeTextSources()) {
      const column = columns.find((c) => c.table_name === source.table && c.column_name === source.column);
      expect(column, source.key).toBeDefined();
      expect(source.format === 'jsonb', `${source.key} format`).toBe(column!.data_type === 'jsonb' || column!.data_type === 'json');
      if (source.derivedFrom) expect(freeTextSource(source.derivedFrom), source.key).toBeDefined();
      await expect(sourceRows(d.db, source, randomUUID(), '[kK]ari'), source.key).resolves.toEqual([]);
    }
  });

  it('the columns named in the issue are registered', () => {
    const keys = freeTextSources().map((s) => s.key);
    for (const key of ['analysis.documents.text', 'analysis.document_passages.text', 'analysis.memos.text', 'analysis.codings.text', 'activities.activity_decisions.text', 'activities.activity_agenda_items.notes', 'activities.activity_outputs.items', 'questionnaires.responses.answers', 'groups.groups.mandate']) {
      expect(keys).toContain(key);
    }
  });
});
