import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import type { Language } from '../../i18n/index.js';
import { invalidField } from '../../lib/errors.js';
import { listProgrammeRoles } from '../access/roles.js';
import { listUsersByIds } from '../auth/users.js';
import { analysisCatalogue, sourceCatalogue } from './catalogue.js';
import { createDisseminationItem, deleteDisseminationItem, getDisseminationItem, listDissemination, updateDisseminationItem } from './dissemination.js';
import {
  DisseminationInputSchema, DisseminationListSchema, DisseminationPatchSchema, IdSchema, OverviewSchema, PlanSchema, QuestionInputSchema, QuestionPatchSchema,
  SteeringCandidatesSchema, SteeringInputSchema, TemplateInputSchema,
} from './dto.js';
import { addTemplateQuestions, createQuestion, deleteQuestion, getQuestion, listEvaluationQuestions, questionHistory, updateQuestion } from './evaluation-questions.js';
import { programmeOverview } from './overview.js';
import './personal-data.js';
import { authorizeReports, mayEditPlan } from './policy.js';
import { steeringCandidates, steeringReportDocx } from './steering.js';
import { sourceKinds, analysisKinds } from './vocabulary.js';

const tags = ['Reports'];
const base = '/programmes/{programmeId}/reports';
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const questionParams = programmeParams.extend({ questionId: idParam('questionId') });
const itemParams = programmeParams.extend({ disseminationId: idParam('disseminationId') });
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function ctx(c: Context<AppEnv>) {
  return { db: c.get('db'), actor: c.get('actor')!, requestId: c.get('requestId'), lang: c.get('lang') as Language };
}

/** An owner must be staff of the programme (anyone holding a role in it). */
async function assertOwner(c: Context<AppEnv>, programmeId: string, ownerUserId: string | null | undefined) {
  if (!ownerUserId) return;
  const staff = await listProgrammeRoles(c.get('db'), programmeId);
  if (!staff.some((s) => s.userId === ownerUserId)) throw invalidField('ownerUserId', 'reports.errors.unknownOwner');
}

export const reportsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: `${base}/overview`, tags, 'x-policy': 'reports.read',
      summary: 'What to do next: progress against the plan per municipality (activities planned and held, EBCD stage or gatherings, recruitment against targets, consent) and what needs attention today, each with the page where it is done',
      request: { params: programmeParams }, responses: { 200: jsonContent(OverviewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeReports(c.get('actor'), 'reports.read', { programmeId });
      const { db, actor, lang } = ctx(c);
      return c.json(await programmeOverview(db, actor, scope, programmeId, lang), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/steering/decisions`, tags, 'x-policy': 'reports.read',
      summary: 'Open decisions and follow-up points recorded at activities, to pick for the steering group’s progress report',
      request: { params: programmeParams }, responses: { 200: jsonContent(SteeringCandidatesSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeReports(c.get('actor'), 'reports.read', { programmeId });
      return c.json(await steeringCandidates(c.get('db'), scope, programmeId, ctx(c).lang), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/steering-report.docx`, tags, 'x-policy': 'reports.read',
      summary: 'The steering group’s progress report as Word: status against the plan, what needs attention, and the decisions needed (picked and typed)',
      request: { params: programmeParams, body: jsonBody(SteeringInputSchema) },
      responses: { 200: { description: 'The .docx', content: { [docxType]: { schema: z.any() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeReports(c.get('actor'), 'reports.read', { programmeId });
      const { db, actor, lang } = ctx(c);
      const { bytes, fileName } = await steeringReportDocx(db, actor, scope, programmeId, c.req.valid('json'), lang);
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': docxType, 'Content-Disposition': `attachment; filename="${encodeURIComponent(fileName)}"` });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/plan`, tags, 'x-policy': 'reports.read',
      summary: 'The evaluation plan: questions with their sources, analyses, status and status history, and what they can be linked to',
      request: { params: programmeParams }, responses: { 200: jsonContent(PlanSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeReports(c.get('actor'), 'reports.read', { programmeId });
      const { db, actor, lang } = ctx(c);
      const questions = await listEvaluationQuestions(db, programmeId, lang);
      const history = await questionHistory(db, questions.map((q) => q.id));
      const users = new Map((await listUsersByIds(db, [...new Set(history.map((h) => h.changedBy).filter((id): id is string => !!id))])).map((u) => [u.id, u.name]));
      const sources = (await sourceCatalogue(db, programmeId, lang)).filter((e): e is typeof e & { kind: (typeof sourceKinds)[number] } => (sourceKinds as readonly string[]).includes(e.kind));
      const analyses = analysisCatalogue(lang).filter((e): e is typeof e & { kind: (typeof analysisKinds)[number] } => (analysisKinds as readonly string[]).includes(e.kind));
      return c.json({
        mayEdit: mayEditPlan(actor, scope),
        questions: questions.map((q) => ({
          ...q,
          history: history.filter((h) => h.questionId === q.id).map((h) => ({ fromStatus: h.fromStatus, toStatus: h.toStatus, by: (h.changedBy && users.get(h.changedBy)) || '', at: h.changedAt.toISOString() })),
        })),
        catalogue: { sources, analyses },
      }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/plan/questions`, tags, 'x-policy': 'reports.plan', summary: 'Add an evaluation question with its sources and analyses',
      request: { params: programmeParams, body: jsonBody(QuestionInputSchema) }, responses: { 201: jsonContent(IdSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const { db, actor, requestId } = ctx(c);
      return c.json({ id: (await createQuestion(db, actor, programmeId, c.req.valid('json'), requestId)).id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/plan/template`, tags, 'x-policy': 'reports.plan', summary: 'Add seed 004 §2’s two evaluation questions (in the chosen language) as a start',
      request: { params: programmeParams, body: jsonBody(TemplateInputSchema) }, responses: { 201: jsonContent(z.array(IdSchema), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const { db, actor, requestId, lang } = ctx(c);
      const rows = await addTemplateQuestions(db, actor, programmeId, c.req.valid('json').language ?? lang, requestId);
      return c.json(rows.map((r) => ({ id: r.id })), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/plan/questions/{questionId}`, tags, 'x-policy': 'reports.plan', summary: 'Change a question’s wording, sources, analyses, status or position (status changes are kept as history)',
      request: { params: questionParams, body: jsonBody(QuestionPatchSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, questionId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const { db, actor, requestId } = ctx(c);
      const question = await getQuestion(db, programmeId, questionId);
      await updateQuestion(db, actor, question, c.req.valid('json'), requestId);
      return c.json({ id: questionId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/plan/questions/{questionId}`, tags, 'x-policy': 'reports.plan', summary: 'Remove an evaluation question',
      request: { params: questionParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, questionId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const { db, actor, requestId } = ctx(c);
      await deleteQuestion(db, actor, await getQuestion(db, programmeId, questionId), requestId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: `${base}/dissemination`, tags, 'x-policy': 'reports.read', summary: 'The dissemination plan: channels, audiences, dates, owners, status and products',
      request: { params: programmeParams }, responses: { 200: jsonContent(DisseminationListSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeReports(c.get('actor'), 'reports.read', { programmeId });
      const { db, actor } = ctx(c);
      const roles = await listProgrammeRoles(db, programmeId);
      const staff = [...new Map(roles.map((r) => [r.userId, { userId: r.userId, name: r.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
      const names = new Map(staff.map((s) => [s.userId, s.name]));
      const items = (await listDissemination(db, programmeId)).map((i) => ({
        id: i.id, channel: i.channel, title: i.title, audience: i.audience, plannedOn: i.plannedOn, ownerUserId: i.ownerUserId, ownerName: i.ownerUserId ? names.get(i.ownerUserId) ?? null : null,
        ownerRole: i.ownerRole, status: i.status, withParticipants: i.withParticipants, products: i.products.map((p) => ({ kind: p.kind, label: p.label, url: p.url ?? null })), notes: i.notes,
      }));
      return c.json({ mayEdit: mayEditPlan(actor, scope), staff, items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: `${base}/dissemination`, tags, 'x-policy': 'reports.plan', summary: 'Add a line to the dissemination plan',
      request: { params: programmeParams, body: jsonBody(DisseminationInputSchema) }, responses: { 201: jsonContent(IdSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const input = c.req.valid('json');
      await assertOwner(c, programmeId, input.ownerUserId);
      const { db, actor, requestId } = ctx(c);
      return c.json({ id: (await createDisseminationItem(db, actor, programmeId, { ...input, products: input.products?.map((p) => ({ ...p, url: p.url ?? null })) }, requestId)).id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: `${base}/dissemination/{disseminationId}`, tags, 'x-policy': 'reports.plan', summary: 'Change a line of the dissemination plan',
      request: { params: itemParams, body: jsonBody(DisseminationPatchSchema) }, responses: { 200: jsonContent(IdSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, disseminationId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const { db, actor, requestId } = ctx(c);
      const item = await getDisseminationItem(db, programmeId, disseminationId);
      const patch = c.req.valid('json');
      await assertOwner(c, programmeId, patch.ownerUserId);
      await updateDisseminationItem(db, actor, item, { ...patch, products: patch.products?.map((p) => ({ ...p, url: p.url ?? null })) }, requestId);
      return c.json({ id: disseminationId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: `${base}/dissemination/{disseminationId}`, tags, 'x-policy': 'reports.plan', summary: 'Remove a line of the dissemination plan',
      request: { params: itemParams }, responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, disseminationId } = c.req.valid('param');
      authorizeReports(c.get('actor'), 'reports.plan', { programmeId });
      const { db, actor, requestId } = ctx(c);
      await deleteDisseminationItem(db, actor, await getDisseminationItem(db, programmeId, disseminationId), requestId);
      return c.body(null, 204);
    },
  );
