/**
 * The 18 columns of a REDCap data dictionary, in the order REDCap writes them (formats.md §1). Older exports
 * have 17 (no Field Annotation); the API metadata export uses the snake_case names. All three are read.
 */
export const redcapColumns = [
  { key: 'field_name', header: 'Variable / Field Name' },
  { key: 'form_name', header: 'Form Name' },
  { key: 'section_header', header: 'Section Header' },
  { key: 'field_type', header: 'Field Type' },
  { key: 'field_label', header: 'Field Label' },
  { key: 'select_choices_or_calculations', header: 'Choices, Calculations, OR Slider Labels' },
  { key: 'field_note', header: 'Field Note' },
  { key: 'text_validation_type_or_show_slider_number', header: 'Text Validation Type OR Show Slider Number' },
  { key: 'text_validation_min', header: 'Text Validation Min' },
  { key: 'text_validation_max', header: 'Text Validation Max' },
  { key: 'identifier', header: 'Identifier?' },
  { key: 'branching_logic', header: 'Branching Logic (Show field only if...)' },
  { key: 'required_field', header: 'Required Field?' },
  { key: 'custom_alignment', header: 'Custom Alignment' },
  { key: 'question_number', header: 'Question Number (surveys only)' },
  { key: 'matrix_group_name', header: 'Matrix Group Name' },
  { key: 'matrix_ranking', header: 'Matrix Ranking?' },
  { key: 'field_annotation', header: 'Field Annotation' },
] as const;

export type RedcapKey = (typeof redcapColumns)[number]['key'];
export type RedcapRow = Record<RedcapKey, string>;

/** Columns A, B, D and E are required by REDCap. */
export const requiredColumns: RedcapKey[] = ['field_name', 'form_name', 'field_type', 'field_label'];

const normalise = (h: string) => h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Which column a header names. Exact current and snake_case names first; then the distinctive beginning of older
 * wordings ("Choices OR Calculations", "Text Validation Type", "Branching Logic (Show field only if...)").
 */
export function columnForHeader(header: string): RedcapKey | undefined {
  const h = normalise(header);
  for (const c of redcapColumns) if (h === normalise(c.header) || h === c.key) return c.key;
  const prefixes: [string, RedcapKey][] = [
    ['variable', 'field_name'], ['field name', 'field_name'], ['form', 'form_name'], ['section', 'section_header'], ['field type', 'field_type'],
    ['field label', 'field_label'], ['choices', 'select_choices_or_calculations'], ['field note', 'field_note'], ['text validation type', 'text_validation_type_or_show_slider_number'],
    ['text validation min', 'text_validation_min'], ['text validation max', 'text_validation_max'], ['identifier', 'identifier'], ['branching', 'branching_logic'],
    ['required', 'required_field'], ['custom alignment', 'custom_alignment'], ['question number', 'question_number'], ['matrix group', 'matrix_group_name'],
    ['matrix ranking', 'matrix_ranking'], ['field annotation', 'field_annotation'],
  ];
  return prefixes.find(([p]) => h.startsWith(p))?.[1];
}

/** REDCap `code, label | code, label`: only the first comma splits, so labels may contain commas. */
export function parseChoices(text: string): { code: string; label: string }[] | { bad: string } {
  const out: { code: string; label: string }[] = [];
  for (const part of text.split('|')) {
    const segment = part.trim();
    if (segment === '') continue;
    const comma = segment.indexOf(',');
    if (comma <= 0) return { bad: segment };
    out.push({ code: segment.slice(0, comma).trim(), label: segment.slice(comma + 1).trim() });
  }
  return out;
}

export const formatChoices = (choices: { code: string; label: string }[]) => choices.map((c) => `${c.code}, ${c.label}`).join(' | ');
