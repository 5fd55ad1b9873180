import { z } from '@hono/zod-openapi';
import { programmeKinds, serviceKinds } from './schema.js';
import type { Programme } from './programmes.js';
import type { Service } from './services.js';

// PostgreSQL has no year 0000, which the ISO pattern allows.
const isoDate = z.iso.date().refine((d) => !d.startsWith('0000'), { message: 'errors.invalidDate' });
const name = z.string().trim().min(1).max(200);
const description = z.string().max(5000);

export const ProgrammeInputSchema = z
  .object({
    kind: z.enum(programmeKinds),
    name,
    description: description.optional(),
    startsOn: isoDate,
    endsOn: isoDate,
  })
  .refine((p) => p.endsOn >= p.startsOn, { path: ['endsOn'], message: 'errors.periodOrder' })
  .openapi('ProgrammeInput');

export const ProgrammePatchSchema = z
  .object({ kind: z.enum(programmeKinds), name, description, startsOn: isoDate, endsOn: isoDate, smallCellThreshold: z.number().int().min(1).max(100) })
  .partial()
  .openapi('ProgrammePatch');

export const ProgrammeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(programmeKinds),
    name: z.string(),
    description: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    /** Counts below this are suppressed for roles other than coordinator and researcher. */
    smallCellThreshold: z.number(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Programme');

export const toProgrammeDto = (p: Programme): z.infer<typeof ProgrammeSchema> => ({
  id: p.id,
  kind: p.kind,
  name: p.name,
  description: p.description,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  smallCellThreshold: p.smallCellThreshold,
  archivedAt: p.archivedAt?.toISOString() ?? null,
  createdAt: p.createdAt.toISOString(),
});

export const MunicipalitySchema = z
  .object({ id: z.string(), number: z.string(), name: z.string(), county: z.string() })
  .openapi('ProgrammeMunicipality');

export const toMunicipalityDto = (m: { id: string; number: string; name: string; county: string }) => ({
  id: m.id,
  number: m.number,
  name: m.name,
  county: m.county,
});

export const AddMunicipalitySchema = z
  .object({ number: z.string().regex(/^\d{4}$/, { message: 'errors.invalidOption' }) })
  .openapi('AddMunicipality');

export const ServiceInputSchema = z
  .object({
    name,
    kind: z.enum(serviceKinds),
    description: description.optional(),
    committedToRecovery: z.boolean(),
    offersMentalHealthSubstanceUse: z.boolean(),
  })
  .openapi('ServiceInput');

export const ServicePatchSchema = ServiceInputSchema.partial().openapi('ServicePatch');

export const ServiceSchema = z
  .object({
    id: z.string(),
    municipalityId: z.string(),
    name: z.string(),
    kind: z.enum(serviceKinds),
    description: z.string(),
    committedToRecovery: z.boolean(),
    offersMentalHealthSubstanceUse: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Service');

export const toServiceDto = (s: Service): z.infer<typeof ServiceSchema> => ({
  id: s.id,
  municipalityId: s.municipalityId,
  name: s.name,
  kind: s.kind,
  description: s.description,
  committedToRecovery: s.committedToRecovery,
  offersMentalHealthSubstanceUse: s.offersMentalHealthSubstanceUse,
  createdAt: s.createdAt.toISOString(),
});
