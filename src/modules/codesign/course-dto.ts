import { z } from '@hono/zod-openapi';
import { calendarDate } from '../../lib/safe-text.js';
import { richTextLimits } from '../../lib/rich-text.js';
import { workshopItemKinds } from './course-schema.js';

const uuid = z.string().uuid();
// A day that exists (2026-02-30 is a 400, not PostgreSQL's error as a 500).
const isoDate = calendarDate();

export const ModuleInputSchema = z
  .object({ title: z.string().trim().min(1).max(300), aims: z.string().max(10_000).optional(), targetAreaIds: z.array(uuid).max(50), position: z.number().int().min(0).max(10_000).optional() })
  .strict()
  .openapi('CourseModuleInput');
export const ModulePatchSchema = ModuleInputSchema.partial().strict().openapi('CourseModulePatch');
export const MaterialInputSchema = z
  .object({ title: z.string().trim().min(1).max(300), form: z.enum(['written', 'upload']), body: z.string().max(richTextLimits.bodyChars).optional() })
  .strict()
  .openapi('CourseMaterialInput');
export const HolderInputSchema = z
  .object({ municipalityId: uuid, participantId: uuid.nullable().optional(), userId: uuid.nullable().optional(), trainedOn: isoDate.nullable().optional() })
  .strict()
  .openapi('CourseHolderInput');
export const CodesignGroupInputSchema = z.object({ targetAreaId: uuid, name: z.string().trim().max(200).optional() }).strict().openapi('CodesignGroupInput');
export const WorkshopLinkSchema = z.object({ activityId: uuid }).strict().openapi('CodesignWorkshopLink');
export const WorkshopItemInputSchema = z
  .object({ activityId: uuid, kind: z.enum(workshopItemKinds).exclude(['board_photo']), text: z.string().trim().min(1).max(5000), participantId: uuid.nullable().optional() })
  .strict()
  .openapi('CodesignWorkshopItemInput');

const Summary = z.object({ id: z.string(), title: z.string(), form: z.enum(['written', 'upload']), status: z.enum(['draft', 'in_review', 'approved']), versions: z.number(), updatedAt: z.string() });
export const CourseSchema = z
  .object({
    targetAreas: z.array(z.object({ id: z.string(), title: z.string(), municipalityId: z.string().nullable() })),
    valuesDocument: Summary.nullable(),
    modules: z.array(z.object({
      id: z.string(), title: z.string(), aims: z.string(), position: z.number(),
      targetAreas: z.array(z.object({ id: z.string(), title: z.string() })), materials: z.array(Summary),
    })),
  })
  .openapi('Course');
export const HolderSchema = z.object({ id: z.string(), municipalityId: z.string(), kind: z.enum(['participant', 'staff']), who: z.string(), trainedOn: z.string().nullable() }).openapi('CourseHolder');

const Credit = z.object({ code: z.string(), role: z.string(), name: z.string().nullable() }).nullable();
export const CodesignGroupSchema = z
  .object({
    id: z.string(), groupId: z.string(), name: z.string(), targetArea: z.object({ id: z.string(), title: z.string() }),
    members: z.array(z.object({ id: z.string(), kind: z.enum(['staff', 'participant']), role: z.string() })),
    workshops: z.array(z.object({
      activity: z.object({ id: z.string(), title: z.string(), startsAt: z.string().nullable(), status: z.string(), municipalityId: z.string().nullable() }),
      items: z.array(z.object({ id: z.string(), kind: z.enum(workshopItemKinds), position: z.number(), text: z.string(), hasPhoto: z.boolean(), credit: Credit })),
      decisions: z.array(z.object({ id: z.string(), kind: z.string(), text: z.string(), owner: z.string(), dueOn: z.string().nullable(), closed: z.boolean() })),
    })),
  })
  .openapi('CodesignGroup');
