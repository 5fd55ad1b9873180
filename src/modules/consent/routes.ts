import { createRoute, z } from '@hono/zod-openapi';
import { programmeGuard } from './programme-guard.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { agreementRoutes } from './agreement-routes.js';
import { ethicsRoutes } from './ethics-routes.js';
import { LetterInputSchema, LetterPatchSchema, LetterSchema, PurposeInputSchema, PurposePatchSchema, PurposeSchema, ConsentSummarySchema, toLetterDto, toPurposeDto } from './dto.js';
import { createLetter, getLetter, listLetters, publishLetter, updateLetter } from './letters.js';
import { participantConsentRoutes } from './participant-routes.js';
import { authorizeConsent } from './policy.js';
import { createPurpose, deletePurpose, listPurposes, updatePurpose } from './purposes.js';
import { consentCounts } from './status.js';
import { mayShowSmallCells, protectCount } from '../../lib/small-cells.js';
import { getProgramme } from '../programmes/programmes.js';

const tags = ['Consent'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const purposeParams = z.object({ programmeId: idParam('programmeId'), purposeId: idParam('purposeId') });
const letterParams = z.object({ programmeId: idParam('programmeId'), letterId: idParam('letterId') });

export const consentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/consent-purposes', tags, 'x-policy': 'consent.purposes.read',
      summary: 'What consent can be asked for in the programme, with labels in nb, nn and en',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(PurposeSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.purposes.read', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json((await listPurposes(c.get('db'), programmeId)).map(toPurposeDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/consent-purposes', tags, 'x-policy': 'consent.manage',
      summary: 'Add a purpose (key such as interview_recording)',
      request: { params: programmeParams, body: jsonBody(PurposeInputSchema) },
      responses: { 201: jsonContent(PurposeSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const created = await createPurpose(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json(toPurposeDto(created), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/consent-purposes/{purposeId}', tags, 'x-policy': 'consent.manage',
      summary: 'Change a purpose’s labels (the key stays)',
      request: { params: purposeParams, body: jsonBody(PurposePatchSchema) },
      responses: { 200: jsonContent(PurposeSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, purposeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      const updated = await updatePurpose(c.get('db'), c.get('actor')!, programmeId, purposeId, c.req.valid('json').label, c.get('requestId'));
      return c.json(toPurposeDto(updated), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/consent-purposes/{purposeId}', tags, 'x-policy': 'consent.manage',
      summary: 'Delete a purpose no letter asks for and nobody has answered',
      request: { params: purposeParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, purposeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      await deletePurpose(c.get('db'), c.get('actor')!, programmeId, purposeId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/information-letters', tags, 'x-policy': 'consent.purposes.read',
      summary: 'Every version of the information letters, per language (newest first)',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(LetterSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.purposes.read', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json((await listLetters(c.get('db'), programmeId)).map(toLetterDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/information-letters', tags, 'x-policy': 'consent.manage',
      summary: 'Start a draft in a language (replaces the open draft there, if any)',
      request: { params: programmeParams, body: jsonBody(LetterInputSchema) },
      responses: { 201: jsonContent(LetterSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toLetterDto(await createLetter(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/information-letters/{letterId}', tags, 'x-policy': 'consent.manage',
      summary: 'Edit a draft; editing a published version makes a new draft version instead (the answer is that draft)',
      request: { params: letterParams, body: jsonBody(LetterPatchSchema) },
      responses: { 200: jsonContent(LetterSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, letterId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toLetterDto(await updateLetter(c.get('db'), c.get('actor')!, programmeId, letterId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/information-letters/{letterId}/publish', tags, 'x-policy': 'consent.manage',
      summary: 'Publish a draft; from then on it never changes (publishing again does nothing)',
      request: { params: letterParams },
      responses: { 200: jsonContent(LetterSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, letterId } = c.req.valid('param');
      authorizeConsent(c.get('actor'), 'consent.manage', { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      await getLetter(c.get('db'), programmeId, letterId);
      return c.json(toLetterDto(await publishLetter(c.get('db'), c.get('actor')!, programmeId, letterId, c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/consent-summary', tags, 'x-policy': 'consent.summary',
      summary: 'How many participants have consented, per purpose (counts only)',
      request: { params: programmeParams },
      responses: { 200: jsonContent(ConsentSummarySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeConsent(c.get('actor'), 'consent.summary', { programmeId });
      const db = c.get('db');
      const programme = await getProgramme(db, programmeId);
      const counts = await consentCounts(db, programmeId, scope.municipalities);
      // The same small-cell rule as the recruitment overview: observers, facilitators and contacts get 1..threshold-1 suppressed.
      const mayShowSmall = mayShowSmallCells({ roles: scope.roles, isAdmin: c.get('actor')!.isAdmin });
      const purposes = (await listPurposes(db, programmeId)).map((p) => {
        const shown = protectCount(counts[p.key] ?? 0, programme.smallCellThreshold, mayShowSmall);
        return { key: p.key, consented: shown.value, suppressed: shown.suppressed };
      });
      return c.json({ purposes, threshold: programme.smallCellThreshold }, 200);
    },
  )
  .route('/', participantConsentRoutes)
  .route('/', agreementRoutes)
  .route('/', ethicsRoutes);
