import { sql } from 'drizzle-orm';
import { pgTable, uuid, text, integer, boolean, date, timestamp, jsonb, index, uniqueIndex, customType, check } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { participants } from '../people/schema.js';
import { programmes, programmeMunicipalities } from '../programmes/schema.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const documentKinds = [
  'interview_transcript',
  'meeting_transcript',
  'focus_group_transcript',
  'focus_group_summary',
  'minutes',
  'group_work_notes',
  'values_document',
  'survey_free_text',
  'other',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * A text to analyse. `text` is the pseudonymised working text; every range elsewhere is in Unicode
 * code points over it. The original is kept only if the programme allows it, encrypted, until its date.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    municipalityId: uuid('municipality_id').references(() => programmeMunicipalities.id, { onDelete: 'set null' }),
    /** Activity type key (e.g. `interview`, `focus_group`); links to activities when that module exists. */
    activityType: text('activity_type'),
    kind: text('kind', { enum: documentKinds }).notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** Speaker turns: { speaker, start, end, startTime?, endTime? } in code points / seconds. */
    turns: jsonb('turns').$type<{ speaker: string | null; start: number; end: number; startTime?: number; endTime?: number }[]>().notNull().default([]),
    /** Free attributes usable as filters, e.g. { role: 'recipient' }. */
    attributes: jsonb('attributes').$type<Record<string, string>>().notNull().default({}),
    sourceFormat: text('source_format').notNull(),
    originalEncrypted: bytea('original_encrypted'),
    originalDeleteBy: date('original_delete_by'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('norwegian', "text")`),
  },
  (t) => [index('documents_programme_idx').on(t.programmeId), index('documents_search_idx').using('gin', t.search)],
);

/**
 * Passages of a document's working text, the unit of full-text search (see passages.ts): speaker
 * turns, long turns cut into ~150–300-word chunks at sentence boundaries. Their `[start, end)`
 * ranges (code points) tile the whole text in order, so any range of the text is the concatenation
 * of slices of passages. Rebuilt whenever a document's text changes; deleted with the document.
 */
export const documentPassages = pgTable(
  'document_passages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql`to_tsvector('norwegian', "text")`),
  },
  (t) => [
    uniqueIndex('document_passages_document_start_idx').on(t.documentId, t.start),
    index('document_passages_programme_idx').on(t.programmeId),
    index('document_passages_search_idx').using('gin', t.search),
    check('document_passages_range', sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);

/** Participants present in a document (for filters, withdrawal and member checking). */
export const documentParticipants = pgTable(
  'document_participants',
  {
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
  },
  (t) => [index('document_participants_doc_idx').on(t.documentId), index('document_participants_participant_idx').on(t.participantId)],
);

/** Capitalised words that look like names, waiting for a person to confirm (replace) or dismiss. */
export const nameSuggestions = pgTable('name_suggestions', {
  id: uuid('id').primaryKey().defaultRandom(),
  documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  word: text('word').notNull(),
  status: text('status', { enum: ['pending', 'confirmed', 'dismissed'] }).notNull().default('pending'),
});

/** Hierarchical codebook; a theme is a code that groups codes (codes → themes). */
export const codes = pgTable(
  'codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    color: text('color').notNull().default('#0062ba'),
    isTheme: boolean('is_theme').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('codes_programme_idx').on(t.programmeId), index('codes_parent_idx').on(t.parentId)],
);

/** A code applied by one coder to `[start, end)` (code points) of a document's working text. */
export const codings = pgTable(
  'codings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    codeId: uuid('code_id').notNull().references(() => codes.id, { onDelete: 'cascade' }),
    coderId: uuid('coder_id').references(() => users.id, { onDelete: 'set null' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /**
     * Snapshot of the document's working text over `[start, end)` (code points), kept in step with
     * it: set when the coding is created (createCodings, REFI-QDA import), recomputed when the text
     * shifts (a confirmed name suggestion); merge/split/move only change `code_id`. Retrieval reads
     * it instead of slicing the (TOASTed) document text or its passages per segment. Null only for
     * a row written by some other path; readers fall back to slicing the document's text.
     */
    text: text('text'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('codings_document_idx').on(t.documentId),
    index('codings_code_idx').on(t.codeId),
    check('codings_range', sql`${t.start} >= 0 and ${t.end} > ${t.start}`),
  ],
);

/**
 * Memos on a document, a code or a coding; per-person summaries (the 2–5 sentence step); and memos
 * on the programme's analysis as a whole (`programme`, targetId = the programme: a REFI-QDA
 * project's own notes).
 */
export const memos = pgTable(
  'memos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind', { enum: ['document', 'code', 'coding', 'person_summary', 'programme'] }).notNull(),
    targetId: uuid('target_id').notNull(),
    /** For a person summary: whose (a speaker label or participant code in the document). */
    subject: text('subject'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('memos_target_idx').on(t.targetKind, t.targetId)],
);

/** Per programme: may originals (before pseudonymisation) be kept, and until when. */
export const analysisSettings = pgTable('analysis_settings', {
  programmeId: uuid('programme_id').primaryKey().references(() => programmes.id, { onDelete: 'cascade' }),
  keepOriginals: boolean('keep_originals').notNull().default(false),
  originalsDeleteBy: date('originals_delete_by'),
  /** Blind coding: coders see only their own codings until the coordinator lifts it. */
  blindCoding: boolean('blind_coding').notNull().default(true),
});

/** What kind of Varde row an imported REFI-QDA GUID belongs to (`selection`: the coding whose selection it was). */
export const refiIdentityKinds = ['code', 'source', 'selection', 'coding', 'note', 'coder'] as const;
export interface RefiIdentityDetails {
  /** A code that came without a colour: exported without one (the stored colour is only for display). */
  colourless?: boolean;
  /** The coding's `creatingUser` when it matched no Varde user (an external coder, kind `coder`). */
  creatingUser?: string;
  /** An external coder's name as the project gave it. */
  name?: string | null;
}

/**
 * The GUIDs of an imported REFI-QDA project (issue 16 §4): codes, sources, selections, codings,
 * notes and coders keep their GUIDs here, so a project exported back can be merged in the tool it
 * came from. Rows of deleted objects are harmless (export looks up what exists) and go with the programme.
 */
export const refiIdentities = pgTable(
  'refi_identities',
  {
    // Its own id: the withdrawal search addresses rows by id (details may hold a coder's name).
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id').notNull().references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: refiIdentityKinds }).notNull(),
    localId: uuid('local_id').notNull(),
    guid: text('guid').notNull(),
    details: jsonb('details').$type<RefiIdentityDetails>().notNull().default({}),
  },
  (t) => [uniqueIndex('refi_identities_local_idx').on(t.programmeId, t.kind, t.localId), index('refi_identities_guid_idx').on(t.programmeId, t.guid)],
);
