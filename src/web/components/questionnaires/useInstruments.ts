import { useTranslation } from 'react-i18next';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import type { InstrumentDefinition } from './builder-model.js';

export interface VersionSummary {
  id: string;
  version: number;
  status: 'draft' | 'published';
  publishedAt: string | null;
  createdAt?: string;
}

export interface InstrumentSummary {
  id: string;
  title: { nb?: string; nn?: string; en?: string };
  templateKey: string | null;
  createdAt: string;
  versions: VersionSummary[];
}

export interface DefinitionProblem {
  item: string;
  key: string;
  vars: Record<string, string | number>;
  severity: 'error' | 'warning';
}

export interface DraftVersion extends VersionSummary {
  instrumentId: string;
  definition: InstrumentDefinition;
  problems: DefinitionProblem[];
}

/** Where the questionnaire pages live, their breadcrumbs, and whether the user may build (coordinators, researchers). */
export function useInstruments() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const roles = new Set<string>(programme.myRoles);
  const canBuild = !archived && (roles.has('admin') || roles.has('coordinator') || roles.has('researcher'));
  const mayExport = roles.has('admin') || roles.has('coordinator') || roles.has('researcher');
  const api = `/programmes/${programme.id}`;
  const app = `/programmes/${programme.id}/questionnaires`;
  const crumbs = [...programmeCrumbs(programme, t), { label: t('questionnaires.builder.title'), to: app }];
  const lang = (['nb', 'nn', 'en'].includes(i18n.language) ? i18n.language : 'nb') as 'nb' | 'nn' | 'en';
  /** A text in the UI language, else the first there is. */
  const text = (value: { nb?: string; nn?: string; en?: string } | undefined) => value?.[lang] || value?.nb || value?.nn || value?.en || '';
  return { programme, api, app, crumbs, canBuild, mayExport, lang, text };
}
