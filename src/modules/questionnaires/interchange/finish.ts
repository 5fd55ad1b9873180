import type { z } from 'zod';
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
  splitLongSections(draft as Draft, problems);
  const parsed = InstrumentDefinitionSchema.safeParse(draft);
  if (!parsed.success) {
    const raw = draft as { sections?: { items?: { name?: string }[] }[] };
    throw malformed(
      parsed.error.issues.map((issue) => {
        const [s, si, i, ii, ...rest] = issue.path;
        const name = s === 'sections' && i === 'items' ? raw.sections?.[si as number]?.items?.[ii as number]?.name : undefined;
        const field = [s, si, i, ii, ...rest].filter((p) => p !== undefined).join('.');
        const { key, vars } = reasonOf(issue);
        return name ? problem(`invalidField${key}`, { ...where(name), item: name }, { field, ...vars }) : problem(`invalidStructure${key}`, {}, { field, ...vars });
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

/**
 * What a schema issue says, as its own translated interchange message with the numbers in it. The issue's
 * message is an internal key with JSON (`errors.tooLong {"max":4000}`, lib/zod-messages.ts) that a person must
 * never see, so the kind and limit are read from the issue itself.
 */
function reasonOf(issue: z.core.$ZodIssue): { key: 'TooLong' | 'TooShort' | 'TooMany' | 'TooFew' | 'Missing' | 'Invalid'; vars: Record<string, string | number> } {
  const limit = (n: unknown) => (typeof n === 'number' || typeof n === 'bigint' ? Number(n) : '');
  if (issue.code === 'too_big') return { key: issue.origin === 'string' ? 'TooLong' : issue.origin === 'array' ? 'TooMany' : 'Invalid', vars: { max: limit(issue.maximum), min: '' } };
  if (issue.code === 'too_small') return { key: issue.origin === 'string' ? 'TooShort' : issue.origin === 'array' ? 'TooFew' : 'Invalid', vars: { min: limit(issue.minimum), max: '' } };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { key: 'Missing', vars: { min: '', max: '' } };
  return { key: 'Invalid', vars: { min: '', max: '' } };
}

/** "my_form_2" → "My form 2": a readable title when the file carries none. */
export const humanise = (name: string) => name.replace(/_+/g, ' ').trim().replace(/^./, (c) => c.toUpperCase());

type Draft = { sections?: { name: string; title?: unknown; items: unknown[] }[] };
/** The most items a section may hold (definition.ts); a longer run of questions is split into parts. */
const maxSectionItems = 500;

/** A dictionary with 3,000 fields and no section headers is still a questionnaire: split it, and say so. */
function splitLongSections(draft: Draft, problems: InterchangeProblem[]) {
  if (!draft.sections) return;
  const out: NonNullable<Draft['sections']> = [];
  for (const section of draft.sections) {
    if (section.items.length <= maxSectionItems) {
      out.push(section);
      continue;
    }
    problems.push(problem('sectionSplit', {}, { section: section.name, count: section.items.length, max: maxSectionItems }));
    for (let i = 0, part = 1; i < section.items.length; i += maxSectionItems, part++)
      out.push({ ...section, name: part === 1 ? section.name : `${section.name}_part_${part}`.slice(0, 100), items: section.items.slice(i, i + maxSectionItems) });
  }
  draft.sections = out;
}
