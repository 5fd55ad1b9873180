import type { ParticipantRole } from './schema.js';

/** A participant as held in the database (all fields; callers decide what a role may see). */
export interface Participant {
  id: string;
  programmeId: string;
  municipalityId: string;
  serviceId: string | null;
  role: ParticipantRole;
  subRole: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  language: string;
  code: string;
  createdAt: Date;
}
