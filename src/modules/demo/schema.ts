import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Marks that the demo programmes were loaded, so a restart never loads them twice. */
export const demoLoads = pgTable('demo_loads', {
  name: text('name').primaryKey(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
