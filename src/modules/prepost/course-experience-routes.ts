import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, idParam, jsonContent } from '../../http/openapi.js';
import { getProgramme } from '../programmes/programmes.js';
import { listCourseEvaluationInstruments } from '../questionnaires/course-evaluation-data.js';
import { courseExperienceView, sendFreeTextToAnalysis } from './course-experience-service.js';
import { authorizePrePost, visibleCourseMunicipalities } from './policy.js';

const tags = ['Pre/post results'];
const base = '/programmes/{programmeId}/course-experience';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const instrumentParams = programmeParams.extend({ instrumentId: idParam('instrumentId') });
const anyJson = (description: string) => jsonContent(z.any().openapi({ description }));

export const courseExperienceRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: base, tags, 'x-policy': 'prepost.read',
      summary: 'Instruments used for course evaluations (single-wave surveys tied to a course activity)',
      request: { params: programmeParams }, responses: { 200: anyJson('{ instrumentId, title, templateKey }[]'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePrePost(c.get('actor'), 'prepost.read', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      return c.json(await listCourseEvaluationInstruments(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/{instrumentId}`, tags, 'x-policy': 'prepost.read',
      summary: 'The course evaluation summarised: answer distributions per item per course, pilot vs later courses, the experience scale, free-text answers',
      description: 'A municipal contact sees only their municipality’s courses; courses with fewer answers than the small-cell threshold are suppressed for them.',
      request: { params: instrumentParams }, responses: { 200: anyJson('{ title, summary: { courses, groups, items, scales, freeText } }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      const { scope, mayShowSmall } = authorizePrePost(c.get('actor'), 'prepost.read', { programmeId });
      return c.json(await courseExperienceView(c.get('db'), programmeId, instrumentId, { visible: visibleCourseMunicipalities(scope), mayShowSmall }, c.get('lang')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/{instrumentId}/send-to-analysis`, tags, 'x-policy': 'prepost.send-to-analysis',
      summary: 'Send the free-text answers to the qualitative workspace: one `survey_free_text` document per course (pseudonymised on import), to be coded there',
      request: { params: instrumentParams }, responses: { 201: anyJson('{ created: { documentId, title }[] }'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, instrumentId } = c.req.valid('param');
      authorizePrePost(c.get('actor'), 'prepost.send-to-analysis', { programmeId });
      const result = await sendFreeTextToAnalysis(c.get('db'), c.get('actor')!, programmeId, instrumentId, { dataDir: c.get('deps').config.dataDir }, c.get('lang'), c.get('requestId'));
      return c.json(result, 201);
    },
  );
