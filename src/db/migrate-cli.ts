// `npm run migrate`: apply migrations to the PostgreSQL server named by DATABASE_URL.
import { connect } from './client.js';
import { applyMigrations } from './migrate.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgres://user:pass@host:5432/varde npm run migrate');
  process.exit(2);
}
const handle = connect(url, 1);
try {
  await applyMigrations(handle.db);
  console.log('Migrations applied.');
} finally {
  await handle.close();
}
