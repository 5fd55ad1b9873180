import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { createRouter, errorResponses, idParam, jsonContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { memberScope } from '../access/actor.js';
import { CandidatesSchema, IssuedLinkSchema } from '../activities/attendance-dto.js';
import { programmeGuard } from '../consent/programme-guard.js';
import { serverKey } from './keys.js';
import { authorizeQuestionnaires } from './policy.js';
import { issueSurveyLink, surveyRecipients } from './survey-recipients.js';
import { getSurvey } from './surveys.js';

/** Choosing whom to send a survey to, and printing one person's link (issue 15). */
const tags = ['Questionnaires'];
const surveyParams = z.object({ programmeId: idParam('programmeId'), surveyId: idParam('surveyId') });
const personParams = surveyParams.extend({ participantId: idParam('participantId') });

async function authorizedSurvey(c: Context<AppEnv>, programmeId: string, surveyId: string) {
  memberScope(c.get('actor'), programmeId);
  const survey = await getSurvey(c.get('db'), programmeId, surveyId);
  const scope = authorizeQuestionnaires(c.get('actor'), 'surveys.distribute', { programmeId, municipalityId: survey.municipalityId });
  return { survey, scope };
}

export const surveyRecipientRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/surveys/{surveyId}/recipients', tags, 'x-policy': 'surveys.distribute',
      summary: 'Everyone the survey can be sent to, with municipality, role, groups and consent to filter on, and why a send would skip someone',
      request: { params: surveyParams }, responses: { 200: jsonContent(CandidatesSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, surveyId } = c.req.valid('param');
      const { survey, scope } = await authorizedSurvey(c, programmeId, surveyId);
      return c.json(await surveyRecipients(c.get('db'), c.get('actor')!, scope, survey), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/surveys/{surveyId}/invitations/{participantId}/link', tags, 'x-policy': 'surveys.distribute',
      summary: 'A new personal link for one invited person, to print; the earlier link stops working; shown once, only its hash is stored',
      request: { params: personParams }, responses: { 201: jsonContent(IssuedLinkSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, surveyId, participantId } = c.req.valid('param');
      const { survey, scope } = await authorizedSurvey(c, programmeId, surveyId);
      await programmeGuard(c.get('db'), programmeId, true);
      const ctx = { publicUrl: c.get('deps').config.publicUrl, key: await serverKey({ dataDir: c.get('deps').config.dataDir }) };
      const issued = await issueSurveyLink(c.get('db'), c.get('actor')!, scope, survey, participantId, ctx, c.get('requestId'));
      return c.json({ ...issued, qrSvg: await QRCode.toString(issued.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) }, 201);
    },
  );
