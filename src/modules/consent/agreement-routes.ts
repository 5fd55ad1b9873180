import { createRoute, z } from '@hono/zod-openapi';
import { programmeGuard } from './programme-guard.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { agreementDocument, attachAgreementDocument, createAgreement, listAgreements } from './agreements.js';
import { AgreementInputSchema, AgreementSchema, UploadQuery } from './dto.js';
import { readUpload } from './participant-routes.js';
import { authorizeConsent } from './policy.js';

const tags = ['Consent'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const agreementParams = z.object({ programmeId: idParam('programmeId'), agreementId: idParam('agreementId') });
const toDto = (a: Awaited<ReturnType<typeof listAgreements>>[number]) => ({ ...a, createdAt: a.createdAt.toISOString() });

/** Data-processing agreements (databehandleravtaler) with partner organisations: coordinators only. */
export const agreementRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/data-processing-agreements', tags, 'x-policy': 'consent.manage',
      summary: 'Data-processing agreements with partner organisations',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(AgreementSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json((await listAgreements(c.get('db'), programmeId)).map(toDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/data-processing-agreements', tags, 'x-policy': 'consent.manage',
      summary: 'Register an agreement (who, signed when); attach the document with PUT …/document',
      request: { params: programmeParams, body: jsonBody(AgreementInputSchema) },
      responses: { 201: jsonContent(AgreementSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toDto(await createAgreement(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/data-processing-agreements/{agreementId}/document', tags, 'x-policy': 'consent.manage',
      summary: 'Attach the signed document: the raw file as the body (at most 10 MB), its name in ?name=',
      request: { params: agreementParams, query: UploadQuery },
      responses: { 204: { description: 'Stored' }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, agreementId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const bytes = await readUpload(await c.req.arrayBuffer());
      await attachAgreementDocument(c.get('db'), c.get('actor')!, programmeId, agreementId, { name: c.req.valid('query').name ?? 'avtale', bytes }, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/data-processing-agreements/{agreementId}/document', tags, 'x-policy': 'consent.manage',
      summary: 'Download the signed document',
      request: { params: agreementParams },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, agreementId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      const doc = await agreementDocument(c.get('db'), programmeId, agreementId);
      return c.body(new Uint8Array(doc.bytes!), 200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${encodeURIComponent(doc.name ?? 'avtale')}"` });
    },
  );
