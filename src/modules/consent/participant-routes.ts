import { createRoute, z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import { DomainError, notFound } from '../../lib/errors.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { recordAudit } from '../audit/record.js';
import { reissueParticipantLink } from '../people/links.js';
import { programmeGuard } from './programme-guard.js';
import { ConsentStatusSchema, PaperConsentInputSchema, PersonalLinkSchema, UploadQuery } from './dto.js';
import { currentLetter } from './letters.js';
import { participantFor } from './participant-access.js';
import { listPurposes } from './purposes.js';
import { attachScan, consentHistory, consentStatus, getScan, maxScanBytes, recordConsents } from './record.js';
import { offeredWithdrawal } from './withdrawal-choice.js';
import type { Executor } from '../../db/client.js';
import type { Participant } from '../people/participant.js';

const tags = ['Consent'];
const participantParams = z.object({ programmeId: idParam('programmeId'), participantId: idParam('participantId') });
const consentParams = participantParams.extend({ consentId: idParam('consentId') });

async function statusOf(db: Executor, person: Participant) {
  const purposes = await listPurposes(db, person.programmeId);
  const standing = await consentStatus(db, person.id);
  const history = await consentHistory(db, person.id);
  return {
    code: person.code,
    withdrawalChoice: await offeredWithdrawal(db, person),
    purposes: purposes.map((p) => {
      const s = standing.find((x) => x.purposeKey === p.key);
      return { key: p.key, label: p.label, answer: s ? (s.granted ? 'granted' as const : 'refused' as const) : 'none' as const, method: s?.method ?? null, recordedAt: s?.recordedAt.toISOString() ?? null, signedOn: s?.signedOn ?? null };
    }),
    history: history.map((h) => ({ ...h, recordedAt: h.recordedAt.toISOString(), withdrawnAt: h.withdrawnAt?.toISOString() ?? null })),
  };
}

/** Raw request bodies up to 10 MB (the app's limit for these paths); refused when empty. */
export async function readUpload(body: ArrayBuffer): Promise<Buffer> {
  if (body.byteLength === 0) throw new DomainError(400, 'errors.validation', {}, [{ path: 'file', key: 'errors.fileRequired' }]);
  if (body.byteLength > maxScanBytes) throw new DomainError(413, 'errors.fileTooLarge', { max: 10 });
  return Buffer.from(body);
}

export const participantConsentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/participants/{participantId}/consents', tags, 'x-policy': 'consent.participant.read',
      summary: 'A participant’s standing answer per purpose, every recorded answer (scans listed, not included) and what withdrawal offers',
      request: { params: participantParams },
      responses: { 200: jsonContent(ConsentStatusSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const person = await participantFor(c.get('db'), c.get('actor'), 'consent.participant.read', programmeId, participantId);
      return c.json(await statusOf(c.get('db'), person), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/participants/{participantId}/paper-consents', tags, 'x-policy': 'consent.participant.record',
      summary: 'Record a signed paper form against the current letter (in the participant’s language unless given); you are recorded as who did it',
      request: { params: participantParams, body: jsonBody(PaperConsentInputSchema) },
      responses: { 201: jsonContent(ConsentStatusSchema, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const db = c.get('db');
      const person = await participantFor(db, c.get('actor'), 'consent.participant.record', programmeId, participantId);
      await programmeGuard(db, programmeId, true);
      const input = c.req.valid('json');
      const letter = (await currentLetter(db, programmeId, input.language ?? person.language)) ?? (await currentLetter(db, programmeId, 'nb'));
      if (!letter) throw new DomainError(409, 'errors.noLetter');
      const answers = Object.fromEntries(input.grantedPurposeKeys.map((k) => [k, true]));
      await recordConsents(db, { participantId, programmeId, letter, answers, method: 'paper', recordedBy: c.get('actor')!.userId, signedOn: input.signedOn, requestId: c.get('requestId') });
      return c.json(await statusOf(db, person), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/programmes/{programmeId}/participants/{participantId}/consents/{consentId}/scan', tags, 'x-policy': 'consent.participant.record',
      summary: 'Attach the scanned paper form to a recorded consent: the raw file as the body (at most 10 MB), its name in ?name=',
      request: { params: consentParams, query: UploadQuery },
      responses: { 204: { description: 'Stored' }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId, consentId } = c.req.valid('param');
      const db = c.get('db');
      await participantFor(db, c.get('actor'), 'consent.participant.record', programmeId, participantId);
      await programmeGuard(db, programmeId, true);
      const bytes = await readUpload(await c.req.arrayBuffer());
      if (!(await attachScan(db, c.get('actor')!.userId, programmeId, participantId, consentId, { name: c.req.valid('query').name ?? 'samtykke', bytes }, c.get('requestId')))) throw notFound();
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/participants/{participantId}/consents/{consentId}/scan', tags, 'x-policy': 'consent.participant.read',
      summary: 'Download the scanned paper form',
      request: { params: consentParams },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId, consentId } = c.req.valid('param');
      await participantFor(c.get('db'), c.get('actor'), 'consent.participant.read', programmeId, participantId);
      const scan = await getScan(c.get('db'), participantId, consentId);
      if (!scan?.bytes) throw notFound();
      return c.body(new Uint8Array(scan.bytes), 200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': `attachment; filename="${encodeURIComponent(scan.name ?? 'scan')}"` });
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/participants/{participantId}/personal-link', tags, 'x-policy': 'consent.participant.record',
      summary: 'Reissue the personal link (consent, withdrawal): earlier links stop working; the new one, with its QR code as SVG, is shown once and only its hash is stored',
      request: { params: participantParams },
      responses: { 201: jsonContent(PersonalLinkSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, participantId } = c.req.valid('param');
      const db = c.get('db');
      await participantFor(db, c.get('actor'), 'consent.participant.record', programmeId, participantId);
      await programmeGuard(db, programmeId, true);
      const url = await reissueParticipantLink(db, participantId, c.get('deps').config.publicUrl);
      await recordAudit(db, { actorId: c.get('actor')!.userId, action: 'participant.link_issue', entity: 'participant', entityId: participantId, programmeId, requestId: c.get('requestId') });
      const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return c.json({ url, qrSvg }, 201);
    },
  );
