import { createRoute, z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import { MemberCheckSchema, MemberCheckStartedSchema, MemberCheckStartSchema, PersonalLinkSchema, memberCheckDto } from './member-check-dto.js';
import { getMemberCheck, listMemberChecks, newRecipientLink, startMemberCheck } from './member-checks.js';
import { authorizeAnalysis } from './policy.js';

const tags = ['Analysis'];
const base = '/programmes/{programmeId}/analysis';
const documentParams = z.object({ programmeId: idParam('programmeId'), documentId: idParam('documentId') });
const checkParams = z.object({ programmeId: idParam('programmeId'), checkId: idParam('checkId') });
const recipientParams = checkParams.extend({ recipientId: idParam('recipientId') });
const qr = (url: string) => QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

/** Member checking: send a document's (pseudonymised) text back to the participants present, collect their comments. */
export const memberCheckRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/documents/{documentId}/member-checks`, tags, 'x-policy': 'analysis.read',
      summary: 'Member checks of a document: recipients (codes) with sent / opened / responded and their comments',
      request: { params: documentParams }, responses: { 200: jsonContent(z.array(MemberCheckSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      return c.json((await listMemberChecks(c.get('db'), programmeId, documentId)).map(memberCheckDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/documents/{documentId}/member-checks`, tags, 'x-policy': 'analysis.write',
      summary: 'Start a member check: a personal link per participant present (consent to focus_group required), e-mailed in their language; links and QR codes of those without e-mail come back once',
      request: { params: documentParams, body: jsonBody(MemberCheckStartSchema) }, responses: { 201: jsonContent(MemberCheckStartedSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, documentId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const { config } = c.get('deps');
      const done = await startMemberCheck(c.get('db'), c.get('actor')!, programmeId, documentId, c.req.valid('json'), { publicUrl: config.publicUrl }, c.get('requestId'));
      const links = await Promise.all(done.links.map(async (l) => ({ ...l, qrSvg: l.url ? await qr(l.url) : null })));
      return c.json({ check: memberCheckDto(done.check), links }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/member-checks/{checkId}`, tags, 'x-policy': 'analysis.read', summary: 'One member check with its recipients and their comments',
      request: { params: checkParams }, responses: { 200: jsonContent(MemberCheckSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, checkId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.read', { programmeId });
      return c.json(memberCheckDto(await getMemberCheck(c.get('db'), programmeId, checkId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/member-checks/{checkId}/recipients/{recipientId}/link`, tags, 'x-policy': 'analysis.write',
      summary: 'A fresh personal link to the member check for one recipient, with its QR code as SVG, to hand out; shown once',
      request: { params: recipientParams }, responses: { 201: jsonContent(PersonalLinkSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, checkId, recipientId } = c.req.valid('param');
      authorizeAnalysis(c.get('actor'), 'analysis.write', { programmeId });
      const url = await newRecipientLink(c.get('db'), c.get('actor')!, programmeId, checkId, recipientId, c.get('deps').config.publicUrl, c.get('requestId'));
      return c.json({ url, qrSvg: await qr(url) }, 201);
    },
  );
