import { allItems, InstrumentDefinitionSchema, type InstrumentDefinition } from '../definition.js';
import { checkDefinition } from '../check-definition.js';
import { malformed, problem, type InterchangeProblem } from './problems.js';

const conditionKeys = ['conditionUnknownItem', 'conditionLaterItem', 'conditionSelf', 'conditionNotChoice', 'conditionUnknownCode'];

/**
 * The last step of every import: the schema must accept the result (else the file is malformed: 422 naming the
 * row or sheet of the offending item); branching Varde cannot honour (refers to a skipped or later field) is
 * dropped and reported; every other problem checkDefinition finds is reported against the item's row.
 */
export function finishImport(
  draft: unknown,
  where: (name: string) => { row?: number; sheet?: string },
  problems: InterchangeProblem[],
): { definition: InstrumentDefinition; problems: InterchangeProblem[]; blocking: InterchangeProblem[] } {
  const parsed = InstrumentDefinitionSchema.safeParse(draft);
  if (!parsed.success) {
    const raw = draft as { sections?: { items?: { name?: string }[] }[] };
    throw malformed(
      parsed.error.issues.map((issue) => {
        const [s, si, i, ii, ...rest] = issue.path;
        const name = s === 'sections' && i === 'items' ? raw.sections?.[si as number]?.items?.[ii as number]?.name : undefined;
        return problem('invalidField', name ? { ...where(name), item: name } : {}, { field: [s, si, i, ii, ...rest].filter((p) => p !== undefined).join('.'), reason: issue.message });
      }),
    );
  }
  const definition = parsed.data;
  const byName = new Map(allItems(definition).map((item) => [item.name, item]));
  for (const p of checkDefinition(definition)) {
    const short = p.key.replace('questionnaires.check.', '');
    const item = byName.get(p.item);
    if (conditionKeys.includes(short) && item?.showIf) {
      delete item.showIf;
      problems.push(problem('branchingDropped', { ...where(p.item), item: p.item }, { target: String(p.vars.target ?? '') }));
    }
  }
  /** Problems that stop the definition being saved as a draft (duplicate codes, a scale over text …): the route refuses these. */
  const blocking: InterchangeProblem[] = [];
  for (const p of checkDefinition(definition)) {
    const located = { ...where(p.item), item: p.item, key: p.key, vars: { ...p.vars, row: where(p.item).row ?? '', sheet: where(p.item).sheet ?? '' } };
    problems.push(located);
    if (p.severity === 'error') blocking.push(located);
  }
  return { definition, problems, blocking };
}

/** "my_form_2" → "My form 2": a readable title when the file carries none. */
export const humanise = (name: string) => name.replace(/_+/g, ' ').trim().replace(/^./, (c) => c.toUpperCase());
