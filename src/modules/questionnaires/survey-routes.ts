import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent, uuidLike } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import { notFound } from '../../lib/errors.js';
import { memberScope } from '../access/actor.js';
import { programmeGuard } from '../consent/programme-guard.js';
import { LocalTextSchema } from './definition.js';
import { disablePublicLink, enablePublicLink, publicLinkQrSvg, surveyProgress, surveyReliability } from './distribution.js';
import { inviteParticipants } from './invitations.js';
import { surveyDeliveries } from './deliveries.js';
import { serverKey } from './keys.js';
import { pairingSummary } from './pairing-ops.js';
import { authorizeQuestionnaires, type QuestionnaireAction } from './policy.js';
import { surveyDisplays, surveyModes } from './schema.js';
import { createSurveys, getSurvey, listSurveys, setSurveyStatus, updateSurvey } from './surveys.js';

const tags = ['Questionnaires'];
const base = '/programmes/{programmeId}/surveys';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const surveyParams = programmeParams.extend({ surveyId: idParam('surveyId') });
const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const anyJson = (description: string) => jsonContent(z.any().openapi({ description }));
const instant = z.string().datetime({ offset: true });
const title = z.union([z.string().trim().min(1).max(200), LocalTextSchema]);

const SurveyInputSchema = z
  .object({
    instrumentVersionId: id,
    title: title.optional(),
    municipalityId: id.nullable().optional(),
    mode: z.enum(surveyModes),
    display: z.enum(surveyDisplays).optional(),
    wave: z.enum(['single', 'pre', 'post']).optional(),
    waves: z.array(z.enum(['pre', 'post'])).min(1).max(2).optional(),
    waveGroupId: id.optional(),
    activityId: id.nullable().optional(),
    askPairingCode: z.boolean().optional(),
    opensAt: instant.nullable().optional(),
    closesAt: instant.nullable().optional(),
    reminderHoursBeforeClose: z.number().int().min(1).max(24 * 60).nullable().optional(),
  })
  .strict();
const SurveyPatchSchema = SurveyInputSchema.pick({ title: true, display: true, mode: true, askPairingCode: true, opensAt: true, closesAt: true, reminderHoursBeforeClose: true }).partial().strict();
const InviteSchema = z.union([
  z.object({ participantIds: z.array(id).min(1).max(5000) }).strict(),
  z.object({ groupId: id }).strict(),
  z.object({ municipality: z.literal(true) }).strict(),
]);

/** Loads the survey (404 outside the programme) and checks the action against its municipality. */
async function authorizedSurvey(c: Context<AppEnv>, action: QuestionnaireAction) {
  const { programmeId, surveyId } = c.req.param() as { programmeId: string; surveyId: string };
  // Signed in and a member first (401 / 404), then the survey's own municipality decides.
  memberScope(c.get('actor'), programmeId);
  const survey = await getSurvey(c.get('db'), programmeId, surveyId);
  const scope = authorizeQuestionnaires(c.get('actor'), action, { programmeId, municipalityId: survey.municipalityId });
  return { survey, scope };
}
const keyOf = (c: Context<AppEnv>) => serverKey({ dataDir: c.get('deps').config.dataDir });

export const surveyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'surveys.read',
      summary: 'The surveys the caller may see (a municipal contact: their municipalities’); `?waveGroupId=` for one pre/post group',
      request: { params: programmeParams, query: z.object({ waveGroupId: id.optional() }) }, responses: { 200: anyJson('Survey[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeQuestionnaires(c.get('actor'), 'surveys.read', { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json(await listSurveys(c.get('db'), programmeId, scope, c.req.valid('query')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: base, tags, 'x-policy': 'surveys.manage',
      summary: 'A survey of a published version, or with `waves: ["pre","post"]` a pre/post pair around an activity sharing a new waveGroupId',
      request: { params: programmeParams, body: jsonBody(SurveyInputSchema) }, responses: { 201: anyJson('{ surveys: Survey[] }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const input = c.req.valid('json');
      authorizeQuestionnaires(c.get('actor'), 'surveys.manage', { programmeId, municipalityId: input.municipalityId ?? undefined });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json({ surveys: await createSurveys(c.get('db'), c.get('actor')!, programmeId, input, c.get('requestId')) }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/{surveyId}`, tags, 'x-policy': 'surveys.read', summary: 'One survey', request: { params: surveyParams }, responses: { 200: anyJson('Survey'), ...errorResponses } }),
    async (c) => c.json((await authorizedSurvey(c, 'surveys.read')).survey, 200),
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/{surveyId}`, tags, 'x-policy': 'surveys.manage',
      summary: 'Change title, display, window or reminder; mode and the pairing code only before anyone has answered',
      request: { params: surveyParams, body: jsonBody(SurveyPatchSchema) }, responses: { 200: anyJson('Survey'), ...errorResponses },
    }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.manage');
      await programmeGuard(c.get('db'), survey.programmeId, true);
      return c.json(await updateSurvey(c.get('db'), c.get('actor')!, survey.programmeId, survey.id, c.req.valid('json'), c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/{surveyId}/open`, tags, 'x-policy': 'surveys.manage', summary: 'Open the survey for answers (within its window)', request: { params: surveyParams }, responses: { 200: anyJson('Survey'), ...errorResponses } }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.manage');
      await programmeGuard(c.get('db'), survey.programmeId, true);
      return c.json(await setSurveyStatus(c.get('db'), c.get('actor')!, survey.programmeId, survey.id, 'open', c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/{surveyId}/close`, tags, 'x-policy': 'surveys.manage', summary: 'Close the survey: links then show that it is closed', request: { params: surveyParams }, responses: { 200: anyJson('Survey'), ...errorResponses } }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.manage');
      await programmeGuard(c.get('db'), survey.programmeId, true);
      return c.json(await setSurveyStatus(c.get('db'), c.get('actor')!, survey.programmeId, survey.id, 'closed', c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{surveyId}/invitations`, tags, 'x-policy': 'surveys.distribute',
      summary: 'Personal links for `{participantIds}`, a `{groupId}` or the survey’s `{municipality: true}`: e-mailed in each person’s language; links for people without e-mail come back once (`handOut`)',
      request: { params: surveyParams, body: jsonBody(InviteSchema) }, responses: { 200: anyJson('{ invited, emailed, alreadyInvited, handOut }'), ...errorResponses },
    }),
    async (c) => {
      const { survey, scope } = await authorizedSurvey(c, 'surveys.distribute');
      await programmeGuard(c.get('db'), survey.programmeId, true);
      const ctx = { publicUrl: c.get('deps').config.publicUrl, key: await keyOf(c) };
      return c.json(await inviteParticipants(c.get('db'), c.get('actor')!, survey, c.req.valid('json'), scope.municipalities, ctx, c.get('requestId')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{surveyId}/public-link`, tags, 'x-policy': 'surveys.distribute',
      summary: 'Turn on the public link (anonymous surveys only) and get its address; the same address each time',
      request: { params: surveyParams }, responses: { 200: anyJson('{ url }'), ...errorResponses },
    }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.distribute');
      await programmeGuard(c.get('db'), survey.programmeId, true);
      const url = await enablePublicLink(c.get('db'), c.get('actor')!, survey, await keyOf(c), c.get('deps').config.publicUrl, c.get('requestId'));
      return c.json({ url }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${base}/{surveyId}/public-link`, tags, 'x-policy': 'surveys.distribute', summary: 'Turn the public link (and its QR code) off', request: { params: surveyParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.distribute');
      await disablePublicLink(c.get('db'), c.get('actor')!, survey, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{surveyId}/qr.svg`, tags, 'x-policy': 'surveys.distribute',
      summary: 'The public link as a QR code (SVG) to print or show on a screen; 404 while the public link is off',
      request: { params: surveyParams }, responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } }, ...errorResponses },
    }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.distribute');
      const svg = await publicLinkQrSvg(survey, await keyOf(c), c.get('deps').config.publicUrl);
      if (!svg) throw notFound();
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' });
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/{surveyId}/progress`, tags, 'x-policy': 'surveys.read', summary: 'Counts: invited, e-mailed, reminded, answered; responses started and complete; e-mail deliveries (queued / sent / failed, failures by code)', request: { params: surveyParams }, responses: { 200: anyJson('Progress'), ...errorResponses } }),
    async (c) => {
      const { survey, scope } = await authorizedSurvey(c, 'surveys.read');
      // `deliveries`: the e-mails' queued / sent / failed counts and each failure by participant code.
      return c.json({ ...(await surveyProgress(c.get('db'), survey)), deliveries: await surveyDeliveries(c.get('db'), survey, scope.municipalities) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{surveyId}/pairing`, tags, 'x-policy': 'surveys.results',
      summary: 'Pre/post pairing of the survey’s wave group: matched, unmatched (pre without post, post without pre) and ambiguous (the same code twice in a wave) — counts only',
      request: { params: surveyParams }, responses: { 200: anyJson('Pairing summary'), ...errorResponses },
    }),
    async (c) => {
      const { survey } = await authorizedSurvey(c, 'surveys.results');
      if (!survey.waveGroupId) return c.json({ waveGroupId: null, matched: 0, unmatched: 0, unmatchedPre: 0, unmatchedPost: 0, ambiguous: 0, ambiguousResponses: 0, withoutKey: { pre: 0, post: 0 }, surveys: [] }, 200);
      return c.json(await pairingSummary(c.get('db'), survey.programmeId, survey.waveGroupId), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/{surveyId}/reliability`, tags, 'x-policy': 'surveys.results', summary: 'Cronbach’s alpha per scale over the survey’s complete responses', request: { params: surveyParams }, responses: { 200: anyJson('Reliability'), ...errorResponses } }),
    async (c) => c.json(await surveyReliability(c.get('db'), (await authorizedSurvey(c, 'surveys.results')).survey), 200),
  );
