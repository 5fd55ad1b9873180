import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import type { ActivityRow } from './activities.js';
import { activityModes, activityStatuses, decisionKinds, outputKinds } from './schema.js';
import { planTemplates } from './templates.js';
import { calendarDate } from '../../lib/safe-text.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const instant = z.string().datetime({ offset: true });
const iso = (d: Date | null) => (d ? d.toISOString() : null);
// A day that exists (2026-02-30 does not): a translated 400, never PostgreSQL's error.
const day = calendarDate();

export const ActivitySchema = z
  .object({
    id: z.string(), programmeId: z.string(), municipalityId: z.string().nullable(), typeKey: z.string(), variant: z.string().nullable(),
    title: z.string(), name: z.string(), ordinal: z.number().int(), planKey: z.string().nullable(),
    startsAt: z.string().nullable(), endsAt: z.string().nullable(), durationMinutes: z.number().int(), mode: z.enum(activityModes), location: z.string(),
    status: z.enum(activityStatuses), capacity: z.number().int().nullable(), isPilot: z.boolean(), revision: z.number().int(), cancelledReason: z.string().nullable(),
  })
  .openapi('Activity');

export function toActivityDto(a: ActivityRow, name: string): z.infer<typeof ActivitySchema> {
  return {
    id: a.id, programmeId: a.programmeId, municipalityId: a.municipalityId, typeKey: a.typeKey, variant: a.variant, title: a.title, name, ordinal: a.ordinal, planKey: a.planKey,
    startsAt: iso(a.startsAt), endsAt: iso(a.endsAt), durationMinutes: a.durationMinutes, mode: a.mode, location: a.location, status: a.status, capacity: a.capacity,
    isPilot: a.isPilot, revision: a.revision, cancelledReason: a.cancelledReason,
  };
}

export const WarningSchema = z
  .object({ kind: z.enum(['order', 'pilot_not_first']), activityId: z.string(), otherActivityId: z.string(), message: z.string() })
  .openapi('ActivityWarning');

const Labels = z.object({ nb: z.string().trim().min(1).max(200), nn: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const ParticipantSpec = z.object({ role: z.string().trim().min(1).max(60), count: z.number().int().min(0).max(10000), note: z.string().max(200).optional() });

export const ActivityTypeSchema = z
  .object({
    id: z.string(), key: z.string(), labels: z.object({ nb: z.string(), nn: z.string(), en: z.string() }), defaultDurationMinutes: z.number().int(), mode: z.enum(activityModes), recorded: z.boolean(),
    participants: z.array(z.object({ role: z.string(), count: z.number().int(), note: z.string().optional() })), produces: z.array(z.string()),
    pilotExtraMinutes: z.number().int(), defaultCapacity: z.number().int().nullable(), builtIn: z.boolean(),
  })
  .openapi('ActivityType');

const typeFields = {
  labels: Labels, defaultDurationMinutes: z.number().int().min(5).max(60 * 24 * 7), mode: z.enum(activityModes), recorded: z.boolean(),
  participants: z.array(ParticipantSpec).max(20), produces: z.array(z.string().trim().min(1).max(60)).max(20),
  pilotExtraMinutes: z.number().int().min(0).max(600).optional(), defaultCapacity: z.number().int().min(1).max(10000).nullable().optional(),
};
export const ActivityTypeInputSchema = z
  // A refinement rather than a published pattern: any lower-case word of 2–50 letters, digits and _ is a key.
  .object({ key: z.string().max(50).refine((k) => /^[a-z][a-z0-9_]{1,49}$/.test(k), { message: 'errors.invalidType' }), ...typeFields })
  .strict()
  .openapi('ActivityTypeInput');
export const ActivityTypePatchSchema = z.object(typeFields).partial().strict().openapi('ActivityTypePatch');

export const GenerateInputSchema = z.object({ template: z.enum(planTemplates) }).strict().openapi('GeneratePlanInput');
export const GenerateResultSchema = z.object({ created: z.number().int(), existing: z.number().int(), activities: z.number().int() }).openapi('GeneratePlanResult');

export const PlanSchema = z
  .object({
    activities: z.array(ActivitySchema),
    dependencies: z.array(z.object({ activityId: z.string(), afterActivityId: z.string() })),
    warnings: z.array(WarningSchema),
    municipalities: z.array(z.object({ id: z.string(), name: z.string() })),
    types: z.array(ActivityTypeSchema),
    mayPlan: z.boolean(),
  })
  .openapi('ActivityPlan');

export const ActivityInputSchema = z
  .object({ typeKey: z.string().trim().min(1).max(50), municipalityId: id.nullable().optional(), title: z.string().trim().max(200).optional(), variant: z.string().trim().max(40).nullable().optional(), mode: z.enum(activityModes).optional(), location: z.string().max(500).optional(), capacity: z.number().int().min(1).max(10000).nullable().optional() })
  .strict()
  .openapi('ActivityInput');

export const DetailsPatchSchema = z
  .object({ title: z.string().trim().max(200), capacity: z.number().int().min(1).max(10000).nullable(), isPilot: z.boolean(), durationMinutes: z.number().int().min(5).max(60 * 24 * 7) })
  .partial()
  .strict()
  .openapi('ActivityDetailsPatch');

export const ScheduleInputSchema = z
  .object({ startsAt: instant, endsAt: instant.nullable().optional(), location: z.string().max(500).optional(), mode: z.enum(activityModes).optional() })
  .strict()
  .openapi('ActivityScheduleInput');
export const ScheduleResultSchema = z.object({ activity: ActivitySchema, warnings: z.array(WarningSchema) }).openapi('ActivityScheduleResult');
export const CancelInputSchema = z.object({ reason: z.string().max(1000).optional() }).strict().openapi('ActivityCancelInput');
export const DependencyInputSchema = z.object({ afterActivityId: id }).strict().openapi('ActivityDependencyInput');

export const AgendaItemInputSchema = z
  .object({ title: z.string().trim().min(1).max(300), notes: z.string().max(5000).optional(), durationMinutes: z.number().int().min(1).max(1440).nullable().optional() })
  .strict()
  .openapi('AgendaItemInput');
export const AgendaItemPatchSchema = AgendaItemInputSchema.partial().extend({ position: z.number().int().min(1).max(1000).optional() }).strict().openapi('AgendaItemPatch');

export const DecisionInputSchema = z
  .object({ kind: z.enum(decisionKinds), text: z.string().trim().min(1).max(5000), owner: z.string().trim().max(200).optional(), dueOn: day.nullable().optional() })
  .strict()
  .openapi('DecisionInput');
export const DecisionPatchSchema = z
  .object({ text: z.string().trim().min(1).max(5000), owner: z.string().trim().max(200), dueOn: day.nullable(), closed: z.boolean(), closedInActivityId: id.nullable() })
  .partial()
  .strict()
  .openapi('DecisionPatch');
export const DecisionSchema = z
  .object({ id: z.string(), activityId: z.string(), kind: z.enum(decisionKinds), text: z.string(), owner: z.string(), dueOn: z.string().nullable(), closedAt: z.string().nullable(), closedInActivityId: z.string().nullable(), createdAt: z.string() })
  .openapi('ActivityDecision');
export const toDecisionDto = (d: { id: string; activityId: string; kind: 'decision' | 'follow_up'; text: string; owner: string; dueOn: string | null; closedAt: Date | null; closedInActivityId: string | null; createdAt: Date }) => ({
  id: d.id, activityId: d.activityId, kind: d.kind, text: d.text, owner: d.owner, dueOn: d.dueOn, closedAt: iso(d.closedAt), closedInActivityId: d.closedInActivityId, createdAt: d.createdAt.toISOString(),
});

export const MinutesInputSchema = z.object({ text: z.string().min(1).max(200_000) }).strict().openapi('MinutesInput');
export const OutputInputSchema = z
  .object({ kind: z.enum(outputKinds), title: z.string().trim().min(1).max(300), serviceId: id.nullable().optional(), items: z.array(z.string().max(500)).max(100).optional() })
  .strict()
  .openapi('ActivityOutputInput');

export const DetailSchema = z
  .object({
    activity: ActivitySchema,
    type: ActivityTypeSchema.nullable(),
    dependsOn: z.array(ActivitySchema),
    warnings: z.array(WarningSchema),
    agenda: z.object({
      items: z.array(z.object({ id: z.string(), position: z.number().int(), title: z.string(), notes: z.string(), durationMinutes: z.number().int().nullable() })),
      carried: z.array(DecisionSchema.extend({ raisedAtActivityId: z.string(), raisedAtName: z.string() })),
    }),
    minutes: z.object({ text: z.string(), source: z.enum(['written', 'docx']), documentId: z.string().nullable(), updatedAt: z.string() }).nullable(),
    decisions: z.array(DecisionSchema),
    outputs: z.array(z.object({ id: z.string(), kind: z.enum(outputKinds), title: z.string(), serviceId: z.string().nullable(), items: z.array(z.string()) })),
    services: z.array(z.object({ id: z.string(), name: z.string() })),
    mayWrite: z.boolean(),
    mayPlan: z.boolean(),
  })
  .openapi('ActivityDetail');
