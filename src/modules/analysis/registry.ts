/**
 * The pseudonym registry of a programme (issue 7 §2), built from other modules' exported
 * functions: its participants (→ `[tjenestemottaker BAE-P-07]` etc.), the staff with roles in it
 * (→ `[prosjektmedarbeider]`), its services (→ `[tjeneste]`) and its municipalities
 * (→ `[kommune]`). Only the programme's own municipalities are listed: all 357 Norwegian names
 * would replace ordinary words ("Hole", "Nes", "Vik", "Moss").
 */
import type { Executor } from '../../db/client.js';
import { listProgrammeRoles } from '../access/roles.js';
import { listParticipants } from '../people/participants.js';
import type { ParticipantRole } from '../people/schema.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { listServices } from '../programmes/services.js';
import type { PseudonymRegistry } from './pseudonymise.js';

export const participantRoleTag: Record<ParticipantRole, string> = { recipient: 'tjenestemottaker', provider: 'tjenesteyter', leader: 'tjenesteleder' };
export const STAFF_TAG = '[prosjektmedarbeider]';

/** A full name and its first name; single letters and empty parts are left out. */
export function nameVariants(fullName: string): string[] {
  const full = fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (full.length < 2) return [];
  const first = full.split(' ')[0];
  return first !== full && first.length >= 2 ? [full, first] : [full];
}

export async function buildPseudonymRegistry(db: Executor, programmeId: string): Promise<PseudonymRegistry> {
  const people = await listParticipants(db, programmeId, 'all');
  // An anonymised participant's name is their code: replacing the code with its own tag is harmless.
  const participants = people.map((p) => ({ names: nameVariants(p.name), replacement: `[${participantRoleTag[p.role]} ${p.code}]`, phones: p.phone ? [p.phone] : [], emails: p.email ? [p.email] : [] }));
  const roles = await listProgrammeRoles(db, programmeId);
  const staffNames = [...new Set(roles.map((r) => r.name).filter(Boolean))];
  const staff = staffNames.map((name) => ({ names: nameVariants(name), replacement: STAFF_TAG }));
  const municipalities = await listProgrammeMunicipalities(db, programmeId, 'all');
  const services = (await Promise.all(municipalities.map((m) => listServices(db, programmeId, m.id)))).flat();
  return {
    participants,
    staff,
    services: services.map((s) => ({ name: s.name })),
    municipalities: municipalities.map((m) => ({ name: m.name })),
  };
}

