import { createRoute, z } from '@hono/zod-openapi';
import { languages } from '../../i18n/index.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent, queryInt, uuidLike } from '../../http/openapi.js';
import { listProgrammeAudit } from '../audit/list.js';
import { getProgramme } from '../programmes/programmes.js';
import { authorizeAccess } from './policy.js';
import { appointRole, getProgrammeRole, listProgrammeRoles, revokeRole } from './roles.js';
import { programmeRoleNames } from './schema.js';

const tags = ['Roles and audit'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });

const RoleSchema = z
  .object({ id: z.string(), userId: z.string(), name: z.string(), email: z.string(), role: z.enum(programmeRoleNames), municipalityId: z.string().nullable() })
  .openapi('ProgrammeRole');

const AppointSchema = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    role: z.enum(programmeRoleNames),
    municipalityIds: z.array(z.string().regex(uuidLike, { message: 'errors.invalidId' })).max(400).optional(),
    language: z.enum(languages).optional(),
  })
  .openapi('AppointRole');

const AuditEntrySchema = z
  .object({
    id: z.number(), at: z.string(), actorId: z.string().nullable(), action: z.string(), entity: z.string(),
    entityId: z.string().nullable(), before: z.unknown(), after: z.unknown(),
  })
  .openapi('AuditEntry');

export const accessRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/roles', tags, 'x-policy': 'role.read',
      summary: 'Who has which role in the programme',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(RoleSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAccess(c.get('actor'), 'role.read', programmeId);
      return c.json(await listProgrammeRoles(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/roles', tags, 'x-policy': 'role.appoint',
      summary: 'Give a person a role (creates their account if needed); coordinators are appointed by an administrator',
      request: { params: programmeParams, body: jsonBody(AppointSchema) },
      responses: { 201: jsonContent(z.array(RoleSchema), 'Appointed'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const input = c.req.valid('json');
      authorizeAccess(c.get('actor'), 'role.appoint', programmeId, input.role);
      const { user, roles } = await appointRole(c.get('db'), c.get('actor')!, programmeId, input, c.get('requestId'));
      return c.json(roles.map((r) => ({ id: r.id, userId: user.id, name: user.name, email: user.email, role: r.role, municipalityId: r.municipalityId })), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/roles/{roleId}', tags, 'x-policy': 'role.appoint',
      summary: 'Take a role away',
      request: { params: programmeParams.extend({ roleId: idParam('roleId') }) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, roleId } = c.req.valid('param');
      authorizeAccess(c.get('actor'), 'role.read', programmeId);
      const role = await getProgrammeRole(c.get('db'), programmeId, roleId);
      authorizeAccess(c.get('actor'), 'role.appoint', programmeId, role.role);
      await revokeRole(c.get('db'), c.get('actor')!, programmeId, roleId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/audit', tags, 'x-policy': 'audit.read',
      summary: "The programme's audit log, newest first",
      request: {
        params: programmeParams,
        query: z.object({ before: queryInt(1, 999_999_999).optional(), limit: queryInt(1, 500).optional() }),
      },
      responses: { 200: jsonContent(z.array(AuditEntrySchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeAccess(c.get('actor'), 'audit.read', programmeId);
      await getProgramme(c.get('db'), programmeId);
      const { before, limit } = c.req.valid('query');
      const rows = await listProgrammeAudit(c.get('db'), programmeId, { before, limit: limit ?? 100 });
      return c.json(rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorId: r.actorId, action: r.action, entity: r.entity, entityId: r.entityId, before: r.before, after: r.after })), 200);
    },
  );
