import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { mergeCodes, seedChime, splitCode } from './code-restructure.js';
import { createCode, deleteCode, listCodes, updateCode, type CodeRow } from './codes.js';
import { CodeInputSchema, CodePatchSchema, CodeSchema, MergeSchema, SplitSchema, iso } from './dto.js';
import { authorizeAnalysis } from './policy.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis/codes';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const codeParams = programmeParams.extend({ codeId: idParam('codeId') });
const toDto = (c: CodeRow & { codingCount?: number }) => ({ ...c, createdAt: iso(c.createdAt) });
const moved = z.object({ code: CodeSchema, moved: z.number().int() });

export const codebookRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'analysis.read', summary: 'The codebook (flat; build the tree from parentId, order by position), with coding counts',
      request: { params: programmeParams }, responses: { 200: jsonContent(z.array(CodeSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      return c.json((await listCodes(c.get('db'), programmeId)).map(toDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: base, tags, 'x-policy': 'analysis.write', summary: 'Create a code or theme (isTheme), optionally under a parent',
      request: { params: programmeParams, body: jsonBody(CodeInputSchema) }, responses: { 201: jsonContent(CodeSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      return c.json(toDto(await createCode(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/chime`, tags, 'x-policy': 'analysis.write',
      summary: 'Seed the CHIME frame (5 themes with their sub-codes) in the caller’s language; idempotent',
      request: { params: programmeParams }, responses: { 200: jsonContent(z.object({ created: z.number().int(), codes: z.array(CodeSchema) })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const out = await seedChime(c.get('db'), c.get('actor')!, programmeId, c.get('lang'), c.get('requestId'));
      return c.json({ created: out.created, codes: out.codes.map(toDto) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/{codeId}`, tags, 'x-policy': 'analysis.write',
      summary: 'Rename, describe, recolour, mark as theme, or move (parentId null = top level; position)',
      request: { params: codeParams, body: jsonBody(CodePatchSchema) }, responses: { 200: jsonContent(CodeSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      return c.json(toDto(await updateCode(c.get('db'), c.get('actor')!, programmeId, codeId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/{codeId}`, tags, 'x-policy': 'analysis.write',
      summary: 'Delete a code with its codings; 409 if it has sub-codes unless ?cascade=true',
      request: { params: codeParams, query: z.object({ cascade: z.enum(['true', 'false']).optional() }) },
      responses: { 200: jsonContent(z.object({ deleted: z.number().int() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      return c.json(await deleteCode(c.get('db'), c.get('actor')!, programmeId, codeId, c.req.valid('query').cascade === 'true', c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{codeId}/merge`, tags, 'x-policy': 'analysis.write',
      summary: 'Merge this code into intoCodeId: its codings, sub-codes and memos move there, then it is deleted (one transaction)',
      request: { params: codeParams, body: jsonBody(MergeSchema) }, responses: { 200: jsonContent(moved), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const out = await mergeCodes(c.get('db'), c.get('actor')!, programmeId, codeId, c.req.valid('json').intoCodeId, c.get('requestId'));
      return c.json({ code: toDto(out.code), moved: out.moved }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{codeId}/split`, tags, 'x-policy': 'analysis.write',
      summary: 'Split: create a new code (default: sibling, same colour) and move the chosen codings of this code to it',
      request: { params: codeParams, body: jsonBody(SplitSchema) }, responses: { 201: jsonContent(moved, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const out = await splitCode(c.get('db'), c.get('actor')!, programmeId, codeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ code: toDto(out.code), moved: out.moved }, 201);
    },
  );
