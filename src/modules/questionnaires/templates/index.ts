import { InstrumentDefinitionSchema, type InstrumentDefinition, type LocalText } from '../definition.js';
import { courseEvaluation } from './course-evaluation.js';
import { serviceMapping, userInterview } from './learning-network-tasks.js';
import { raq7, rki, rsaRPerson, rsaRProvider } from './licensed.js';
import { municipalitySurvey } from './municipality-survey.js';

/** Ready-made instruments a coordinator starts from: the seeds' own forms and licensed instruments' structure. */
const sources = {
  'municipality-survey': { kind: 'seed', source: municipalitySurvey },
  'service-mapping': { kind: 'seed', source: serviceMapping },
  'user-interview': { kind: 'seed', source: userInterview },
  'course-evaluation': { kind: 'seed', source: courseEvaluation },
  rki: { kind: 'licensed', source: rki },
  'raq-7': { kind: 'licensed', source: raq7 },
  'rsa-r-provider': { kind: 'licensed', source: rsaRProvider },
  'rsa-r-person': { kind: 'licensed', source: rsaRPerson },
} as const;

export type TemplateKey = keyof typeof sources;
export const templateKeys = Object.keys(sources) as TemplateKey[];

export interface TemplateSummary {
  key: TemplateKey;
  kind: 'seed' | 'licensed';
  title: LocalText;
  description?: LocalText;
  wordingRequired: boolean;
  licenceNote?: LocalText;
  itemCount: number;
  scaleCount: number;
}

export function isTemplateKey(key: string): key is TemplateKey {
  return Object.hasOwn(sources, key);
}

/** A fresh, parsed copy (defaults filled): callers may edit it freely. */
export function templateDefinition(key: string): InstrumentDefinition | undefined {
  if (!isTemplateKey(key)) return undefined;
  return InstrumentDefinitionSchema.parse(structuredClone(sources[key].source));
}

export function listTemplates(): TemplateSummary[] {
  return templateKeys.map((key) => {
    const def = templateDefinition(key)!;
    return {
      key,
      kind: sources[key].kind,
      title: def.title,
      ...(def.description ? { description: def.description } : {}),
      wordingRequired: def.wordingRequired ?? false,
      ...(def.licenceNote ? { licenceNote: def.licenceNote } : {}),
      itemCount: def.sections.reduce((n, s) => n + s.items.filter((i) => i.type !== 'descriptive').length, 0),
      scaleCount: def.scales.length,
    };
  });
}
