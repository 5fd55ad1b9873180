import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes } from '../programmes/schema.js';

// Named authored_* because `documents` is the analysis module's table (transcripts and minutes to code).
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const authoredDocumentForms = ['written', 'upload'] as const;
export const authoredDocumentStatuses = ['draft', 'in_review', 'approved'] as const;
export type AuthoredDocumentStatus = (typeof authoredDocumentStatuses)[number];
export const suggestionKinds = ['insert', 'delete', 'replace'] as const;
export const suggestionStates = ['open', 'accepted', 'rejected'] as const;

/**
 * One versioned document of a programme, owned by another module (`ownerKind` names what it is:
 * course_module_material, values_document, report_section; `ownerId` the owner's row). One editor at
 * a time: the lock columns say who holds it, since when and until when.
 */
export const authoredDocuments = pgTable(
  'authored_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id'),
    title: text('title').notNull(),
    form: text('form', { enum: authoredDocumentForms }).notNull(),
    status: text('status', { enum: authoredDocumentStatuses }).notNull().default('draft'),
    lockedBy: uuid('locked_by').references(() => users.id, { onDelete: 'set null' }),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockExpiresAt: timestamp('lock_expires_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('authored_documents_programme_idx').on(t.programmeId), index('authored_documents_owner_idx').on(t.ownerKind, t.ownerId)],
);

/**
 * A version: written text (the rich-text source, `src/lib/rich-text.ts`) or an uploaded file kept as
 * it came. `label` and `note` record e.g. "Version 2 after the pilot" and what the pilot led to.
 */
export const authoredDocumentVersions = pgTable(
  'authored_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => authoredDocuments.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    label: text('label').notNull().default(''),
    note: text('note').notNull().default(''),
    body: text('body').notNull().default(''),
    fileName: text('file_name'),
    fileType: text('file_type'),
    fileBytes: bytea('file_bytes'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('authored_document_versions_number_uq').on(t.documentId, t.number)],
);

/** Images placed in written text (`![alt](image:<id>)`), stored in the database like every upload. */
export const authoredDocumentImages = pgTable('authored_document_images', {
  id: uuid('id').primaryKey().defaultRandom(),
  documentId: uuid('document_id').notNull().references(() => authoredDocuments.id, { onDelete: 'cascade' }),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('authored_document_images_document_idx').on(t.documentId)]);

/**
 * A comment on a passage of a version (empty passage: the document as a whole, always so for an
 * upload). Written by a staff user, possibly recording what a participant said (`participantId`).
 */
export const authoredDocumentComments = pgTable(
  'authored_document_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => authoredDocuments.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id').notNull().references(() => authoredDocumentVersions.id, { onDelete: 'cascade' }),
    passage: text('passage').notNull().default(''),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('authored_document_comments_document_idx').on(t.documentId)],
);

/** A suggested change to a passage; accepting it writes a new version. */
export const authoredDocumentSuggestions = pgTable(
  'authored_document_suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => authoredDocuments.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id').notNull().references(() => authoredDocumentVersions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: suggestionKinds }).notNull(),
    passage: text('passage').notNull(),
    text: text('text').notNull().default(''),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    participantId: uuid('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    state: text('state', { enum: suggestionStates }).notNull().default('open'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    resultVersionId: uuid('result_version_id').references(() => authoredDocumentVersions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('authored_document_suggestions_document_idx').on(t.documentId),
    check('authored_document_suggestions_passage', sql`length(${t.passage}) > 0`),
  ],
);

/** The status history: every move between draft, in review and approved. */
export const authoredDocumentStatusChanges = pgTable('authored_document_status_changes', {
  id: uuid('id').primaryKey().defaultRandom(),
  documentId: uuid('document_id').notNull().references(() => authoredDocuments.id, { onDelete: 'cascade' }),
  fromStatus: text('from_status', { enum: authoredDocumentStatuses }).notNull(),
  toStatus: text('to_status', { enum: authoredDocumentStatuses }).notNull(),
  versionNumber: integer('version_number').notNull(),
  actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
  note: text('note').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('authored_document_status_changes_document_idx').on(t.documentId)]);
