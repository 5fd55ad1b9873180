import { createRoute, z } from '@hono/zod-openapi';
import { programmeGuard } from '../consent/programme-guard.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent } from '../../http/openapi.js';
import { authorizePrivacy } from './policy.js';
import { createRule, deleteRule, listRules, updateRule, type RetentionRule } from './retention-rules.js';

const tags = ['Privacy'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const ruleParams = z.object({ programmeId: idParam('programmeId'), ruleId: idParam('ruleId') });
const isoDate = z.iso.date().refine((d) => !d.startsWith('0000'), { message: 'errors.invalidDate' });
const dataKind = z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, { message: 'errors.invalidOption' });
const RuleInputSchema = z.object({ dataKind, action: z.enum(['delete', 'anonymise']), deleteBy: isoDate }).strict().openapi('RetentionRuleInput');
const RulePatchSchema = z.object({ dataKind, action: z.enum(['delete', 'anonymise']), deleteBy: isoDate }).partial().strict().openapi('RetentionRulePatch');
const RuleSchema = z
  .object({ id: z.string(), dataKind: z.string(), action: z.enum(['delete', 'anonymise']), deleteBy: z.string(), warnedAt: z.string().nullable(), executedAt: z.string().nullable(), outcome: z.unknown() })
  .openapi('RetentionRule');
const toDto = (r: RetentionRule) => ({ id: r.id, dataKind: r.dataKind, action: r.action, deleteBy: r.deleteBy, warnedAt: r.warnedAt?.toISOString() ?? null, executedAt: r.executedAt?.toISOString() ?? null, outcome: r.outcome ?? null });

export const retentionRuleRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/retention-rules', tags, 'x-policy': 'privacy.manage',
      summary: 'Deletion dates per kind of data, soonest first, with what the job has done',
      request: { params: programmeParams },
      responses: { 200: jsonContent(z.array(RuleSchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, false);
      return c.json((await listRules(c.get('db'), programmeId)).map(toDto), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/retention-rules', tags, 'x-policy': 'privacy.manage',
      summary: 'Add a deletion date for a kind of data (participant_contact_details, consent_scans, participants …)',
      request: { params: programmeParams, body: jsonBody(RuleInputSchema) },
      responses: { 201: jsonContent(RuleSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toDto(await createRule(c.get('db'), c.get('actor')!, programmeId, c.req.valid('json'), c.get('requestId'))), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/retention-rules/{ruleId}', tags, 'x-policy': 'privacy.manage',
      summary: 'Change a rule that has not been carried out yet',
      request: { params: ruleParams, body: jsonBody(RulePatchSchema) },
      responses: { 200: jsonContent(RuleSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, ruleId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      return c.json(toDto(await updateRule(c.get('db'), c.get('actor')!, programmeId, ruleId, c.req.valid('json'), c.get('requestId'))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/programmes/{programmeId}/retention-rules/{ruleId}', tags, 'x-policy': 'privacy.manage',
      summary: 'Remove a rule',
      request: { params: ruleParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, ruleId } = c.req.valid('param');
      authorizePrivacy(c.get('actor'), { programmeId });
      await programmeGuard(c.get('db'), programmeId, true);
      await deleteRule(c.get('db'), c.get('actor')!, programmeId, ruleId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
