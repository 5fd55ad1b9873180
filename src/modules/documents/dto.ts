import { z } from '@hono/zod-openapi';
import { richTextLimits } from '../../lib/rich-text.js';
import { authoredDocumentStatuses, suggestionKinds } from './schema.js';

const uuid = z.string().uuid();
const text = (max: number) => z.string().max(max);

export const VersionInputSchema = z
  .object({ body: text(richTextLimits.bodyChars), baseNumber: z.number().int().min(0), label: text(200).optional(), note: text(20_000).optional() })
  .strict()
  .openapi('AuthoredVersionInput');
export const CommentInputSchema = z
  .object({ versionId: uuid, passage: text(2000).optional(), body: z.string().trim().min(1).max(5000), participantId: uuid.nullable().optional() })
  .strict()
  .openapi('AuthoredCommentInput');
export const CommentPatchSchema = z.object({ resolved: z.boolean() }).strict().openapi('AuthoredCommentPatch');
export const SuggestionInputSchema = z
  .object({ versionId: uuid, kind: z.enum(suggestionKinds), passage: z.string().min(1).max(2000), text: text(5000).optional(), participantId: uuid.nullable().optional() })
  .strict()
  .openapi('AuthoredSuggestionInput');
export const StatusInputSchema = z.object({ status: z.enum(authoredDocumentStatuses), note: text(2000).optional() }).strict().openapi('AuthoredStatusInput');
export const TitleInputSchema = z.object({ title: z.string().trim().min(1).max(300) }).strict().openapi('AuthoredTitleInput');

const LockSchema = z.object({ heldBy: z.object({ userId: z.string(), name: z.string() }).nullable(), since: z.string().nullable(), expiresAt: z.string().nullable(), mine: z.boolean() }).openapi('DocumentLock');
const VersionSchema = z.object({
  id: z.string(), number: z.number(), label: z.string(), note: z.string(), body: z.string(), fileName: z.string().nullable(), fileType: z.string().nullable(),
  author: z.string(), createdAt: z.string(),
});
const CommentSchema = z.object({ id: z.string(), versionId: z.string(), passage: z.string(), body: z.string(), author: z.string(), participantCode: z.string().nullable(), resolved: z.boolean(), createdAt: z.string() });
const SuggestionSchema = z.object({
  id: z.string(), versionId: z.string(), kind: z.enum(suggestionKinds), passage: z.string(), text: z.string(), author: z.string(), participantCode: z.string().nullable(),
  state: z.enum(['open', 'accepted', 'rejected']), decidedBy: z.string().nullable(), createdAt: z.string(),
});
const HistorySchema = z.object({ from: z.enum(authoredDocumentStatuses), to: z.enum(authoredDocumentStatuses), versionNumber: z.number(), by: z.string(), note: z.string(), at: z.string() });

export const AuthoredDocumentSchema = z
  .object({
    id: z.string(), programmeId: z.string(), ownerKind: z.string(), ownerId: z.string().nullable(), title: z.string(), form: z.enum(['written', 'upload']),
    status: z.enum(authoredDocumentStatuses), createdBy: z.string().nullable(), lock: LockSchema,
    may: z.object({ write: z.boolean(), decide: z.boolean(), takeOver: z.boolean() }),
    versions: z.array(VersionSchema), comments: z.array(CommentSchema), suggestions: z.array(SuggestionSchema), history: z.array(HistorySchema),
  })
  .openapi('AuthoredDocument');
export type AuthoredDocumentDto = z.infer<typeof AuthoredDocumentSchema>;

export const DocumentSummarySchema = z
  .object({ id: z.string(), title: z.string(), form: z.enum(['written', 'upload']), status: z.enum(authoredDocumentStatuses), versions: z.number(), updatedAt: z.string() })
  .openapi('AuthoredDocumentSummary');
