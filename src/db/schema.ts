// Every module's tables, gathered for Drizzle's query builder and drizzle-kit. Modules own their tables.
export * from '../modules/auth/schema.js';
export * from '../modules/access/schema.js';
export * from '../modules/programmes/schema.js';
export * from '../modules/audit/schema.js';
export * from '../modules/demo/schema.js';
export * from '../modules/people/schema.js';
export * from '../modules/groups/schema.js';
export * from '../modules/consent/schema.js';
export * from '../modules/privacy/schema.js';
export * from '../modules/analysis/schema.js';
export * from '../modules/analysis/member-check-schema.js';
export * from '../modules/activities/schema.js';
export * from '../modules/activities/invitations-schema.js';
export * from '../modules/questionnaires/schema.js';
