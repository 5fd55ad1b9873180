import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { documentDetail } from './detail.js';
import { getAuthoredDocument, renameAuthoredDocument } from './documents.js';
import { AuthoredDocumentSchema, CommentInputSchema, CommentPatchSchema, StatusInputSchema, SuggestionInputSchema, TitleInputSchema, VersionInputSchema } from './dto.js';
import { acquireLock, releaseLock, takeOverLock } from './lock.js';
import './personal-data.js';
import { authorizeDocuments, type DocumentAction } from './policy.js';
import { addComment, addSuggestion, changeStatus, decidingMove, decideSuggestion, resolveComment } from './review.js';
import { getImage, saveWrittenVersion, uploadContentType, uploadImage, uploadVersion, versionFile } from './versions.js';

const tags = ['Documents'];
const base = '/programmes/{programmeId}/authored-documents/{authoredDocumentId}';
const docParams = z.object({ programmeId: idParam('programmeId'), authoredDocumentId: idParam('authoredDocumentId') });
const withParam = <N extends string>(name: N) => docParams.extend({ [name]: idParam(name) } as Record<N, ReturnType<typeof idParam>>);
const Detail = jsonContent(AuthoredDocumentSchema);
const Created = z.object({ id: z.string() });

/** The document after checking the caller may see it and do `action` with it. */
async function load(c: Context<AppEnv>, action: DocumentAction) {
  const { programmeId, authoredDocumentId } = c.req.param() as { programmeId: string; authoredDocumentId: string };
  authorizeDocuments(c.get('actor'), 'document.read', { programmeId });
  const doc = await getAuthoredDocument(c.get('db'), programmeId, authoredDocumentId);
  authorizeDocuments(c.get('actor'), action, { programmeId, createdBy: doc.createdBy });
  return doc;
}
const detail = async (c: Context<AppEnv>, id: string) => documentDetail(c.get('db'), c.get('actor')!, await getAuthoredDocument(c.get('db'), c.req.param('programmeId')!, id));

async function formFile(c: Context<AppEnv>) {
  const form = (c.req.header('content-type') ?? '').startsWith('multipart/form-data') ? await c.req.parseBody() : {};
  const file = form.file;
  if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'documents.errors.noFile' }]);
  const field = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).slice(0, k === 'note' ? 20_000 : 200) : undefined);
  return { name: file.name, bytes: Buffer.from(await file.arrayBuffer()), label: field('label'), note: field('note') };
}

const post = (path: string, summary: string, policy: DocumentAction) =>
  createRoute({ method: 'post', path: `${base}${path}`, tags, 'x-policy': policy, summary, request: { params: docParams }, responses: { 200: Detail, ...errorResponses } });
const postJson = <B extends z.ZodType>(path: string, summary: string, policy: DocumentAction, body: B) =>
  createRoute({ method: 'post', path: `${base}${path}`, tags, 'x-policy': policy, summary, request: { params: docParams, body: jsonBody(body) }, responses: { 200: Detail, ...errorResponses } });
const postDecision = (path: string, summary: string) =>
  createRoute({ method: 'post', path: `${base}${path}`, tags, 'x-policy': 'document.decide', summary, request: { params: docParams.extend({ docSuggestionId: idParam('docSuggestionId') }) }, responses: { 200: Detail, ...errorResponses } });

/** The one versioned document (course materials, the values document, report sections): versions, lock, comments, suggestions, status. */
export const documentRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: base, tags, 'x-policy': 'document.read', summary: 'A document with its versions, lock, comments, suggestions and status history', request: { params: docParams }, responses: { 200: Detail, ...errorResponses } }),
    async (c) => c.json(await documentDetail(c.get('db'), c.get('actor')!, await load(c, 'document.read')), 200),
  )
  .openapi(
    createRoute({ method: 'patch', path: base, tags, 'x-policy': 'document.write', summary: 'Rename a document', request: { params: docParams, body: jsonBody(TitleInputSchema) }, responses: { 200: Detail, ...errorResponses } }),
    async (c) => {
      const doc = await load(c, 'document.write');
      await renameAuthoredDocument(c.get('db'), c.get('actor')!, doc, c.req.valid('json').title, c.get('requestId'));
      return c.json(await detail(c, doc.id), 200);
    },
  )
  .openapi(post('/lock', 'Take (or renew) the edit lock: one editor at a time; refused while someone else holds it', 'document.write'), async (c) => {
    const doc = await load(c, 'document.write');
    await acquireLock(c.get('db'), c.get('actor')!, doc, c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(
    createRoute({ method: 'delete', path: `${base}/lock`, tags, 'x-policy': 'document.write', summary: 'Release one’s own edit lock', request: { params: docParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const doc = await load(c, 'document.write');
      await releaseLock(c.get('db'), c.get('actor')!, doc, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(post('/lock/take-over', 'A coordinator takes over the edit lock from whoever holds it', 'document.takeover'), async (c) => {
    const doc = await load(c, 'document.takeover');
    await takeOverLock(c.get('db'), c.get('actor')!, doc, c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(postJson('/versions', 'Save a new version of written text (needs the lock and the newest version as base)', 'document.write', VersionInputSchema), async (c) => {
    const doc = await load(c, 'document.write');
    await saveWrittenVersion(c.get('db'), c.get('actor')!, doc, c.req.valid('json'), c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(
    createRoute({
      method: 'post', path: `${base}/uploads`, tags, 'x-policy': 'document.write',
      summary: 'Upload a new version of an uploaded document (.docx, .pptx or .pdf, at most 5 MB)',
      description: 'multipart/form-data with `file`, and optionally `label` and `note` ("Version 2 after the pilot" and what changed).',
      request: { params: docParams }, responses: { 200: Detail, ...errorResponses },
    }),
    async (c) => {
      const doc = await load(c, 'document.write');
      await uploadVersion(c.get('db'), c.get('actor')!, doc, await formFile(c), c.get('requestId'));
      return c.json(await detail(c, doc.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/versions/{docVersionId}/file`, tags, 'x-policy': 'document.read', summary: 'Download the file of an uploaded version',
      request: { params: withParam('docVersionId') }, responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const doc = await load(c, 'document.read');
      const file = await versionFile(c.get('db'), doc, c.req.param('docVersionId'));
      return c.body(new Uint8Array(file.bytes), 200, { 'Content-Type': uploadContentType(file.type), 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` });
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/images`, tags, 'x-policy': 'document.write', summary: 'Upload an image (PNG or JPEG, at most 5 MB) to place in the text as ![alt](image:<id>)',
      description: 'multipart/form-data with `file`.', request: { params: docParams }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const doc = await load(c, 'document.write');
      const file = await formFile(c);
      return c.json(await uploadImage(c.get('db'), c.get('actor')!, doc, file.bytes, c.get('requestId')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/images/{docImageId}`, tags, 'x-policy': 'document.read', summary: 'An image placed in the text',
      request: { params: withParam('docImageId') }, responses: { 200: { description: 'The image', content: { 'image/png': { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const doc = await load(c, 'document.read');
      const image = await getImage(c.get('db'), doc.id, c.req.param('docImageId'));
      return c.body(new Uint8Array(image.bytes), 200, { 'Content-Type': image.contentType, 'Cache-Control': 'private, max-age=86400' });
    },
  )
  .openapi(postJson('/comments', 'Comment on a passage of a version (or, without a passage, on the whole document)', 'document.write', CommentInputSchema), async (c) => {
    const doc = await load(c, 'document.write');
    await addComment(c.get('db'), c.get('actor')!, doc, c.req.valid('json'), c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(
    createRoute({ method: 'patch', path: `${base}/comments/{docCommentId}`, tags, 'x-policy': 'document.write', summary: 'Resolve or reopen a comment', request: { params: withParam('docCommentId'), body: jsonBody(CommentPatchSchema) }, responses: { 200: Detail, ...errorResponses } }),
    async (c) => {
      const doc = await load(c, 'document.write');
      await resolveComment(c.get('db'), c.get('actor')!, doc, c.req.param('docCommentId'), c.req.valid('json').resolved, c.get('requestId'));
      return c.json(await detail(c, doc.id), 200);
    },
  )
  .openapi(postJson('/suggestions', 'Suggest a change to a passage: insert after it, delete it or replace it', 'document.write', SuggestionInputSchema), async (c) => {
    const doc = await load(c, 'document.write');
    await addSuggestion(c.get('db'), c.get('actor')!, doc, c.req.valid('json'), c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(postDecision('/suggestions/{docSuggestionId}/accept', 'Accept a suggestion: the change becomes a new version'), async (c) => {
    const doc = await load(c, 'document.decide');
    await decideSuggestion(c.get('db'), c.get('actor')!, doc, c.req.valid('param').docSuggestionId, true, c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(postDecision('/suggestions/{docSuggestionId}/reject', 'Reject a suggestion'), async (c) => {
    const doc = await load(c, 'document.decide');
    await decideSuggestion(c.get('db'), c.get('actor')!, doc, c.req.valid('param').docSuggestionId, false, c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  })
  .openapi(postJson('/status', 'Move the status: draft → in review (any writer) → approved or back to draft (the owner or a coordinator)', 'document.write', StatusInputSchema), async (c) => {
    const { status, note } = c.req.valid('json');
    const doc = await load(c, 'document.write');
    if (decidingMove(doc.status, status)) authorizeDocuments(c.get('actor'), 'document.decide', { programmeId: doc.programmeId, createdBy: doc.createdBy });
    await changeStatus(c.get('db'), c.get('actor')!, doc, status, note, c.get('requestId'));
    return c.json(await detail(c, doc.id), 200);
  });
