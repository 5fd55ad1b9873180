import { DomainError } from '../../lib/errors.js';
import { blockingProblems } from './check-definition.js';
import { templateDefinition } from './templates/index.js';
import type { InstrumentDefinition, LocalText } from './definition.js';

/** A new instrument: one empty section, the title as given, the languages the title was written in. */
export function blankDefinition(title: LocalText): InstrumentDefinition {
  const languages = (['nb', 'nn', 'en'] as const).filter((l) => title[l]);
  return { name: variableFrom(title), title, languages: languages.length ? languages : ['nb'], sections: [{ name: 'section_1', items: [] }], scales: [] };
}

/** A REDCap-safe form name from the title (lowercase ascii, digits, _), `instrument` when nothing is left. */
function variableFrom(title: LocalText): string {
  const text = (title.nb ?? title.nn ?? title.en ?? '').toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  const slug = text.normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^[^a-z]+|_+$/g, '').slice(0, 60);
  return slug || 'instrument';
}

/** A shipped template's definition (H4's templates/); 400 naming `templateKey` for an unknown key. */
export function definitionFromTemplate(key: string): InstrumentDefinition {
  const definition = templateDefinition(key);
  if (definition) return definition;
  throw new DomainError(400, 'errors.validation', {}, [{ path: 'templateKey', key: 'errors.questionnaireUnknownTemplate', vars: { key } }]);
}

/**
 * 422 with one message per item when the definition has blocking problems (duplicate names, branching
 * to a later item, a scale over a text item, …). Missing translations are warnings: a draft is saved
 * and published with them, and the participant page marks the gap.
 */
export function assertDefinitionUsable(definition: InstrumentDefinition): void {
  const problems = blockingProblems(definition);
  if (problems.length)
    throw new DomainError(422, 'errors.questionnaireDefinitionProblems', { count: problems.length }, problems.map((p) => ({ path: p.item, key: p.key, vars: p.vars })));
}
