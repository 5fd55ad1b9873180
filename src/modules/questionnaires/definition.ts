import { z } from 'zod';

/**
 * The instrument definition: the one shape the builder edits, a published version freezes, participant
 * pages render, scoring reads, and REDCap / XLSForm interchange converts to and from. Stored as jsonb on
 * the instrument version. No imports beyond zod: the staff app may share these types.
 */

export const instrumentLanguages = ['nb', 'nn', 'en'] as const;
export type InstrumentLanguage = (typeof instrumentLanguages)[number];

/**
 * A text in up to three languages. A missing language is shown with a visible marker, never silently swapped.
 * The limit is REDCap's (a MySQL TEXT column, 65,535): published instruments carry consent texts and instructions
 * far over 4,000 characters. Labels may hold REDCap's HTML; participant pages show it through an allow-list.
 */
export const maxTextLength = 65_535;
const localString = z.string().max(maxTextLength).optional();
export const LocalTextSchema = z.object({ nb: localString, nn: localString, en: localString }).strict();
export type LocalText = z.infer<typeof LocalTextSchema>;

/** Variable names follow REDCap's rule so every instrument can be exported: lowercase, digits, _, not starting with a digit. */
export const variableName = z.string().regex(/^[a-z][a-z0-9_]{0,99}$/, 'questionnaires.errors.variableName');

/** A coded choice. Codes are strings: REDCap allows non-integer codes ("1", "0", "2.5", "a"). */
export const ChoiceSchema = z.object({ code: z.string().min(1).max(50), label: LocalTextSchema }).strict();
export type Choice = z.infer<typeof ChoiceSchema>;

/** A Likert point has a numeric value (scoring uses it). N/A and "don't know" are codes outside the scale, scored as missing. */
export const LikertPointSchema = z.object({ value: z.number(), label: LocalTextSchema }).strict();

/**
 * Simple branching: show an item only when a condition on earlier answers holds.
 * `selected` tests one choice of a multiple-choice item (REDCap `[q(2)] = '1'`, XLSForm `selected(${q}, '2')`).
 * `answered` / `unanswered` test for any answer (REDCap `[q] <> ""`).
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { item: string; op: 'eq' | 'neq' | 'lt' | 'lte' | 'gt' | 'gte'; value: string | number }
  | { item: string; op: 'selected' | 'notSelected'; value: string }
  | { item: string; op: 'answered' | 'unanswered' };
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1).max(50) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1).max(50) }).strict(),
    z.object({ item: variableName, op: z.enum(['eq', 'neq', 'lt', 'lte', 'gt', 'gte']), value: z.union([z.string().max(200), z.number()]) }).strict(),
    z.object({ item: variableName, op: z.enum(['selected', 'notSelected']), value: z.string().max(50) }).strict(),
    z.object({ item: variableName, op: z.enum(['answered', 'unanswered']) }).strict(),
  ]),
);

/** What every item has. `hint` is REDCap's Field Note / XLSForm's hint. */
const itemBase = {
  name: variableName,
  label: LocalTextSchema,
  hint: LocalTextSchema.optional(),
  required: z.boolean().default(false),
  showIf: ConditionSchema.optional(),
  /** REDCap's Identifier? = y: personal data, dropped from shareable exports. */
  identifier: z.boolean().optional(),
  /** REDCap Question Number (surveys only). */
  questionNumber: z.string().max(20).optional(),
  /** REDCap Field Annotation / action tags, kept verbatim for round trips (an @CALCTEXT formula can be long). */
  annotation: z.string().max(20_000).optional(),
  /** REDCap Custom Alignment (RV, RH, LV, LH), kept for round trips. */
  alignment: z.enum(['RV', 'RH', 'LV', 'LH']).optional(),
};

export const LikertItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('likert'),
    points: z.array(LikertPointSchema).min(2).max(11),
    /** Codes for "not applicable" and "don't know" when offered (e.g. RSA-R); scored as missing. */
    notApplicable: z.object({ code: z.string().max(20), label: LocalTextSchema }).strict().optional(),
    dontKnow: z.object({ code: z.string().max(20), label: LocalTextSchema }).strict().optional(),
  })
  .strict();

/** REDCap accepts long lists (a published 249-country list); 2,000 leaves room for municipality or occupation lists. */
export const maxChoices = 2000;

export const SingleChoiceItemSchema = z
  .object({ ...itemBase, type: z.literal('single_choice'), choices: z.array(ChoiceSchema).min(1).max(maxChoices), display: z.enum(['radio', 'dropdown']).default('radio') })
  .strict();

export const MultipleChoiceItemSchema = z
  .object({ ...itemBase, type: z.literal('multiple_choice'), choices: z.array(ChoiceSchema).min(1).max(maxChoices), maxChecked: z.number().int().positive().optional() })
  .strict();

/** Rows share one scale. Each row is its own variable (REDCap matrix group: consecutive radio/checkbox fields). */
export const MatrixItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('matrix'),
    rows: z.array(z.object({ name: variableName, label: LocalTextSchema, required: z.boolean().optional(), questionNumber: z.string().max(20).optional(), annotation: z.string().max(2000).optional() }).strict()).min(1).max(100),
    choices: z.array(ChoiceSchema).min(1).max(20),
    multiple: z.boolean().default(false),
    /** REDCap Matrix Ranking? = y: no two rows may share a value. */
    ranking: z.boolean().optional(),
  })
  .strict();

export const TextItemSchema = z
  .object({
    ...itemBase,
    type: z.literal('text'),
    multiline: z.boolean().default(false),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().positive().max(20000).optional(),
    /** A REDCap text validation type that is not number/date (email, phone, …), kept for round trips and checked where known. */
    format: z.string().max(40).optional(),
  })
  .strict();

export const NumberItemSchema = z
  .object({ ...itemBase, type: z.literal('number'), integer: z.boolean().default(false), min: z.number().optional(), max: z.number().optional(), decimals: z.number().int().min(0).max(4).optional(), commaDecimal: z.boolean().optional() })
  .strict();

/** ISO dates (yyyy-mm-dd) in storage; `order` is how REDCap showed it (date_ymd/mdy/dmy). */
export const DateItemSchema = z
  .object({ ...itemBase, type: z.literal('date'), min: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), max: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), order: z.enum(['ymd', 'mdy', 'dmy']).optional() })
  .strict();

/** Stored as '1' (yes / true) or '0' (no / false). */
export const YesNoItemSchema = z.object({ ...itemBase, type: z.literal('yes_no'), variant: z.enum(['yesno', 'truefalse']).default('yesno') }).strict();

/** 0–100 by default, with up to three labels (left, middle, right). */
export const SliderItemSchema = z
  .object({ ...itemBase, type: z.literal('slider'), min: z.number().default(0), max: z.number().default(100), labels: z.array(LocalTextSchema).max(3).default([]), showNumber: z.boolean().default(false) })
  .strict();

/** Text only; never answered. */
export const DescriptiveItemSchema = z.object({ ...itemBase, type: z.literal('descriptive') }).strict();

/**
 * Calculated field (REDCap calc / @CALCTEXT, XLSForm calculate): never answered; the server computes it on every
 * saved screen (calc/compute.ts) and stores the result among the answers under the item's name. `textResult`
 * marks REDCap's @CALCTEXT (a text field whose annotation holds the formula), so the export writes it back as one.
 */
export const CalcItemSchema = z.object({ ...itemBase, type: z.literal('calc'), formula: z.string().max(20_000), textResult: z.boolean().optional() }).strict();

export const ItemSchema = z.discriminatedUnion('type', [
  LikertItemSchema,
  SingleChoiceItemSchema,
  MultipleChoiceItemSchema,
  MatrixItemSchema,
  TextItemSchema,
  NumberItemSchema,
  DateItemSchema,
  YesNoItemSchema,
  SliderItemSchema,
  DescriptiveItemSchema,
  CalcItemSchema,
]);
export type Item = z.infer<typeof ItemSchema>;
export type ItemType = Item['type'];

/** A section is a page of the whole-form view and REDCap's Section Header / XLSForm's group. */
export const SectionSchema = z
  .object({ name: variableName, title: LocalTextSchema.optional(), items: z.array(ItemSchema).max(500) })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

/**
 * A scale or subscale over answerable variables (Likert, single choice with numeric codes, matrix rows,
 * number, slider). Reverse-scored items are mirrored within the item's own range (min + max − value).
 * `minAnswered`: the score is missing when fewer items were answered (N/A and don't know count as missing).
 */
export const ScaleSchema = z
  .object({
    name: variableName,
    label: LocalTextSchema,
    items: z.array(variableName).min(1).max(200),
    reverse: z.array(variableName).default([]),
    method: z.enum(['sum', 'mean']),
    minAnswered: z.number().int().positive(),
    /** The parent scale's name when this is a subscale. */
    parent: variableName.optional(),
  })
  .strict();
export type Scale = z.infer<typeof ScaleSchema>;

export const InstrumentDefinitionSchema = z
  .object({
    /** REDCap form name / XLSForm form_id. */
    name: variableName,
    title: LocalTextSchema,
    description: LocalTextSchema.optional(),
    /** The languages the instrument is meant to be complete in; a missing text in one of them is flagged by the builder. */
    languages: z.array(z.enum(instrumentLanguages)).min(1),
    sections: z.array(SectionSchema).min(1).max(100),
    scales: z.array(ScaleSchema).max(100).default([]),
    /** For licensed instruments shipped as structure only: wording must be entered under the organisation's licence. */
    wordingRequired: z.boolean().optional(),
    licenceNote: LocalTextSchema.optional(),
    /** XLSForm settings.version / free version label; Varde's own version numbers live on the version row. */
    sourceVersion: z.string().max(50).optional(),
  })
  .strict();
export type InstrumentDefinition = z.infer<typeof InstrumentDefinitionSchema>;

/**
 * One answer. Likert: the point's value (number) or the N/A / don't-know code (string). Single choice, yes/no:
 * the code. Multiple choice: the codes. Number, slider: a number. Text, date (yyyy-mm-dd): a string.
 */
export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

/** Every answerable variable in order, with the item it belongs to (matrix rows are variables of their matrix). */
export function answerableVariables(def: InstrumentDefinition): { name: string; item: Item; row?: { name: string; label: LocalText } }[] {
  const out: { name: string; item: Item; row?: { name: string; label: LocalText } }[] = [];
  for (const section of def.sections)
    for (const item of section.items) {
      if (item.type === 'descriptive' || item.type === 'calc') continue;
      if (item.type === 'matrix') for (const row of item.rows) out.push({ name: row.name, item, row });
      else out.push({ name: item.name, item });
    }
  return out;
}

/** Every item in order, across sections. */
export function allItems(def: InstrumentDefinition): Item[] {
  return def.sections.flatMap((s) => s.items);
}
