import { createRoute, z } from '@hono/zod-openapi';
import { unauthenticated } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { programmeRoleNames } from '../access/schema.js';
import { ProgrammeInputSchema, ProgrammePatchSchema, ProgrammeSchema, toProgrammeDto } from './dto.js';
import { authorizeProgramme } from './policy.js';
import { createProgramme, getProgramme, listProgrammes, programmeCounts, setProgrammeArchived, updateProgramme } from './programmes.js';
import { municipalityRoutes } from './municipality-routes.js';
import { serviceRoutes } from './service-routes.js';

const tags = ['Programmes'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });

const ProgrammeOverviewSchema = ProgrammeSchema.extend({
  myRoles: z.array(z.enum([...programmeRoleNames, 'admin'])),
  /** Where the caller is municipal contact: they may keep the services there. */
  myContactMunicipalityIds: z.array(z.string()),
  counts: z.object({ municipalities: z.number(), services: z.number() }),
}).openapi('ProgrammeOverview');

export const programmesRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes', tags, 'x-policy': 'programme.read',
      summary: 'Programmes you take part in (all of them for an administrator)',
      request: { query: z.object({ archived: z.enum(['true', 'false']).optional() }) },
      responses: { 200: jsonContent(z.array(ProgrammeSchema)), ...errorResponses },
    }),
    async (c) => {
      const actor = c.get('actor');
      if (!actor) throw unauthenticated();
      const rows = await listProgrammes(c.get('db'), actor, { includeArchived: c.req.valid('query').archived === 'true' });
      return c.json(rows.map(toProgrammeDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes', tags, 'x-policy': 'programme.create',
      summary: 'Create a programme (instance administrators)',
      request: { body: jsonBody(ProgrammeInputSchema) },
      responses: { 201: jsonContent(ProgrammeSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      authorizeProgramme(c.get('actor'), 'programme.create');
      const created = await createProgramme(c.get('db'), c.get('actor')!, c.req.valid('json'), c.get('requestId'));
      return c.json(toProgrammeDto(created), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}', tags, 'x-policy': 'programme.read',
      summary: 'A programme with its counts and your roles in it',
      request: { params: programmeParams },
      responses: { 200: jsonContent(ProgrammeOverviewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeProgramme(c.get('actor'), 'programme.read', { programmeId })!;
      const db = c.get('db');
      const programme = await getProgramme(db, programmeId);
      const counts = await programmeCounts(db, programmeId, scope.municipalities);
      const myRoles = [...scope.roles, ...(c.get('actor')!.isAdmin ? (['admin'] as const) : [])];
      return c.json({ ...toProgrammeDto(programme), myRoles, myContactMunicipalityIds: [...scope.contactMunicipalities], counts }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}', tags, 'x-policy': 'programme.update',
      summary: 'Change name, kind, period, description or small-cell threshold',
      request: { params: programmeParams, body: jsonBody(ProgrammePatchSchema) },
      responses: { 200: jsonContent(ProgrammeSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'programme.update', { programmeId });
      const updated = await updateProgramme(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json(toProgrammeDto(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/archive', tags, 'x-policy': 'programme.update',
      summary: 'Archive a programme (it becomes read-only; can be restored)',
      request: { params: programmeParams },
      responses: { 200: jsonContent(ProgrammeSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'programme.update', { programmeId });
      const updated = await setProgrammeArchived(c.get('db'), c.get('actor')!, programmeId, true, c.get('requestId'));
      return c.json(toProgrammeDto(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/unarchive', tags, 'x-policy': 'programme.update',
      summary: 'Restore an archived programme',
      request: { params: programmeParams },
      responses: { 200: jsonContent(ProgrammeSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'programme.update', { programmeId });
      const updated = await setProgrammeArchived(c.get('db'), c.get('actor')!, programmeId, false, c.get('requestId'));
      return c.json(toProgrammeDto(updated), 200);
    },
  )
  .route('/', municipalityRoutes)
  .route('/', serviceRoutes);
