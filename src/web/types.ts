// Shapes of the JSON the API returns (see src/modules/*/dto.ts and routes.ts).
import type { Language } from '../i18n/index.js';

import type { ProgrammeKind, ProgrammeRoleName, ServiceKind } from '../lib/vocabulary.js';

export { programmeKinds, serviceKinds, programmeRoleNames, type ProgrammeKind, type ServiceKind, type ProgrammeRoleName } from '../lib/vocabulary.js';
export type MyRole = ProgrammeRoleName | 'admin';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  language: Language;
  isAdmin: boolean;
}

export interface Session {
  user: SessionUser | null;
  csrfToken: string | null;
  language: Language;
  oidc: { label: string } | null;
}

export interface Programme {
  id: string;
  kind: ProgrammeKind;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  smallCellThreshold: number;
  archivedAt: string | null;
  createdAt: string;
}

export interface ProgrammeOverview extends Programme {
  myRoles: MyRole[];
  myContactMunicipalityIds: string[];
  counts: { municipalities: number; services: number };
}

export interface NorwayMunicipality {
  number: string;
  name: string;
  county: string;
}

export interface Municipality extends NorwayMunicipality {
  id: string;
}

export interface Service {
  id: string;
  municipalityId: string;
  name: string;
  kind: ServiceKind;
  description: string;
  committedToRecovery: boolean;
  offersMentalHealthSubstanceUse: boolean;
  createdAt: string;
}

export interface ProgrammeRole {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: ProgrammeRoleName;
  municipalityId: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}
