import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type { Database } from './client.js';

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** An arbitrary, fixed advisory-lock number: "Varde migrations". */
const migrationLock = 7_302_114_019;

/**
 * Applies the committed SQL migrations; safe to run on every start (already-applied ones are skipped).
 * Several app processes on one PostgreSQL may start together: a session advisory lock, held on a
 * connection of its own while the migrator uses the pool, lets one migrate while the others wait and
 * then find nothing left to do.
 */
export async function applyMigrations(db: Database): Promise<void> {
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const lockHolder = await pool.connect();
  try {
    await lockHolder.query('select pg_advisory_lock($1)', [migrationLock]);
    await migrate(db, { migrationsFolder });
  } finally {
    await lockHolder.query('select pg_advisory_unlock($1)', [migrationLock]).catch(() => {});
    lockHolder.release();
  }
}
