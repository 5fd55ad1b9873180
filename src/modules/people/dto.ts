import { z } from '@hono/zod-openapi';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { uuidLike } from '../../http/openapi.js';
import { activityTypes } from './activity-types.js';
import { importFields } from './import-parse.js';
import type { Participant } from './participant.js';
import { seesIdentity } from './policy.js';
import { participantRoles } from './schema.js';

const id = z.string().regex(uuidLike, { message: 'errors.invalidId' });
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ParticipantInputSchema = z
  .object({
    serviceId: id.nullable().optional(),
    role: z.enum(participantRoles),
    subRole: optionalText(100),
    name: z.string().trim().min(1).max(200),
    email: z.union([z.email().max(254), z.literal('')]).nullable().optional(),
    phone: optionalText(40),
    language: z.enum(['nb', 'nn', 'en']).optional(),
  })
  .strict()
  .openapi('ParticipantInput');

export const ParticipantPatchSchema = ParticipantInputSchema.partial().extend({ municipalityId: id.optional() }).strict().openapi('ParticipantPatch');

export const ParticipantSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    municipalityId: z.string(),
    serviceId: z.string().nullable(),
    role: z.enum(participantRoles),
    subRole: z.string().nullable(),
    language: z.string(),
    /** Present only for those who may see who the person is. */
    name: z.string().optional(),
    email: z.string().nullable().optional(),
    phone: z.string().nullable().optional(),
    identityHidden: z.boolean(),
    activityTypes: z.array(z.string()),
    createdAt: z.string(),
  })
  .openapi('Participant');

/**
 * The only way a participant leaves the API. Identity fields are left out of the JSON (not blanked)
 * for viewers who may see only codes, so nothing reaches their browser.
 */
export function toParticipantDto(actor: Actor, scope: ProgrammeScope, p: Participant & { activityTypes?: string[] }): z.infer<typeof ParticipantSchema> {
  const base = {
    id: p.id, code: p.code, municipalityId: p.municipalityId, serviceId: p.serviceId, role: p.role, language: p.language,
    activityTypes: p.activityTypes ?? [], createdAt: p.createdAt.toISOString(),
  };
  if (!seesIdentity(actor, scope, p.municipalityId)) return { ...base, subRole: null, identityHidden: true };
  return { ...base, subRole: p.subRole, name: p.name, email: p.email, phone: p.phone, identityHidden: false };
}

export const RecruitmentsSchema = z
  .object({ activityTypes: z.array(z.enum(activityTypes)).max(activityTypes.length) })
  .strict()
  .openapi('Recruitments');

export const BulkRecruitSchema = z
  .object({ participantIds: z.array(id).min(1).max(1000), activityType: z.enum(activityTypes) })
  .strict()
  .openapi('BulkRecruit');

const cell = z.string().max(500).optional();
export const ImportRowSchema = z.object(Object.fromEntries(importFields.map((f) => [f, cell])) as Record<(typeof importFields)[number], typeof cell>).strict();
export const ImportCommitSchema = z.object({ rows: z.array(ImportRowSchema).min(1).max(5000) }).strict().openapi('ParticipantImport');

export const ImportPreviewSchema = z
  .object({
    rows: z.array(z.object({ row: z.number(), values: ImportRowSchema, errors: z.array(z.object({ field: z.enum(importFields), message: z.string() })) })),
    errorCount: z.number(),
  })
  .openapi('ParticipantImportPreview');

export const TargetInputSchema = z
  .object({ activityType: z.enum(activityTypes), role: z.enum(participantRoles), municipalityId: id.nullable(), target: z.number().int().min(0).max(100000) })
  .strict()
  .openapi('RecruitmentTargetInput');

export const TargetSchema = z
  .object({ id: z.string(), activityType: z.string(), role: z.enum(participantRoles), municipalityId: z.string().nullable(), target: z.number() })
  .openapi('RecruitmentTarget');

const Count = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export const OverviewSchema = z
  .object({
    threshold: z.number(),
    suppressing: z.boolean(),
    activityTypes: z.array(z.string()),
    municipalities: z.array(z.object({ id: z.string(), name: z.string() })),
    cells: z.array(
      z.object({ municipalityId: z.string().nullable(), activityType: z.string(), role: z.enum(participantRoles).nullable(), target: z.number(), recruited: Count, consented: Count }),
    ),
  })
  .openapi('RecruitmentOverview');
