import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import { participantRoles } from '../people/schema.js';
import { documentKinds } from './schema.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const attributes = z.record(z.string().max(100), z.string().max(200)).refine((r) => Object.keys(r).length <= 30, { message: 'errors.tooManyItems' });

export const DocumentMetaSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: z.enum(documentKinds),
    municipalityId: id.nullable().optional(),
    activityType: z.string().max(60).nullable().optional(),
    participantIds: z.array(id).max(200).optional(),
    attributes: attributes.optional(),
  })
  .strict();

/** Paste or write: the metadata plus the text (read like a .txt file: "Name: words" lines are turns). */
export const DocumentTextInputSchema = DocumentMetaSchema.extend({ text: z.string().min(1).max(500_000) }).strict().openapi('AnalysisDocumentTextInput');
export const DocumentPatchSchema = DocumentMetaSchema.partial().strict().openapi('AnalysisDocumentPatch');

const TurnSchema = z.object({ speaker: z.string().nullable(), start: z.number(), end: z.number(), startTime: z.number().optional(), endTime: z.number().optional() });
export const DocumentSummarySchema = z
  .object({
    id: z.string(), title: z.string(), kind: z.string(), municipalityId: z.string().nullable(), activityType: z.string().nullable(),
    attributes: z.record(z.string(), z.string()), sourceFormat: z.string(), participantIds: z.array(z.string()),
    length: z.number().int().openapi({ description: 'Code points of the working text' }), hasOriginal: z.boolean(),
    originalDeleteBy: z.string().nullable(), pendingSuggestions: z.number().int(), createdBy: z.string().nullable(), createdAt: z.string(),
  })
  .openapi('AnalysisDocumentSummary');
export const DocumentSchema = DocumentSummarySchema.omit({ pendingSuggestions: true })
  .extend({ text: z.string(), turns: z.array(TurnSchema) })
  .openapi('AnalysisDocument');
export const ImportResultSchema = DocumentSchema.extend({ replaced: z.number().int(), suggestions: z.number().int() }).openapi('AnalysisImportResult');

const isoDate = z.iso.date().refine((d) => !d.startsWith('0000'), { message: 'errors.invalidDate' });
export const SettingsSchema = z
  .object({ keepOriginals: z.boolean(), originalsDeleteBy: z.string().nullable(), blindCoding: z.boolean() })
  .openapi('AnalysisSettings');
export const SettingsPatchSchema = z.object({ keepOriginals: z.boolean().optional(), originalsDeleteBy: isoDate.nullable().optional(), blindCoding: z.boolean().optional() }).strict();

export const SuggestionSchema = z
  .object({ id: z.string(), documentId: z.string(), start: z.number(), end: z.number(), word: z.string(), status: z.enum(['pending', 'confirmed', 'dismissed']) })
  .openapi('AnalysisNameSuggestion');
export const ConfirmSchema = z.object({ replacement: z.string().max(80).regex(/^\[[^\]\n]+\]$/).optional() }).strict();

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
export const CodeInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200), description: z.string().max(5000).optional(), color: colour.optional(),
    parentId: id.nullable().optional(), isTheme: z.boolean().optional(), position: z.number().int().min(0).max(100000).optional(),
  })
  .strict()
  .openapi('AnalysisCodeInput');
export const CodePatchSchema = CodeInputSchema.partial().strict().openapi('AnalysisCodePatch');
export const CodeSchema = z
  .object({
    id: z.string(), programmeId: z.string(), parentId: z.string().nullable(), name: z.string(), description: z.string(), color: z.string(),
    isTheme: z.boolean(), position: z.number(), createdAt: z.string(), codingCount: z.number().int().optional(),
  })
  .openapi('AnalysisCode');
export const MergeSchema = z.object({ intoCodeId: id }).strict();
export const SplitSchema = CodeInputSchema.extend({ codingIds: z.array(id).max(10000) }).strict();

export const CodingInputSchema = z
  .object({ documentId: id, codeIds: z.array(id).min(1).max(50), start: z.number().int().min(0), end: z.number().int().min(1) })
  .strict()
  .openapi('AnalysisCodingInput');
export const CodingSchema = z
  .object({ id: z.string(), documentId: z.string(), codeId: z.string(), coderId: z.string().nullable(), start: z.number(), end: z.number(), createdAt: z.string() })
  .openapi('AnalysisCoding');

export const memoTargetKinds = ['document', 'code', 'coding', 'person_summary', 'programme'] as const;
export const MemoInputSchema = z
  .object({ targetKind: z.enum(memoTargetKinds), targetId: id, subject: z.string().trim().max(200).nullable().optional(), text: z.string().trim().min(1).max(20000) })
  .strict()
  .openapi('AnalysisMemoInput');
export const MemoPatchSchema = z.object({ text: z.string().trim().min(1).max(20000).optional(), subject: z.string().trim().max(200).nullable().optional() }).strict();
export const MemoSchema = z
  .object({
    id: z.string(), programmeId: z.string(), targetKind: z.enum(memoTargetKinds), targetId: z.string(), subject: z.string().nullable(),
    authorId: z.string().nullable(), text: z.string(), createdAt: z.string(), updatedAt: z.string(),
  })
  .openapi('AnalysisMemo');

export const SegmentFilterQuery = z.object({
  municipalityId: id.optional(),
  role: z.enum(participantRoles).optional(),
  activityType: z.string().max(60).optional(),
  coderId: id.optional(),
  attribute: z
    .string()
    .max(400)
    .regex(/^[^=]{1,200}=[\s\S]*$/, { message: 'errors.invalidType' })
    .optional()
    .openapi({ description: 'A document attribute as `key=value` (e.g. `Alder=34`, a case variable of an imported project)' }),
});

/** Dates and buffers out of rows into JSON-friendly values. */
export const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : d);
