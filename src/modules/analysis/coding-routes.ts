import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent, uuidLike } from '../../http/openapi.js';
import { createCodings, deleteCoding, listCodings } from './codings.js';
import { CodingInputSchema, CodingSchema, MemoInputSchema, MemoPatchSchema, MemoSchema, iso, memoTargetKinds } from './dto.js';
import { createMemo, deleteMemo, listMemos, updateMemo } from './memos.js';
import { authorizeAnalysis, blindCoderFilter } from './policy.js';
import { getAnalysisSettings } from './settings.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const dates = <T extends { createdAt: Date; updatedAt?: Date }>(r: T) => ({ ...r, createdAt: iso(r.createdAt), ...(r.updatedAt ? { updatedAt: iso(r.updatedAt) } : {}) });

export const codingRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/documents/{documentId}/codings`, tags, 'x-policy': 'analysis.read',
      summary: 'Codings of a document; with blind coding on, a coder (researcher) sees only their own — `blind` says so',
      request: { params: programmeParams.extend({ documentId: idParam('documentId') }) },
      responses: { 200: jsonContent(z.object({ blind: z.boolean(), codings: z.array(CodingSchema) })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      const actor = c.get('actor');
      const scope = authorizeAnalysis(actor, 'analysis.read', { programmeId });
      const db = c.get('db');
      const coder = blindCoderFilter(actor!, scope, (await getAnalysisSettings(db, programmeId)).blindCoding);
      const rows = await listCodings(db, programmeId, documentId, coder);
      return c.json({ blind: coder !== null, codings: rows.map(dates) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/codings`, tags, 'x-policy': 'analysis.write',
      summary: 'Apply one or more codes to [start, end) in code points of the working text; the caller is the coder',
      request: { params: programmeParams, body: jsonBody(CodingInputSchema) }, responses: { 201: jsonContent(z.array(CodingSchema), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const rows = await createCodings(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json(rows.map(dates), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/codings/{codingId}`, tags, 'x-policy': 'analysis.write', summary: 'Remove a coding (and its memos)',
      request: { params: programmeParams.extend({ codingId: idParam('codingId') }) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codingId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      await deleteCoding(c.get('db'), c.get('actor')!, programmeId, codingId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/memos`, tags, 'x-policy': 'analysis.read',
      summary: 'Memos and person summaries, optionally for one target (person summaries: targetKind=person_summary, targetId = document)',
      request: { params: programmeParams, query: z.object({ targetKind: z.enum(memoTargetKinds).optional(), targetId: z.string().regex(uuidLike, { message: 'errors.invalidId' }).optional() }) },
      responses: { 200: jsonContent(z.array(MemoSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      return c.json((await listMemos(c.get('db'), programmeId, c.req.valid('query'))).map(dates), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/memos`, tags, 'x-policy': 'analysis.write',
      summary: 'Write a memo on a document, code or coding, or a person summary (targetKind person_summary, targetId = document, subject = speaker or code)',
      request: { params: programmeParams, body: jsonBody(MemoInputSchema) }, responses: { 201: jsonContent(MemoSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      return c.json(dates(await createMemo(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/memos/{memoId}`, tags, 'x-policy': 'analysis.write', summary: 'Change a memo’s text (or a summary’s subject)',
      request: { params: programmeParams.extend({ memoId: idParam('memoId') }), body: jsonBody(MemoPatchSchema) }, responses: { 200: jsonContent(MemoSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, memoId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      return c.json(dates(await updateMemo(c.get('db'), c.get('actor')!, programmeId, memoId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/memos/{memoId}`, tags, 'x-policy': 'analysis.write', summary: 'Delete a memo',
      request: { params: programmeParams.extend({ memoId: idParam('memoId') }) }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, memoId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      await deleteMemo(c.get('db'), c.get('actor')!, programmeId, memoId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
