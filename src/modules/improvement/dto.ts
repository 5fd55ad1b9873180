import { z } from '@hono/zod-openapi';
import { calendarDate } from '../../lib/safe-text.js';
import { chartTypes, chimeProcesses, directions, frequencies, harvestKinds, measureStatuses, preparatoryTasks, userInvolvementLevels, valueTypes } from './vocabulary.js';

const text = (max: number) => z.string().max(max);
// A day that exists (2026-02-30 is a 400, not PostgreSQL's error as a 500).
const isoDate = calendarDate();

export const MeasureInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: text(10000).optional(),
    aim: text(2000).optional(),
    kind: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/),
    owner: text(200).optional(),
    status: z.enum(measureStatuses).optional(),
    startsOn: isoDate.nullable().optional(),
    endsOn: isoDate.nullable().optional(),
    chime: z.array(z.enum(chimeProcesses)).max(5).optional(),
    targetAreas: text(2000).optional(),
    userInvolvement: z.enum(userInvolvementLevels).optional(),
    shared: z.boolean().optional(),
  })
  .strict()
  .openapi('ImprovementMeasureInput');
export const MeasurePatchSchema = MeasureInputSchema.partial().strict().openapi('ImprovementMeasurePatch');

export const KindInputSchema = z
  .object({ key: z.string().regex(/^[a-z][a-z0-9_]{1,59}$/), labels: z.object({ nb: z.string().trim().min(1).max(120), nn: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) }).strict() })
  .strict()
  .openapi('ImprovementKindInput');

export const PdsaInputSchema = z
  .object({
    plan: z.string().trim().min(1).max(5000), prediction: text(5000).optional(), doNotes: text(5000).optional(), study: text(5000).optional(), act: text(5000).optional(),
    decision: z.enum(['adopt', 'adapt', 'abandon']).nullable().optional(), startsOn: isoDate, studiedOn: isoDate.nullable().optional(),
  })
  .strict()
  .openapi('ImprovementPdsaInput');
export const PdsaPatchSchema = PdsaInputSchema.partial().strict().openapi('ImprovementPdsaPatch');

export const IndicatorInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200), definition: text(5000).optional(), valueType: z.enum(valueTypes), numerator: text(500).optional(), denominator: text(500).optional(),
    frequency: z.enum(frequencies).optional(), direction: z.enum(directions).optional(), goal: z.number().finite().nullable().optional(), chart: z.enum(chartTypes).optional(),
    countsParticipants: z.boolean().optional().openapi({ description: 'The figures count this programme’s own participants: the small-cell rule hides small values from viewers it applies to' }),
    baselinePoints: z.number().int().min(2).max(1000).nullable().optional(), parts: z.array(z.number().int().min(1).max(10000)).max(20).optional(),
  })
  .strict()
  .openapi('ImprovementIndicatorInput');
export const IndicatorPatchSchema = IndicatorInputSchema.partial().strict().openapi('ImprovementIndicatorPatch');

/** Typed entry: text as in a form, so the same row-by-row checks as an import apply. */
export const MeasurementsInputSchema = z
  .object({ rows: z.array(z.object({ period: text(40), value: text(40), denominator: text(40).optional(), note: text(500).optional() }).strict()).min(1).max(1000) })
  .strict()
  .openapi('ImprovementMeasurementsInput');

export const WorkPlanSchema = z
  .object({ anchoring: text(10000), composition: text(10000), mandate: text(10000), meetingTimes: text(2000) })
  .partial()
  .strict()
  .openapi('ImprovementWorkPlan');

export const TaskInputSchema = z.object({ task: z.enum(preparatoryTasks), done: z.boolean() }).strict().openapi('ImprovementTaskInput');

export const MeetingSeriesSchema = z
  .object({ firstStartsAt: z.iso.datetime({ offset: true }), everyWeeks: z.number().int().min(1).max(12), count: z.number().int().min(1).max(30), location: text(300).optional() })
  .strict()
  .openapi('ImprovementMeetingSeries');

export const RoundInputSchema = z
  .object({ instrument: z.string().min(1).max(60) })
  .strict()
  .openapi('ImprovementRoundInput');

export const ProgressInputSchema = z
  .object({ gathering: z.number().int().min(1).max(20), score: z.number().min(0.5).max(5).multipleOf(0.5), reason: text(5000) })
  .strict()
  .openapi('ImprovementProgressInput');

export const HarvestInputSchema = z
  .object({
    kind: z.enum(harvestKinds), gathering: z.number().int().min(1).max(20).nullable().optional(), tableLabel: text(60).optional(), round: z.number().int().min(1).max(20).nullable().optional(),
    question: text(1000).optional(), host: text(200).optional(), text: z.string().trim().min(1).max(50000),
  })
  .strict()
  .openapi('ImprovementHarvestInput');

const loose = (name: string) => z.looseObject({}).openapi(name);
export const NetworkOverviewSchema = loose('ImprovementNetworkOverview');
export const WorkspaceSchema = loose('ImprovementWorkspace');
export const MeasureDetailSchema = loose('ImprovementMeasureDetail');
export const SmallMultiplesSchema = z.array(z.looseObject({ indicatorId: z.string(), municipalityId: z.string() })).openapi('ImprovementSmallMultiples');
export const IdSchema = z.object({ id: z.string() });
export const RoundStartedSchema = z.object({ id: z.string(), surveyId: z.string(), ordinal: z.number(), link: z.string() }).openapi('ImprovementRoundStarted');
export const RecordedSchema = z.object({ recorded: z.number() }).openapi('ImprovementMeasurementsRecorded');
