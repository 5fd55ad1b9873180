/**
 * What an evaluation question can be linked to, by name: the programme's activities, analysis documents,
 * surveys, instruments, improvement measures and indicators. Read through each owning module's exported
 * list functions (this module queries only its own tables); only titles and ids, never content.
 */
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { translate } from '../../i18n/index.js';
import { listActivities } from '../activities/activities.js';
import { activityName } from '../activities/labels.js';
import { listActivityTypes } from '../activities/types.js';
import { documentSummaries } from '../analysis/documents.js';
import { listMeasureSummaries } from '../improvement/measures.js';
import { listProgrammeIndicators } from '../improvement/indicators.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { localText } from '../questionnaires/export-columns.js';
import { listInstruments } from '../questionnaires/instruments.js';
import { listSurveyTitles } from '../questionnaires/survey-deadlines.js';
import type { AnalysisKind, SourceKind } from './vocabulary.js';
import { analysisKinds, sourceKinds } from './vocabulary.js';

export interface CatalogueEntry { kind: string; refId: string | null; label: string }

/** Every record a question may name, grouped by kind; each kind starts with its "all of them" entry. */
export async function sourceCatalogue(db: Executor, programmeId: string, lang: Language): Promise<CatalogueEntry[]> {
  const [acts, types, municipalities, docs, surveyRows, instrumentRows, measures, indicators] = await Promise.all([
    listActivities(db, programmeId, { municipalities: 'all' }),
    listActivityTypes(db, programmeId),
    listProgrammeMunicipalities(db, programmeId, 'all'),
    documentSummaries(db, programmeId, { limit: 5000 }),
    listSurveyTitles(db, programmeId),
    listInstruments(db, programmeId),
    listMeasureSummaries(db, programmeId),
    listProgrammeIndicators(db, programmeId),
  ]);
  const typeLabels = new Map(types.map((t) => [t.key, t.labels]));
  const place = new Map(municipalities.map((m) => [m.id, m.name]));
  const all = (kind: SourceKind): CatalogueEntry => ({ kind, refId: null, label: translate(lang, `reports.plan.all.${kind}`) });
  return [
    all('activity'),
    ...acts.map((a) => ({ kind: 'activity', refId: a.id, label: activityName(lang, a, typeLabels.get(a.typeKey), a.municipalityId ? place.get(a.municipalityId) ?? null : null) })),
    all('document'),
    ...docs.map((d) => ({ kind: 'document', refId: d.id, label: d.title })),
    all('survey'),
    ...surveyRows.map((s) => ({ kind: 'survey', refId: s.id, label: localText(s.title, lang) })),
    all('instrument'),
    ...instrumentRows.map((i) => ({ kind: 'instrument', refId: i.id, label: localText(i.title, lang) })),
    all('measure'),
    ...measures.map((m) => ({ kind: 'measure', refId: m.id, label: m.title })),
    all('indicator'),
    ...indicators.map((i) => ({ kind: 'indicator', refId: i.id, label: i.name })),
  ];
}

/** Analyses are named by kind; the label says what the report will show for it. */
export function analysisCatalogue(lang: Language): CatalogueEntry[] {
  return analysisKinds.map((kind: AnalysisKind) => ({ kind, refId: null, label: translate(lang, `reports.plan.analysisKinds.${kind}`) }));
}

export const isSourceKind = (k: string): k is SourceKind => (sourceKinds as readonly string[]).includes(k);
