import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, queryInt, uuidLike } from '../../http/openapi.js';
import { coderAgreement } from './agreement-ops.js';
import { authorizeSettle, settleDisagreement, SettleInputSchema, SettleResultSchema } from './settle.js';
import { SegmentFilterQuery } from './dto.js';
import { codeCaseMatrix, codeCooccurrence, documentAttributes } from './overviews.js';
import { authorizeAnalysis, blindCoderFilter } from './policy.js';
import { anonymisedQuotes } from './quotes.js';
import { retrieveSegmentPage } from './retrieval.js';
import { searchPage } from './search.js';
import { getAnalysisSettings } from './settings.js';
import { mostActiveCoders } from './coders.js';
import { getProgramme } from '../programmes/programmes.js';
import { invalidField } from '../../lib/errors.js';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const codeParams = programmeParams.extend({ codeId: idParam('codeId') });
const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const withChildren = SegmentFilterQuery.extend({ includeChildren: z.enum(['true', 'false']).optional() });
/** Optional paging; without `limit` every segment is returned. The total is in the `X-Total-Count` header. */
const paged = withChildren.extend({ limit: queryInt(1, 50_000).optional(), offset: queryInt(0, 10_000_000).optional() });
const anyJson = (description: string) => jsonContent(z.any().openapi({ description }));

/** Authorises a read and works out the blind-coding restriction for this caller. */
async function readScope(c: Context<AppEnv>, programmeId: string) {
  const actor = c.get('actor');
  const scope = authorizeAnalysis(actor, 'analysis.read', { programmeId });
  const settings = await getAnalysisSettings(c.get('db'), programmeId);
  return { visibleCoderId: blindCoderFilter(actor!, scope, settings.blindCoding) };
}
const children = (v?: 'true' | 'false') => (v === undefined ? undefined : v === 'true');

export const overviewRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/codes/{codeId}/segments`, tags, 'x-policy': 'analysis.read',
      summary: 'Every segment of a code (a theme includes its sub-codes) with text, document, municipality, roles, activity and coder; filters',
      description: 'Without `limit` every segment; with `limit`/`offset` one page. The `X-Total-Count` header gives the number of segments in all.',
      request: { params: codeParams, query: paged }, responses: { 200: anyJson('Segment[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codeId } = c.req.valid('param');
      const { includeChildren, ...filter } = c.req.valid('query');
      const visible = await readScope(c, programmeId);
      const page = await retrieveSegmentPage(c.get('db'), programmeId, codeId, { ...filter, ...visible, includeChildren: children(includeChildren) });
      c.header('X-Total-Count', String(page.total));
      return c.json(page.segments, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/codes/{codeId}/quotes`, tags, 'x-policy': 'analysis.read',
      summary: 'Anonymised quotes of a code ready to paste: «text» (tjenestemottaker, intervju) — no codes or municipality names',
      request: { params: codeParams, query: withChildren }, responses: { 200: anyJson('{ codingId, text, attribution, quote }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codeId } = c.req.valid('param');
      const { includeChildren, ...filter } = c.req.valid('query');
      const visible = await readScope(c, programmeId);
      return c.json(await anonymisedQuotes(c.get('db'), programmeId, codeId, { ...filter, ...visible, includeChildren: children(includeChildren) }, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/matrix`, tags, 'x-policy': 'analysis.read',
      summary: 'Code × case matrix: rows codes (a theme counts its sub-codes), columns documents, municipalities or the values of a document attribute (by=attribute&attributeKey=…); segments and documents per cell',
      request: { params: programmeParams, query: SegmentFilterQuery.extend({ by: z.enum(['document', 'municipality', 'attribute']).optional(), attributeKey: z.string().min(1).max(200).optional() }) },
      responses: { 200: anyJson('{ by, columns, rows: { codeId, name, cells: { [columnId]: { segments, documents } }, total }[] }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const { by, attributeKey, ...filter } = c.req.valid('query');
      const visible = await readScope(c, programmeId);
      if (by === 'attribute' && !attributeKey) throw invalidField('attributeKey', 'errors.required');
      return c.json(await codeCaseMatrix(c.get('db'), programmeId, by ?? 'document', { ...filter, ...visible }, attributeKey), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/attributes`, tags, 'x-policy': 'analysis.read',
      summary: 'The document attributes in use (imported case variables among them) and their values, for the attribute filter and matrix',
      request: { params: programmeParams }, responses: { 200: anyJson('{ key, values: string[] }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      await readScope(c, programmeId);
      return c.json(await documentAttributes(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/cooccurrence`, tags, 'x-policy': 'analysis.read',
      summary: 'Pairs of codes whose segments overlap in the same document: overlapping segment pairs and documents',
      request: { params: programmeParams, query: SegmentFilterQuery }, responses: { 200: anyJson('{ codeA, codeB, segments, documents }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const visible = await readScope(c, programmeId);
      return c.json(await codeCooccurrence(c.get('db'), programmeId, { ...c.req.valid('query'), ...visible }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/search`, tags, 'x-policy': 'analysis.read',
      summary: 'Full-text search (norwegian stemming, web-search syntax: "phrase", -word, or); ranked, with safe <mark> highlights',
      description: 'One page (default 20) of documents, best first, each with its best-matching passage (`passage`: code-point range to jump to) and `matchingPassages`. The `X-Total-Count` header gives the number of matching documents.',
      request: { params: programmeParams, query: z.object({ q: z.string().max(500).optional(), limit: queryInt(1, 100).optional(), offset: queryInt(0, 100_000).optional() }) },
      responses: { 200: anyJson('{ documentId, title, kind, municipalityId, rank, headline, parts, passage: { id, ordinal, start, end }, matchingPassages }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      const { q, limit, offset } = c.req.valid('query');
      await getProgramme(c.get('db'), programmeId);
      const page = q?.trim() ? await searchPage(c.get('db'), programmeId, q, { limit, offset }) : { results: [], total: 0 };
      c.header('X-Total-Count', String(page.total));
      return c.json(page.results, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/agreement`, tags, 'x-policy': 'analysis.read',
      summary: 'Agreement of two coders (default: the two with most codings) per code and overall — percent, Cohen’s kappa, Krippendorff’s alpha; unit: characters',
      description: 'With blind coding on, only a coordinator sees the disagreement ranges (`disagreementsHidden`).',
      request: { params: programmeParams, query: z.object({ coderA: id.optional(), coderB: id.optional(), documentId: id.optional() }) },
      responses: { 200: anyJson('Agreement report'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const { visibleCoderId } = await readScope(c, programmeId);
      const q = c.req.valid('query');
      const db = c.get('db');
      const fallback = q.coderA && q.coderB ? [] : await mostActiveCoders(db, programmeId, q.documentId);
      const coderA = q.coderA ?? fallback.find((x) => x !== q.coderB) ?? '00000000-0000-0000-0000-000000000000';
      const coderB = q.coderB ?? fallback.find((x) => x !== coderA) ?? '00000000-0000-0000-0000-000000000000';
      return c.json(await coderAgreement(db, programmeId, { coderA, coderB, documentId: q.documentId, showDisagreements: visibleCoderId === null }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/agreement/settle`, tags, 'x-policy': 'analysis.write',
      summary: 'Settle a disagreement [start, end) on one code between coderA and coderB: keep (the coder who lacked it gets the coding) or remove (the holder’s coding loses the range)',
      description: 'While blind coding is on, only a coordinator may settle. `settled: false` when the two already agree on the whole range; 409 when the range is only partly a disagreement.',
      request: { params: programmeParams, body: jsonBody(SettleInputSchema) }, responses: { 200: jsonContent(SettleResultSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor');
      const scope = authorizeAnalysis(actor, 'analysis.write', { programmeId });
      const db = c.get('db');
      authorizeSettle(actor!, scope, (await getAnalysisSettings(db, programmeId)).blindCoding);
      return c.json(await settleDisagreement(db, actor!, programmeId, c.req.valid('json'), c.get('requestId')), 200);
    },
  );
