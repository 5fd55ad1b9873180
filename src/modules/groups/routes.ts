import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { GroupInputSchema, GroupPatchSchema, GroupsOverviewSchema, MemberInputSchema } from './dto.js';
import { createGroup, createMissingImprovementTeams, deleteGroup, getGroup, updateGroup } from './groups.js';
import { addMember, removeMember } from './members.js';
import { groupsOverview } from './overview.js';
import { authorizeGroups } from './policy.js';

const tags = ['Groups'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const groupParams = z.object({ programmeId: idParam('programmeId'), groupId: idParam('groupId') });
const memberParams = z.object({ programmeId: idParam('programmeId'), groupId: idParam('groupId'), memberId: idParam('memberId') });
const Created = z.object({ id: z.string() });

export const groupRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/groups', tags, 'x-policy': 'group.read',
      summary: 'Groups with members, and municipalities lacking a contact person',
      request: { params: programmeParams },
      responses: { 200: jsonContent(GroupsOverviewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeGroups(c.get('actor'), 'group.read', { programmeId });
      return c.json(await groupsOverview(c.get('db'), c.get('actor')!, scope, programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/groups', tags, 'x-policy': 'group.manage',
      summary: 'Create a group (an improvement team needs its municipality)',
      request: { params: programmeParams, body: jsonBody(GroupInputSchema) },
      responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeGroups(c.get('actor'), 'group.manage', { programmeId });
      const created = await createGroup(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: created.id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/groups/improvement-teams', tags, 'x-policy': 'group.manage',
      summary: 'Create an improvement team for every municipality that has none',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.object({ created: z.number() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeGroups(c.get('actor'), 'group.manage', { programmeId });
      return c.json({ created: await createMissingImprovementTeams(c.get('db'), c.get('actor')!, programmeId, c.get('requestId')) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/groups/{groupId}', tags, 'x-policy': 'group.write',
      summary: 'Change name, mandate, work plan or meeting times',
      request: { params: groupParams, body: jsonBody(GroupPatchSchema) },
      responses: { 200: jsonContent(Created), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, groupId } = c.req.valid('param');
      authorizeGroups(c.get('actor'), 'group.read', { programmeId });
      const group = await getGroup(c.get('db'), programmeId, groupId);
      authorizeGroups(c.get('actor'), 'group.write', { programmeId, group });
      await updateGroup(c.get('db'), c.get('actor')!, programmeId, groupId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: groupId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/groups/{groupId}', tags, 'x-policy': 'group.manage',
      summary: 'Delete a group and its memberships',
      request: { params: groupParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, groupId } = c.req.valid('param');
      authorizeGroups(c.get('actor'), 'group.read', { programmeId });
      const group = await getGroup(c.get('db'), programmeId, groupId);
      authorizeGroups(c.get('actor'), 'group.manage', { programmeId, group });
      await deleteGroup(c.get('db'), c.get('actor')!, programmeId, groupId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/groups/{groupId}/members', tags, 'x-policy': 'group.write',
      summary: 'Add a staff user or a participant to a group',
      request: { params: groupParams, body: jsonBody(MemberInputSchema) },
      responses: { 201: jsonContent(Created, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, groupId } = c.req.valid('param');
      authorizeGroups(c.get('actor'), 'group.read', { programmeId });
      const group = await getGroup(c.get('db'), programmeId, groupId);
      const scope = authorizeGroups(c.get('actor'), 'group.write', { programmeId, group });
      const any = c.get('actor')!.isAdmin || scope.roles.has('coordinator');
      const created = await addMember(c.get('db'), c.get('actor')!, group, c.req.valid('json'), (m) => any || scope.contactMunicipalities.has(m), c.get('requestId'));
      return c.json({ id: created.id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/groups/{groupId}/members/{memberId}', tags, 'x-policy': 'group.write',
      summary: 'Remove a member from a group',
      request: { params: memberParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, groupId, memberId } = c.req.valid('param');
      authorizeGroups(c.get('actor'), 'group.read', { programmeId });
      const group = await getGroup(c.get('db'), programmeId, groupId);
      authorizeGroups(c.get('actor'), 'group.write', { programmeId, group });
      await removeMember(c.get('db'), c.get('actor')!, group, memberId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
