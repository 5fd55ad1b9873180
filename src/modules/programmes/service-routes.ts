import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { ServiceInputSchema, ServicePatchSchema, ServiceSchema, toServiceDto } from './dto.js';
import { authorizeProgramme } from './policy.js';
import { authorizedService, createService, deleteService, listServices, updateService } from './services.js';

const tags = ['Services'];
const municipalityParams = z.object({ programmeId: idParam('programmeId'), municipalityId: idParam('municipalityId') });
const serviceParams = z.object({ programmeId: idParam('programmeId'), serviceId: idParam('serviceId') });

export const serviceRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/municipalities/{municipalityId}/services', tags, 'x-policy': 'service.read',
      summary: "A municipality's services in the programme",
      request: { params: municipalityParams },
      responses: { 200: jsonContent(z.array(ServiceSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, municipalityId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'service.read', { programmeId, municipalityId });
      return c.json((await listServices(c.get('db'), programmeId, municipalityId)).map(toServiceDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/municipalities/{municipalityId}/services', tags, 'x-policy': 'service.write',
      summary: 'Register a service',
      request: { params: municipalityParams, body: jsonBody(ServiceInputSchema) },
      responses: { 201: jsonContent(ServiceSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, municipalityId } = c.req.valid('param');
      authorizeProgramme(c.get('actor'), 'service.write', { programmeId, municipalityId });
      const created = await createService(c.get('db'), c.get('actor')!, programmeId, municipalityId, c.req.valid('json'), c.get('requestId'));
      return c.json(toServiceDto(created), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/services/{serviceId}', tags, 'x-policy': 'service.read',
      summary: 'One service',
      request: { params: serviceParams },
      responses: { 200: jsonContent(ServiceSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, serviceId } = c.req.valid('param');
      const service = await authorizedService(c.get('db'), c.get('actor'), 'service.read', programmeId, serviceId);
      return c.json(toServiceDto(service), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/services/{serviceId}', tags, 'x-policy': 'service.write',
      summary: 'Change a service',
      request: { params: serviceParams, body: jsonBody(ServicePatchSchema) },
      responses: { 200: jsonContent(ServiceSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, serviceId } = c.req.valid('param');
      await authorizedService(c.get('db'), c.get('actor'), 'service.write', programmeId, serviceId);
      const updated = await updateService(c.get('db'), c.get('actor')!, programmeId, serviceId, c.req.valid('json'), c.get('requestId'));
      return c.json(toServiceDto(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/services/{serviceId}', tags, 'x-policy': 'service.write',
      summary: 'Delete a service',
      request: { params: serviceParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, serviceId } = c.req.valid('param');
      await authorizedService(c.get('db'), c.get('actor'), 'service.write', programmeId, serviceId);
      await deleteService(c.get('db'), c.get('actor')!, programmeId, serviceId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
