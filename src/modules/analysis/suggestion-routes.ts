import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { ConfirmSchema, SuggestionSchema } from './dto.js';
import { authorizeAnalysis } from './policy.js';
import { confirmSuggestion, dismissSuggestion, listSuggestions } from './suggestion-decisions.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis/documents/{documentId}/suggestions';
const documentParams = z.object({ programmeId: idParam('programmeId'), documentId: idParam('documentId') });
const suggestionParams = documentParams.extend({ suggestionId: idParam('suggestionId') });

export const suggestionRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'analysis.read', summary: 'Words that may be names, for a person to confirm or dismiss',
      request: { params: documentParams, query: z.object({ status: z.enum(['pending', 'confirmed', 'dismissed']).optional() }) },
      responses: { 200: jsonContent(z.array(SuggestionSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      return c.json(await listSuggestions(c.get('db'), programmeId, documentId, c.req.valid('query').status), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{suggestionId}/confirm`, tags, 'x-policy': 'analysis.write',
      summary: 'Confirm: the word is replaced (every occurrence in the document) by `replacement` (default "[navn]"); codings and turns shift with it',
      request: { params: suggestionParams, body: jsonBody(ConfirmSchema) },
      responses: { 200: jsonContent(z.object({ replaced: z.number().int() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId, suggestionId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const { replaced } = await confirmSuggestion(c.get('db'), c.get('actor')!, programmeId, documentId, suggestionId, c.req.valid('json').replacement, c.get('requestId'));
      return c.json({ replaced }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{suggestionId}/dismiss`, tags, 'x-policy': 'analysis.write',
      summary: 'Dismiss: not a name (the same word is not suggested again in this programme)',
      request: { params: suggestionParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId, suggestionId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      await dismissSuggestion(c.get('db'), c.get('actor')!, programmeId, documentId, suggestionId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
