import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.js';
import { programmes } from '../programmes/schema.js';
import { loadDemoData } from './load.js';

/**
 * Two app processes started together on one empty database (issue 11 item 12) both call
 * loadDemoData: the marker row's primary key makes the second wait for the first's transaction and
 * then skip, so the demo programmes exist once, never twice.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('demo data loaded by two starts at once', () => {
  it('is loaded by exactly one of them', async () => {
    const results = await Promise.all([loadDemoData(db.db), loadDemoData(db.db)]);
    expect(results.filter((r) => r.loaded)).toHaveLength(1);
    const rows = await db.db.select({ name: programmes.name }).from(programmes);
    expect(rows).toHaveLength(2);
    expect(await loadDemoData(db.db)).toEqual({ loaded: false });
  }, 120_000);
});
