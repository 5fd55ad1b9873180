import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, uuidLike } from '../../http/openapi.js';
import { membershipsOfParticipant } from '../groups/memberships.js';
import { ParticipantInputSchema, ParticipantPatchSchema, ParticipantSchema, RecruitmentsSchema, toParticipantDto } from './dto.js';
import { importRoutes } from './import-routes.js';
import { createParticipant, authorizedParticipant, listParticipants, updateParticipant } from './participants.js';
import { authorizePeople, seesIdentity } from './policy.js';
import { recruitmentRoutes } from './recruitment-routes.js';
import { setRecruitments } from './recruitments.js';
import { participantRoles } from './schema.js';
import { canSeeMunicipality } from '../access/actor.js';

const tags = ['People'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const municipalityParams = z.object({ programmeId: idParam('programmeId'), municipalityId: idParam('municipalityId') });
const participantParams = z.object({ programmeId: idParam('programmeId'), participantId: idParam('participantId') });
const listQuery = z.object({
  municipalityId: z.string().regex(uuidLike, { message: 'errors.invalidId' }).optional(),
  role: z.enum(participantRoles).optional(),
});

const ParticipantDetailSchema = ParticipantSchema.extend({
  groups: z.array(z.object({ groupId: z.string(), groupName: z.string(), kind: z.string(), role: z.string() })),
  canEdit: z.boolean(),
}).openapi('ParticipantDetail');

export const peopleRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/participants', tags, 'x-policy': 'participant.read',
      summary: 'Participants (codes for everyone; names and contact details only for those who recruit)',
      request: { params: programmeParams, query: listQuery },
      responses: { 200: jsonContent(z.array(ParticipantSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const actor = c.get('actor');
      const scope = authorizePeople(actor, 'participant.read', { programmeId });
      const filter = c.req.valid('query');
      if (filter.municipalityId && !canSeeMunicipality(scope, filter.municipalityId)) return c.json([], 200);
      const rows = await listParticipants(c.get('db'), programmeId, scope.municipalities, filter);
      return c.json(rows.map((p) => toParticipantDto(actor!, scope, p)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/municipalities/{municipalityId}/participants', tags, 'x-policy': 'participant.write',
      summary: 'Register a participant; they get the next pseudonymous code of the municipality',
      request: { params: municipalityParams, body: jsonBody(ParticipantInputSchema) },
      responses: { 201: jsonContent(ParticipantSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, municipalityId } = c.req.valid('param');
      const scope = authorizePeople(c.get('actor'), 'participant.write', { programmeId, municipalityId });
      const created = await createParticipant(c.get('db'), c.get('actor')!, programmeId, { ...c.req.valid('json'), municipalityId }, c.get('requestId'));
      return c.json(toParticipantDto(c.get('actor')!, scope, created), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/participants/{participantId}', tags, 'x-policy': 'participant.read',
      summary: 'One participant with recruitment and group memberships',
      request: { params: participantParams },
      responses: { 200: jsonContent(ParticipantDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const actor = c.get('actor');
      const db = c.get('db');
      const { participant: p, scope } = await authorizedParticipant(db, actor, 'participant.read', programmeId, participantId);
      const [withActivities] = await listParticipants(db, programmeId, new Set([p.municipalityId]), { municipalityId: p.municipalityId }).then((rows) => rows.filter((r) => r.id === p.id));
      const groups = (await membershipsOfParticipant(db, p.id)).map(({ since: _since, ...g }) => g);
      let canEdit = true;
      try { authorizePeople(actor, 'participant.write', { programmeId, municipalityId: p.municipalityId }); } catch { canEdit = false; }
      return c.json({ ...toParticipantDto(actor!, scope, withActivities ?? p), groups, canEdit: canEdit && seesIdentity(actor!, scope, p.municipalityId) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/participants/{participantId}', tags, 'x-policy': 'participant.write',
      summary: 'Change a participant (the code never changes)',
      request: { params: participantParams, body: jsonBody(ParticipantPatchSchema) },
      responses: { 200: jsonContent(ParticipantSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const actor = c.get('actor');
      const db = c.get('db');
      const { scope } = await authorizedParticipant(db, actor, 'participant.write', programmeId, participantId);
      const patch = c.req.valid('json');
      // Moving someone needs write access at the destination too.
      if (patch.municipalityId) authorizePeople(actor, 'participant.write', { programmeId, municipalityId: patch.municipalityId });
      const updated = await updateParticipant(db, actor!, programmeId, participantId, patch, c.get('requestId'));
      return c.json(toParticipantDto(actor!, scope, updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/participants/{participantId}/recruitments', tags, 'x-policy': 'participant.write',
      summary: 'The activity types a participant is recruited to',
      request: { params: participantParams, body: jsonBody(RecruitmentsSchema) },
      responses: { 200: jsonContent(RecruitmentsSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const db = c.get('db');
      const { participant: p } = await authorizedParticipant(db, c.get('actor'), 'participant.write', programmeId, participantId);
      const activityTypes = await setRecruitments(db, c.get('actor')!, p, c.req.valid('json').activityTypes, c.get('requestId'));
      return c.json({ activityTypes: activityTypes as z.infer<typeof RecruitmentsSchema>['activityTypes'] }, 200);
    },
  )
  .route('/', importRoutes)
  .route('/', recruitmentRoutes);
