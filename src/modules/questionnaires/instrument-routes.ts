import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../lib/errors.js';
import { fieldErrorsFromZod } from '../../lib/zod-messages.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { programmeGuard } from '../consent/programme-guard.js';
import { checkDefinition } from './check-definition.js';
import { InstrumentDefinitionSchema, LocalTextSchema } from './definition.js';
import { createInstrument, getDraft, getVersion, instrumentWithVersions, listInstruments, newDraftFromLatest, publishDraft, saveDraft } from './instruments.js';
import { authorizeQuestionnaires } from './policy.js';

const tags = ['Questionnaires'];
const base = '/programmes/{programmeId}';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const instrumentParams = programmeParams.extend({ instrumentId: idParam('instrumentId') });
const versionParams = programmeParams.extend({ versionId: idParam('versionId') });
const anyJson = (description: string) => jsonContent(z.any().openapi({ description }));
const unprocessable = { 422: { description: 'The definition has problems; `errors` names each item', content: { 'application/problem+json': { schema: z.any() } } } };

/**
 * The definition is checked with InstrumentDefinitionSchema in the handler: its branching condition is a
 * recursive (lazy) schema, which the OpenAPI generator cannot walk. The document shows an object.
 */
const DefinitionBody = z.record(z.string(), z.unknown()).openapi({ description: 'InstrumentDefinition (see src/modules/questionnaires/definition.ts)' });
function parseDefinition(value: unknown) {
  const parsed = InstrumentDefinitionSchema.safeParse(value);
  if (!parsed.success) throw new DomainError(400, 'errors.validation', {}, fieldErrorsFromZod(parsed.error, 'definition'));
  return parsed.data;
}

const CreateInstrumentSchema = z.union([
  z.object({ definition: DefinitionBody }).strict(),
  z.object({ templateKey: z.string().min(1).max(100) }).strict(),
  z.object({ title: z.union([z.string().trim().min(1).max(200), LocalTextSchema]) }).strict(),
]);

export const instrumentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instruments`, tags, 'x-policy': 'instruments.read',
      summary: 'The programme’s instruments (questionnaires), each with its versions (number, draft/published)',
      request: { params: programmeParams }, responses: { 200: anyJson('Instrument[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.read', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json(await listInstruments(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/instruments`, tags, 'x-policy': 'instruments.manage',
      summary: 'A new instrument with version 1 as a draft: `{title}` (blank), `{templateKey}` (a shipped template) or `{definition}`',
      request: { params: programmeParams, body: jsonBody(CreateInstrumentSchema) },
      responses: { 201: anyJson('Instrument with versions'), ...errorResponses, ...unprocessable },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const body = c.req.valid('json');
      const input = 'definition' in body ? { definition: parseDefinition(body.definition) } : body;
      return c.json(await createInstrument(c.get('db'), c.get('actor')!, programmeId, input, c.get('requestId')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instruments/{instrumentId}`, tags, 'x-policy': 'instruments.read',
      summary: 'An instrument and its versions (newest first)',
      request: { params: instrumentParams }, responses: { 200: anyJson('Instrument with versions'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.read', { programmeId });
      return c.json(await instrumentWithVersions(c.get('db'), programmeId, instrumentId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instruments/{instrumentId}/draft`, tags, 'x-policy': 'instruments.read',
      summary: 'The draft version with its definition and the problems found in it (`problems`: errors block publishing, missing translations are warnings)',
      request: { params: instrumentParams }, responses: { 200: anyJson('InstrumentVersion & { problems }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.read', { programmeId });
      const draft = await getDraft(c.get('db'), programmeId, instrumentId);
      return c.json({ ...draft, problems: checkDefinition(draft.definition) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: `${base}/instruments/{instrumentId}/draft`, tags, 'x-policy': 'instruments.manage',
      summary: 'Replace the draft’s definition; 422 with one message per item when it has blocking problems (a published version is never changed)',
      request: { params: instrumentParams, body: jsonBody(z.object({ definition: DefinitionBody }).strict()) },
      responses: { 200: anyJson('InstrumentVersion & { problems }'), ...errorResponses, ...unprocessable },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const saved = await saveDraft(c.get('db'), c.get('actor')!, programmeId, instrumentId, parseDefinition(c.req.valid('json').definition), c.get('requestId'));
      return c.json({ ...saved, problems: checkDefinition(saved.definition) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/instruments/{instrumentId}/publish`, tags, 'x-policy': 'instruments.manage',
      summary: 'Publish the draft: it is frozen for good and surveys may use it (404 when there is no draft)',
      request: { params: instrumentParams }, responses: { 200: anyJson('InstrumentVersion'), ...errorResponses, ...unprocessable },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(await publishDraft(c.get('db'), c.get('actor')!, programmeId, instrumentId, c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/instruments/{instrumentId}/new-draft`, tags, 'x-policy': 'instruments.manage',
      summary: 'A new draft version, a copy of the newest published one (409 while a draft exists)',
      request: { params: instrumentParams }, responses: { 201: anyJson('InstrumentVersion'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(await newDraftFromLatest(c.get('db'), c.get('actor')!, programmeId, instrumentId, c.get('requestId')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/instrument-versions/{versionId}`, tags, 'x-policy': 'instruments.read',
      summary: 'One version with its definition (what a survey’s respondents answer)',
      request: { params: versionParams }, responses: { 200: anyJson('InstrumentVersion'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, versionId } = c.req.valid('param');
      authorizeQuestionnaires(c.get('actor'), 'instruments.read', { programmeId });
      return c.json(await getVersion(c.get('db'), programmeId, versionId), 200);
    },
  );
