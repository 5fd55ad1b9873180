import { createRoute, z } from '@hono/zod-openapi';
import { DomainError } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { CodesignGroupInputSchema, CodesignGroupSchema, WorkshopItemInputSchema, WorkshopLinkSchema } from './course-dto.js';
import { addWorkshop, createCodesignGroup, deleteCodesignGroup, getCodesignGroup, listCodesignGroups } from './groups.js';
import { authorizeCourse } from './policy.js';
import { addWorkshopItem, deleteWorkshopItem, groupWorkshops, workshopPhoto } from './workshops.js';

const tags = ['Co-design: groups and workshops'];
const base = '/programmes/{programmeId}/codesign/groups';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const groupParams = programmeParams.extend({ codesignGroupId: idParam('codesignGroupId') });
const itemParams = groupParams.extend({ workshopItemId: idParam('workshopItemId') });
const Created = z.object({ id: z.string() });

/** Co-design groups per target area and what their workshops produced. */
export const workshopRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: base, tags, 'x-policy': 'codesign.course.read', summary: 'Co-design groups with members, workshops, ideas, storyboards, photos, decisions and action plans', request: { params: programmeParams }, responses: { 200: jsonContent(z.array(CodesignGroupSchema)), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeCourse(c.get('actor'), 'codesign.course.read', { programmeId });
      const db = c.get('db');
      const out = [];
      for (const g of await listCodesignGroups(db, programmeId)) {
        out.push({
          id: g.row.id, groupId: g.group.id, name: g.group.name, targetArea: { id: g.targetArea.id, title: g.targetArea.title },
          members: g.group.members.map((m) => ({ id: m.id, kind: m.userId ? ('staff' as const) : ('participant' as const), role: m.role })),
          workshops: await groupWorkshops(db, c.get('actor')!, scope, programmeId, g.row.id, g.workshopIds),
        });
      }
      return c.json(out, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: base, tags, 'x-policy': 'codesign.groups.write', summary: 'Start a co-design group for a target area (members are added like any group’s)', request: { params: programmeParams, body: jsonBody(CodesignGroupInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.groups.write', { programmeId });
      const row = await createCodesignGroup(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: row.id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${base}/{codesignGroupId}`, tags, 'x-policy': 'codesign.groups.write', summary: 'Delete a co-design group with its group and workshop records', request: { params: groupParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, codesignGroupId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.groups.write', { programmeId });
      await deleteCodesignGroup(c.get('db'), c.get('actor')!, programmeId, codesignGroupId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/{codesignGroupId}/workshops`, tags, 'x-policy': 'codesign.groups.write', summary: 'Link a co-design workshop (an activity) to the group', request: { params: groupParams, body: jsonBody(WorkshopLinkSchema) }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, codesignGroupId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.groups.write', { programmeId });
      await addWorkshop(c.get('db'), c.get('actor')!, programmeId, codesignGroupId, c.req.valid('json').activityId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/{codesignGroupId}/items`, tags, 'x-policy': 'codesign.groups.write', summary: 'Record an idea or a storyboard step from a workshop, credited to a participant if given', request: { params: groupParams, body: jsonBody(WorkshopItemInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId, codesignGroupId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.groups.write', { programmeId });
      return c.json(await addWorkshopItem(c.get('db'), c.get('actor')!, programmeId, codesignGroupId, c.req.valid('json'), c.get('requestId')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{codesignGroupId}/photos`, tags, 'x-policy': 'codesign.groups.write', summary: 'Upload a photo of the board (PNG or JPEG, at most 5 MB)',
      description: 'multipart/form-data with `file`, `activityId` and optionally `text` (a caption).', request: { params: groupParams }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codesignGroupId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.groups.write', { programmeId });
      await getCodesignGroup(c.get('db'), programmeId, codesignGroupId);
      const form = (c.req.header('content-type') ?? '').startsWith('multipart/form-data') ? await c.req.parseBody() : {};
      const file = form.file;
      if (!(file instanceof File)) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'documents.errors.noFile' }]);
      const activityId = z.string().uuid().safeParse(form.activityId);
      if (!activityId.success) throw new DomainError(400, 'errors.validation', {}, [{ path: 'activityId', key: 'errors.required' }]);
      const text = typeof form.text === 'string' ? form.text.slice(0, 500) : '';
      const row = await addWorkshopItem(c.get('db'), c.get('actor')!, programmeId, codesignGroupId, { activityId: activityId.data, kind: 'board_photo', text, photo: Buffer.from(await file.arrayBuffer()) }, c.get('requestId'));
      return c.json(row, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{codesignGroupId}/items/{workshopItemId}/photo`, tags, 'x-policy': 'codesign.course.read', summary: 'A photo of the board',
      request: { params: itemParams }, responses: { 200: { description: 'The image', content: { 'image/png': { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, codesignGroupId, workshopItemId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.read', { programmeId });
      const photo = await workshopPhoto(c.get('db'), programmeId, codesignGroupId, workshopItemId);
      return c.body(new Uint8Array(photo.bytes), 200, { 'Content-Type': photo.type, 'Cache-Control': 'private, max-age=86400' });
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${base}/{codesignGroupId}/items/{workshopItemId}`, tags, 'x-policy': 'codesign.groups.write', summary: 'Delete an idea, storyboard step or photo', request: { params: itemParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, codesignGroupId, workshopItemId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.groups.write', { programmeId });
      await deleteWorkshopItem(c.get('db'), c.get('actor')!, programmeId, codesignGroupId, workshopItemId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
