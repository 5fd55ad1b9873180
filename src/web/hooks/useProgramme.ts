import { useOutletContext } from 'react-router';
import type { ProgrammeOverview } from '../types.js';

export interface ProgrammeContext {
  programme: ProgrammeOverview;
  reload(): void;
  /** Coordinators and administrators: edit the programme, municipalities, roles. */
  canManage: boolean;
  /** Also municipal contacts (the API limits them to their own municipalities). */
  canWriteServices: (municipalityId: string) => boolean;
  archived: boolean;
}

/** The programme loaded by ProgrammeLayout, for its sub-pages. */
export function useProgramme(): ProgrammeContext {
  return useOutletContext<ProgrammeContext>();
}

export function programmeCrumbs(programme: { id: string; name: string }, t: (key: string) => string) {
  return [
    { label: t('nav.programmes'), to: '/' },
    { label: programme.name, to: `/programmes/${programme.id}` },
  ];
}
