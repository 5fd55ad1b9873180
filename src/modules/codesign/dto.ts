import { z } from '@hono/zod-openapi';
import { uuidLike } from '../../http/openapi.js';
import { emotionWordKeys, touchpointRoles } from './vocabulary.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const labels = z.object({ nb: z.string().trim().min(1).max(120), nn: z.string().trim().max(120), en: z.string().trim().max(120) });

export const StageSchema = z.object({ id: z.string(), key: z.string(), label: z.string(), position: z.number().int(), builtIn: z.boolean() }).openapi('CodesignJourneyStage');
export const StageInputSchema = z.object({ labels }).strict().openapi('CodesignJourneyStageInput');

export const QuoteSchema = z.object({ codingId: z.string(), text: z.string(), attribution: z.string() }).openapi('CodesignQuote');

export const TouchpointInputSchema = z
  .object({
    codingId: id, stageId: id, role: z.enum(touchpointRoles).optional(),
    valence: z.number().int().min(-2).max(2), emotion: z.enum(emotionWordKeys as [string, ...string[]]), note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi('CodesignTouchpointInput');

export const TouchpointSchema = z
  .object({
    id: z.string(), codingId: z.string(), documentId: z.string(), documentTitle: z.string(), municipalityId: z.string().nullable(), stageId: z.string(), stageKey: z.string(),
    role: z.enum(touchpointRoles), valence: z.number().int(), emotion: z.string(), emotionLabel: z.string(), note: z.string(), start: z.number().int(), end: z.number().int(),
    quote: QuoteSchema, createdAt: z.string(), updatedAt: z.string(),
  })
  .openapi('CodesignTouchpoint');

export const TouchpointQuery = z.object({ role: z.enum(touchpointRoles).optional(), municipalityId: id.optional(), documentId: id.optional() });
export const MapQuery = z.object({ role: z.enum(touchpointRoles).optional(), municipalityId: id.optional() });

const ProtectedCount = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export const ChartSchema = z
  .object({ kind: z.string(), svg: z.string(), width: z.number(), height: z.number(), title: z.string(), description: z.string(), table: z.object({ caption: z.string(), headers: z.array(z.string()), rows: z.array(z.array(z.union([z.string(), z.number()]))) }) })
  .openapi('CodesignChart');
export const EmotionalMapSchema = z
  .object({
    threshold: z.number().int(), suppressing: z.boolean(),
    stages: z.array(z.object({ id: z.string(), key: z.string(), label: z.string() })),
    cells: z.array(z.object({ stageId: z.string(), role: z.enum(touchpointRoles), count: z.number().nullable(), meanValence: z.number().nullable(), suppressed: z.boolean() })),
    points: z.array(z.object({ id: z.string(), n: z.number().int(), stageId: z.string(), stageLabel: z.string(), role: z.enum(touchpointRoles), valence: z.number().int(), emotion: z.string(), emotionLabel: z.string(), quote: QuoteSchema })),
    chart: ChartSchema,
  })
  .openapi('CodesignEmotionalMap');

const filmUrl = z.url({ protocol: /^https?$/ }).max(2000);
export const TriggerSetInputSchema = z.object({ activityId: id, title: z.string().trim().min(1).max(200), filmUrl: filmUrl.nullable().optional() }).strict().openapi('CodesignMaterialInput');
export const TriggerSetPatchSchema = z.object({ title: z.string().trim().min(1).max(200).optional(), filmUrl: filmUrl.nullable().optional() }).strict().openapi('CodesignMaterialPatch');
export const TriggerItemsSchema = z
  .object({ items: z.array(z.object({ touchpointId: id.nullable().optional(), codingId: id.nullable().optional(), caption: z.string().trim().max(500).optional() }).strict()).max(200) })
  .strict()
  .openapi('CodesignMaterialItems');
export const TriggerSetSummarySchema = z
  .object({ id: z.string(), title: z.string(), filmUrl: z.string().nullable(), activityId: z.string(), activityTitle: z.string(), municipalityId: z.string().nullable(), itemCount: z.number().int(), updatedAt: z.string() })
  .openapi('CodesignMaterialSummary');
export const TriggerSetSchema = z
  .object({
    id: z.string(), title: z.string(), filmUrl: z.string().nullable(), activityId: z.string(), activityTitle: z.string(),
    items: z.array(z.object({
      id: z.string(), position: z.number().int(), caption: z.string(), touchpointId: z.string().nullable(), codingId: z.string(), quote: QuoteSchema,
      touchpoint: z.object({ role: z.enum(touchpointRoles), valence: z.number().int(), emotion: z.string(), emotionLabel: z.string(), stageLabel: z.string() }).nullable(),
    })),
  })
  .openapi('CodesignMaterial');

const count = z.number().int().min(0).max(1_000_000).nullable();
export const RoleTallySchema = z.object({ recipient: count, provider: count, leader: count, unknown: count }).strict();
const VoteInput = z.object({ label: z.string().trim().min(1).max(500), boardItemId: id.nullable().optional(), tally: RoleTallySchema, rank: z.number().int().min(1).max(1000).nullable().optional() }).strict();
const links = { touchpointIds: z.array(id).max(500).optional(), codingIds: z.array(id).max(500).optional() };
export const TargetAreaInputSchema = z
  .object({ title: z.string().trim().min(1).max(300), description: z.string().trim().max(5000).optional(), municipalityId: id.nullable(), activityId: id.nullable().optional(), ...links, votes: z.array(VoteInput).max(50).optional() })
  .strict()
  .openapi('CodesignTargetAreaInput');
export const TargetAreaPatchSchema = z
  .object({ title: z.string().trim().min(1).max(300).optional(), description: z.string().trim().max(5000).optional(), position: z.number().int().min(0).max(10000).optional(), ...links })
  .strict()
  .openapi('CodesignTargetAreaPatch');
export const TargetAreasFromItemsSchema = z
  .object({ municipalityId: id.nullable(), activityId: id.nullable().optional(), items: z.array(VoteInput.extend({ title: z.string().trim().min(1).max(300).optional(), ...links })).min(1).max(20) })
  .strict()
  .openapi('CodesignTargetAreasFromItems');
export const TargetAreasFromBoardSchema = z
  .object({ boardId: id, itemIds: z.array(id).min(1).max(20), programmeWide: z.boolean().optional() })
  .strict()
  .openapi('CodesignTargetAreasFromBoard');

const ProtectedTally = z.object({ recipient: ProtectedCount, provider: ProtectedCount, leader: ProtectedCount, unknown: ProtectedCount, total: ProtectedCount });
export const TargetAreaSchema = z
  .object({
    id: z.string(), title: z.string(), description: z.string(), position: z.number().int(), municipalityId: z.string().nullable(), municipalityName: z.string().nullable(),
    activityId: z.string().nullable(), createdAt: z.string(),
    votes: z.array(z.object({ id: z.string(), label: z.string(), rank: z.number().int().nullable(), boardItemId: z.string().nullable(), activityId: z.string().nullable(), tally: ProtectedTally })),
    touchpoints: z.array(z.object({ id: z.string(), role: z.enum(touchpointRoles), valence: z.number().int(), emotion: z.string(), emotionLabel: z.string(), stageKey: z.string(), quote: QuoteSchema })),
    quotes: z.array(QuoteSchema),
  })
  .openapi('CodesignTargetArea');
export const TargetAreaListSchema = z.object({ threshold: z.number().int(), suppressing: z.boolean(), targetAreas: z.array(TargetAreaSchema) }).openapi('CodesignTargetAreas');
export const TargetAreaQuery = z.object({ municipalityId: z.union([id, z.literal('programme')]).optional(), shareable: z.enum(['true', 'false']).optional() });

export const EbcdStagesSchema = z
  .array(z.object({ municipalityId: z.string(), name: z.string(), stage: z.string(), stageIndex: z.number().int(), next: z.string().nullable(), touchpoints: z.number().int(), targetAreas: z.number().int() }))
  .openapi('CodesignEbcdStages');
