import { createRoute, z } from '@hono/zod-openapi';
import { notFound } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonContent } from '../../http/openapi.js';
import { recordAudit } from '../audit/record.js';
import { getParticipant } from '../people/personal-data.js';
import { accessExport } from './access-export.js';
import { authorizePrivacy } from './policy.js';
import { retentionRuleRoutes } from './retention-routes.js';
import { textHitRoutes } from './text-hit-routes.js';
import { withdrawParticipant } from './withdraw.js';

const tags = ['Privacy'];
const participantParams = z.object({ programmeId: idParam('programmeId'), participantId: idParam('participantId') });

export const privacyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/participants/{participantId}/consents', tags, 'x-policy': 'privacy.manage',
      summary: 'Withdraw the person (no reason asked). The letter decides erase or anonymise; when it lets the person choose, pass ?choice=. Only a withdrawal record with the code remains.',
      request: { params: participantParams, query: z.object({ choice: z.enum(['erase', 'anonymise']).optional() }) },
      responses: { 200: jsonContent(z.object({ code: z.string(), choice: z.enum(['erase', 'anonymise']), textHits: z.number().int().openapi({ description: 'Places in free text put on the to-do list' }) }).openapi('Withdrawal')), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      const person = await getParticipant(c.get('db'), programmeId, participantId);
      if (!person) throw notFound();
      authorizePrivacy(c.get('actor'), { programmeId, municipalityId: person.municipalityId });
      const done = await withdrawParticipant(c.get('db'), { programmeId, participantId, choice: c.req.valid('query').choice, via: 'coordinator', actorId: c.get('actor')!.userId, requestId: c.get('requestId') });
      return c.json(done, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/participants/{participantId}/access-export', tags, 'x-policy': 'privacy.manage',
      summary: 'Everything held about the person (GDPR art. 15) as a downloadable JSON file',
      request: { params: participantParams },
      responses: { 200: { description: 'The file (Content-Disposition: attachment)', content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      const db = c.get('db');
      const person = await getParticipant(db, programmeId, participantId);
      if (!person) throw notFound();
      authorizePrivacy(c.get('actor'), { programmeId, municipalityId: person.municipalityId });
      const doc = await accessExport(db, programmeId, participantId);
      await recordAudit(db, { actorId: c.get('actor')!.userId, action: 'privacy.access_export', entity: 'participant', entityId: participantId, programmeId, requestId: c.get('requestId') });
      c.header('Content-Disposition', `attachment; filename="innsyn-${person.code}.json"`);
      c.header('Cache-Control', 'no-store');
      return c.json(doc, 200);
    },
  )
  .route('/', retentionRuleRoutes)
  .route('/', textHitRoutes);
