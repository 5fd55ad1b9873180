import type { ProgrammeRoleName } from '../access/schema.js';

/** Fictitious staff users of the demo. `.example` addresses can never reach a real mailbox. */
export const demoAdmin = { email: 'admin@varde.example', name: 'Demo Administrator' };
export const demoCoordinator = { email: 'koordinator@varde.example', name: 'Kari Nordmann' };

export const demoStaff: { email: string; name: string; role: ProgrammeRoleName; municipality?: string }[] = [
  { email: 'forsker@varde.example', name: 'Ola Nordmann', role: 'researcher' },
  { email: 'kontakt.baerum@varde.example', name: 'Anne Eksempel', role: 'municipal_contact', municipality: '3201' },
  { email: 'kontakt.tromso@varde.example', name: 'Nils Eksempel', role: 'municipal_contact', municipality: '5501' },
  { email: 'fasilitator@varde.example', name: 'Lise Eksempel', role: 'facilitator' },
  { email: 'observator@varde.example', name: 'Jon Eksempel', role: 'observer' },
];
