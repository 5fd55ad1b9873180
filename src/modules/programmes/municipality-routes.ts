import { createRoute, z } from '@hono/zod-openapi';
import { unauthenticated } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { AddMunicipalitySchema, MunicipalitySchema, toMunicipalityDto } from './dto.js';
import { addProgrammeMunicipality, getProgrammeMunicipality, listProgrammeMunicipalities, removeProgrammeMunicipality } from './municipalities.js';
import { norwayMunicipalities } from './norway-municipalities.js';
import { authorizeProgramme } from './policy.js';

const tags = ['Municipalities'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const municipalityParams = programmeParams.extend({ municipalityId: idParam('municipalityId') });

const NorwayMunicipalitySchema = z.object({ number: z.string(), name: z.string(), county: z.string() }).openapi('NorwayMunicipality');

export const municipalityRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/norway-municipalities', tags, 'x-policy': 'signed-in',
      summary: "Norway's municipalities with their official numbers (2024)",
      responses: { 200: jsonContent(z.array(NorwayMunicipalitySchema)), ...errorResponses },
    }),
    async (c) => {
      if (!c.get('actor')) throw unauthenticated();
      c.header('Cache-Control', 'private, max-age=86400');
      return c.json(norwayMunicipalities.map((m) => ({ ...m })), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/municipalities', tags, 'x-policy': 'municipality.read',
      summary: 'Participating municipalities (a municipal contact sees their own)',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(MunicipalitySchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeProgramme(c.get('actor'), 'municipality.read', { programmeId })!;
      const rows = await listProgrammeMunicipalities(c.get('db'), programmeId, scope.municipalities);
      return c.json(rows.map(toMunicipalityDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/municipalities', tags, 'x-policy': 'municipality.manage',
      summary: 'Add a participating municipality by its official number',
      request: { params: programmeParams, body: jsonBody(AddMunicipalitySchema) },
      responses: { 201: jsonContent(MunicipalitySchema, 'Added'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'municipality.manage', { programmeId });
      const added = await addProgrammeMunicipality(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json').number, c.get('requestId'));
      return c.json(toMunicipalityDto(added), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/municipalities/{municipalityId}', tags, 'x-policy': 'municipality.read',
      summary: 'One participating municipality',
      request: { params: municipalityParams },
      responses: { 200: jsonContent(MunicipalitySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, municipalityId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'municipality.read', { programmeId, municipalityId });
      return c.json(toMunicipalityDto(await getProgrammeMunicipality(c.get('db'), programmeId, municipalityId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/municipalities/{municipalityId}', tags, 'x-policy': 'municipality.manage',
      summary: 'Remove a municipality (and its services) from the programme',
      request: { params: municipalityParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, municipalityId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'municipality.manage', { programmeId, municipalityId });
      await removeProgrammeMunicipality(c.get('db'), c.get('actor')!, programmeId, municipalityId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
