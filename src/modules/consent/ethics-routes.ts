import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { attachEthicsDocument, createEthicsApproval, ethicsDocument, ethicsRegister, setEthicsWaits, updateEthicsApproval } from './ethics-approvals.js';
import { ethicsCollections, ethicsStatuses } from './ethics-schema.js';
import { UploadQuery } from './dto.js';
import { readUpload } from './participant-routes.js';
import { authorizeConsent } from './policy.js';
import { programmeGuard } from './programme-guard.js';

const tags = ['Consent'];
const isoDate = z.iso.date().refine((d) => !d.startsWith('0000'), { message: 'errors.invalidDate' });
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const approvalParams = z.object({ programmeId: idParam('programmeId'), approvalId: idParam('approvalId') });

const ApprovalInputSchema = z.object({
  committee: z.string().trim().min(1).max(300),
  reference: z.string().trim().max(200).default(''),
  status: z.enum(ethicsStatuses),
  decidedOn: isoDate.nullable().default(null),
  conditions: z.string().trim().max(5000).default(''),
  covers: z.array(z.enum(ethicsCollections)).max(ethicsCollections.length).default([]),
}).strict().openapi('EthicsApprovalInput');
const ApprovalSchema = z.object({
  id: z.string(), committee: z.string(), reference: z.string(), status: z.enum(ethicsStatuses), decidedOn: z.string().nullable(), conditions: z.string(),
  covers: z.array(z.enum(ethicsCollections)), documentName: z.string().nullable(), createdAt: z.string(),
}).openapi('EthicsApproval');
const RegisterSchema = z.object({ approvals: z.array(ApprovalSchema), waitFor: z.array(z.enum(ethicsCollections)) }).openapi('EthicsRegister');
const WaitsSchema = z.object({ waitFor: z.array(z.enum(ethicsCollections)).max(ethicsCollections.length) }).strict().openapi('EthicsWaits');

type Row = Awaited<ReturnType<typeof ethicsRegister>>['approvals'][number];
const toDto = (a: Row) => ({ ...a, createdAt: a.createdAt.toISOString() });

/** The programme's register of ethics approvals and what data collection waits for one: coordinators. */
export const ethicsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/ethics-approvals', tags, 'x-policy': 'consent.manage',
      summary: 'Ethics approvals (committee, reference, decision, conditions) and the data collection that waits for one',
      request: { params: programmeParams }, responses: { 200: jsonContent(RegisterSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      const register = await ethicsRegister(c.get('db'), programmeId);
      return c.json({ approvals: register.approvals.map(toDto), waitFor: register.waitFor }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/ethics-approvals', tags, 'x-policy': 'consent.manage',
      summary: 'Register an approval (planned, applied for or decided)',
      request: { params: programmeParams, body: jsonBody(ApprovalInputSchema) }, responses: { 201: jsonContent(ApprovalSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toDto(await createEthicsApproval(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/ethics-approvals/{approvalId}', tags, 'x-policy': 'consent.manage',
      summary: 'Change an approval (e.g. the committee has decided)',
      request: { params: approvalParams, body: jsonBody(ApprovalInputSchema) }, responses: { 200: jsonContent(ApprovalSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, approvalId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toDto(await updateEthicsApproval(c.get('db'), c.get('actor')!, programmeId, approvalId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/ethics-approvals/{approvalId}/document', tags, 'x-policy': 'consent.manage',
      summary: 'Attach the decision letter: the raw file as the body (at most 10 MB), its name in ?name=',
      request: { params: approvalParams, query: UploadQuery }, responses: { 204: { description: 'Stored' }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, approvalId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const bytes = await readUpload(await c.req.arrayBuffer());
      await attachEthicsDocument(c.get('db'), c.get('actor')!, programmeId, approvalId, { name: c.req.valid('query').name ?? 'vedtak', bytes }, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/ethics-approvals/{approvalId}/document', tags, 'x-policy': 'consent.manage',
      summary: 'Download the decision letter',
      request: { params: approvalParams },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, approvalId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      const doc = await ethicsDocument(c.get('db'), programmeId, approvalId);
      return c.body(new Uint8Array(doc.bytes!), 200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${encodeURIComponent(doc.name ?? 'vedtak')}"` });
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/ethics-waits', tags, 'x-policy': 'consent.manage',
      summary: 'Which data collection waits for an approved approval (linked surveys, transcript import, recordings)',
      request: { params: programmeParams, body: jsonBody(WaitsSchema) }, responses: { 200: jsonContent(WaitsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json({ waitFor: await setEthicsWaits(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json').waitFor, c.get('requestId')) }, 200);
    },
  );
