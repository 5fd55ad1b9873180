import { createRoute, z } from '@hono/zod-openapi';
import type { Language } from '../../i18n/index.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { courseDocx } from './course-export.js';
import { addCourseHolder, listCourseHolders, removeCourseHolder } from './course-holders.js';
import { CourseSchema, HolderInputSchema, HolderSchema, MaterialInputSchema, ModuleInputSchema, ModulePatchSchema } from './course-dto.js';
import './course-personal-data.js';
import { addMaterial, courseOverview, createCourseModule, deleteCourseModule, getCourseModule, updateCourseModule, valuesDocument } from './course.js';
import { authorizeCourse } from './policy.js';

const tags = ['Co-design: course'];
const base = '/programmes/{programmeId}/codesign/course';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const moduleParams = programmeParams.extend({ courseModuleId: idParam('courseModuleId') });
const holderParams = programmeParams.extend({ courseHolderId: idParam('courseHolderId') });
const Created = z.object({ id: z.string() });
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The training course: modules answering target areas, their materials, the values document, the Word export and the course holders. */
export const courseRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: base, tags, 'x-policy': 'codesign.course.read', summary: 'The course: modules with their target areas and materials, and the values document', request: { params: programmeParams }, responses: { 200: jsonContent(CourseSchema), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.read', { programmeId });
      return c.json(await courseOverview(c.get('db'), programmeId), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/modules`, tags, 'x-policy': 'codesign.course.write', summary: 'Add a course module answering one or more target areas', request: { params: programmeParams, body: jsonBody(ModuleInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.write', { programmeId });
      const row = await createCourseModule(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: row.id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'patch', path: `${base}/modules/{courseModuleId}`, tags, 'x-policy': 'codesign.course.write', summary: 'Change a module’s title, aims, order or target areas', request: { params: moduleParams, body: jsonBody(ModulePatchSchema) }, responses: { 200: jsonContent(Created), ...errorResponses } }),
    async (c) => {
      const { programmeId, courseModuleId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.write', { programmeId });
      await updateCourseModule(c.get('db'), c.get('actor')!, programmeId, courseModuleId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: courseModuleId }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${base}/modules/{courseModuleId}`, tags, 'x-policy': 'codesign.course.write', summary: 'Delete a module and its materials', request: { params: moduleParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, courseModuleId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.write', { programmeId });
      await deleteCourseModule(c.get('db'), c.get('actor')!, programmeId, courseModuleId, c.get('requestId'));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/modules/{courseModuleId}/materials`, tags, 'x-policy': 'codesign.course.write', summary: 'Add a material to a module: written in the app or uploaded (then upload its file as a version)', request: { params: moduleParams, body: jsonBody(MaterialInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId, courseModuleId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.write', { programmeId });
      const doc = await addMaterial(c.get('db'), c.get('actor')!, programmeId, courseModuleId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: doc.id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/values-document`, tags, 'x-policy': 'codesign.course.write', summary: 'The programme’s values document (Verdigrunnlag), made on first use', request: { params: programmeParams }, responses: { 200: jsonContent(Created), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.write', { programmeId });
      const doc = await valuesDocument(c.get('db'), c.get('actor')!, programmeId, true, undefined, c.get('requestId'));
      return c.json({ id: doc!.id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}.docx`, tags, 'x-policy': 'codesign.course.read', summary: 'The whole course, or one module (?courseModuleId=), as a Word document',
      request: { params: programmeParams, query: z.object({ courseModuleId: z.string().uuid().optional(), language: z.enum(['nb', 'nn', 'en']).optional() }) },
      responses: { 200: { description: 'The .docx', content: { [docxType]: { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.course.read', { programmeId });
      const { courseModuleId, language } = c.req.valid('query');
      if (courseModuleId) await getCourseModule(c.get('db'), programmeId, courseModuleId);
      const lang: Language = language ?? c.get('lang');
      const { bytes, fileName } = await courseDocx(c.get('db'), programmeId, lang, courseModuleId);
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': docxType, 'Content-Disposition': `attachment; filename="${fileName}"` });
    },
  )
  .openapi(
    createRoute({ method: 'get', path: `${base}/holders`, tags, 'x-policy': 'codesign.course.read', summary: 'Who may deliver the course in each municipality', request: { params: programmeParams }, responses: { 200: jsonContent(z.array(HolderSchema)), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeCourse(c.get('actor'), 'codesign.course.read', { programmeId });
      return c.json(await listCourseHolders(c.get('db'), c.get('actor')!, scope, programmeId), 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: `${base}/holders`, tags, 'x-policy': 'codesign.holders.write', summary: 'Record a course holder (a participant or staff user trained in the municipality)', request: { params: programmeParams, body: jsonBody(HolderInputSchema) }, responses: { 201: jsonContent(Created, 'Created'), ...errorResponses } }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.holders.write', { programmeId });
      const row = await addCourseHolder(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: row.id }, 201);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: `${base}/holders/{courseHolderId}`, tags, 'x-policy': 'codesign.holders.write', summary: 'Remove a course holder', request: { params: holderParams }, responses: { 204: noContent, ...errorResponses } }),
    async (c) => {
      const { programmeId, courseHolderId } = c.req.valid('param');
      authorizeCourse(c.get('actor'), 'codesign.holders.write', { programmeId });
      await removeCourseHolder(c.get('db'), c.get('actor')!, programmeId, courseHolderId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
