import { z } from '@hono/zod-openapi';
import { calendarDate } from '../../lib/safe-text.js';
import { attentionKinds } from './attention.js';
import { analysisKinds, disseminationChannels, disseminationStatuses, productKinds, questionStatuses, sourceKinds } from './vocabulary.js';

const Count = z.object({ value: z.number().int().nullable(), suppressed: z.boolean() });
const Tally = z.object({ planned: z.number().int(), held: z.number().int() });

export const OverviewSchema = z
  .object({
    kind: z.string(),
    threshold: z.number().int(),
    suppressing: z.boolean(),
    municipalities: z.array(z.object({
      municipalityId: z.string(), name: z.string(), activities: Tally, stage: z.string().nullable(), nextStage: z.string().nullable(),
      recruitment: z.object({ target: z.number().int(), recruited: Count }),
    })),
    programmeWide: Tally,
    gatherings: Tally.nullable(),
    recruitment: z.object({ target: z.number().int(), recruited: Count }),
    consent: z.array(z.object({ key: z.string(), label: z.string(), consented: Count })),
    attention: z.array(z.object({
      kind: z.enum(attentionKinds), count: Count, link: z.string(),
      entries: z.array(z.object({ id: z.string(), label: z.string(), link: z.string(), count: Count.nullable(), date: z.string().nullable() })),
    })),
  })
  .openapi('ReportsOverview');

export const SteeringCandidatesSchema = z
  .array(z.object({ id: z.string(), kind: z.string(), text: z.string(), owner: z.string(), dueOn: z.string().nullable(), activityId: z.string(), activity: z.string() }))
  .openapi('ReportsSteeringCandidates');

export const SteeringInputSchema = z
  .object({ decisionIds: z.array(z.string().uuid()).max(200).default([]), typed: z.array(z.string().max(2000)).max(50).default([]) })
  .strict()
  .openapi('ReportsSteeringInput');

const Link = <K extends readonly [string, ...string[]]>(kinds: K) => z.object({ kind: z.enum(kinds), refId: z.string().uuid().nullable() }).strict();
const ResolvedLink = <K extends readonly [string, ...string[]]>(kinds: K) => z.object({ kind: z.enum(kinds), refId: z.string().nullable(), label: z.string() });

export const QuestionInputSchema = z
  .object({
    text: z.string().trim().min(1).max(2000),
    sources: z.array(Link(sourceKinds)).max(100).optional(),
    analyses: z.array(Link(analysisKinds)).max(20).optional(),
    status: z.enum(questionStatuses).optional(),
  })
  .strict()
  .openapi('ReportsQuestionInput');
export const QuestionPatchSchema = QuestionInputSchema.partial().extend({ position: z.number().int().min(1).max(1000).optional() }).strict().openapi('ReportsQuestionPatch');

export const TemplateInputSchema = z.object({ language: z.enum(['nb', 'nn', 'en']).optional() }).strict().openapi('ReportsTemplateInput');

export const PlanSchema = z
  .object({
    mayEdit: z.boolean(),
    questions: z.array(z.object({
      id: z.string(), position: z.number().int(), text: z.string(), status: z.enum(questionStatuses),
      sources: z.array(ResolvedLink(sourceKinds)), analyses: z.array(ResolvedLink(analysisKinds)),
      history: z.array(z.object({ fromStatus: z.enum(questionStatuses).nullable(), toStatus: z.enum(questionStatuses), by: z.string(), at: z.string() })),
    })),
    catalogue: z.object({
      sources: z.array(z.object({ kind: z.enum(sourceKinds), refId: z.string().nullable(), label: z.string() })),
      analyses: z.array(z.object({ kind: z.enum(analysisKinds), refId: z.string().nullable(), label: z.string() })),
    }),
  })
  .openapi('ReportsPlan');

const Product = z.object({ kind: z.enum(productKinds), label: z.string().trim().min(1).max(300), url: z.string().max(2000).nullable().optional() }).strict();

export const DisseminationInputSchema = z
  .object({
    channel: z.enum(disseminationChannels),
    title: z.string().trim().min(1).max(300),
    audience: z.string().max(300).optional(),
    plannedOn: calendarDate().nullable().optional(),
    ownerUserId: z.string().uuid().nullable().optional(),
    ownerRole: z.string().max(200).optional(),
    status: z.enum(disseminationStatuses).optional(),
    withParticipants: z.boolean().optional(),
    products: z.array(Product).max(20).optional(),
    notes: z.string().max(5000).optional(),
  })
  .strict()
  .openapi('ReportsDisseminationInput');
export const DisseminationPatchSchema = DisseminationInputSchema.partial().strict().openapi('ReportsDisseminationPatch');

export const DisseminationListSchema = z
  .object({
    mayEdit: z.boolean(),
    /** Staff of the programme who can own a line (names only). */
    staff: z.array(z.object({ userId: z.string(), name: z.string() })),
    items: z.array(z.object({
      id: z.string(), channel: z.enum(disseminationChannels), title: z.string(), audience: z.string(), plannedOn: z.string().nullable(),
      ownerUserId: z.string().nullable(), ownerName: z.string().nullable(), ownerRole: z.string(), status: z.enum(disseminationStatuses),
      withParticipants: z.boolean(), products: z.array(z.object({ kind: z.enum(productKinds), label: z.string(), url: z.string().nullable() })), notes: z.string(),
    })),
  })
  .openapi('ReportsDisseminationList');

export const IdSchema = z.object({ id: z.string() }).openapi('ReportsId');
