import { instrumentLanguages, type InstrumentLanguage, type LocalText } from '../definition.js';
import { finishImport, humanise } from '../interchange/finish.js';
import { malformed, problem, type InterchangeProblem } from '../interchange/problems.js';
import { languageOf, parseHeader, readSheets, type Sheet, type SheetRow } from './workbook.js';
import { readType, type SurveyType } from './types.js';
import { buildSections } from './import-items.js';
import { tryParseFormula } from '../calc/expression.js';

/**
 * XLSForm (.xlsx with survey / choices / settings sheets) → instrument definition. Multilingual `label::Norsk
 * bokmål (nb)` columns and the older `label:English` spelling are read; old type aliases too. A workbook that is
 * not an XLSForm (unreadable, no survey sheet, a select without its choices sheet or list, an unknown type,
 * unbalanced groups) is refused whole, naming the sheet and row; everything else that cannot be represented is
 * imported as far as possible and reported item by item.
 *
 * Mapping: begin/end group → section (label = title); a group with appearance `table-list` whose rows are all
 * select_one (or all select_multiple) of the same list → matrix; select_one with appearance `likert` and numeric
 * choice names → Likert (non-numeric names become "not applicable" / "don't know"); `minimal` → dropdown;
 * text `multiline` → multi-line; note → descriptive; calculate → read-only calc; range → slider; constraints of
 * the forms `. >= a and . <= b`, `string-length(.) <= n`, `count-selected(.) <= n`, `. >= date('…')` → limits.
 */

export interface XlsImportOptions {
  /** Language of plain `label` columns when settings has no default_language. */
  language?: InstrumentLanguage;
}

type Columns = { get: (cells: Record<string, string>, column: string) => string; text: (cells: Record<string, string>, column: string) => LocalText; languages: Set<InstrumentLanguage>; ignored: string[] };

/** Column lookup for one sheet: plain and per-language texts, the languages seen and the foreign ones skipped. */
function columnsOf(sheet: Sheet, defaultLanguage: InstrumentLanguage): Columns {
  const plain = new Map<string, string>();
  const localised = new Map<string, [InstrumentLanguage, string][]>();
  const languages = new Set<InstrumentLanguage>();
  const ignored: string[] = [];
  for (const header of sheet.headers) {
    if (!header) continue;
    const { column, language } = parseHeader(header);
    if (language === undefined) {
      if (!plain.has(column)) plain.set(column, header);
      continue;
    }
    const lang = languageOf(language);
    if (!lang) {
      ignored.push(header);
      continue;
    }
    if (column === 'label' || column === 'hint') languages.add(lang);
    localised.set(column, [...(localised.get(column) ?? []), [lang, header]]);
  }
  if ((plain.has('label') && !localised.has('label')) || (plain.has('hint') && !localised.has('hint'))) languages.add(defaultLanguage);
  return {
    languages,
    ignored,
    get: (cells, column) => cells[plain.get(column) ?? ''] ?? '',
    text: (cells, column) => {
      const out: LocalText = {};
      const p = cells[plain.get(column) ?? ''];
      if (p) out[defaultLanguage] = p;
      for (const [lang, header] of localised.get(column) ?? []) if (cells[header]) out[lang] = cells[header];
      return out;
    },
  };
}

const nameRule = /^[a-z][a-z0-9_]{0,99}$/;
/** XLSForm allows capitals, '-' and '.'; Varde's names follow REDCap's rule so every instrument can be exported. */
const toVariable = (name: string) => {
  const v = name.trim().toLowerCase().replace(/[-.\s]/g, '_');
  return /^[a-z]/.test(v) ? v : `q_${v}`;
};

export async function importXlsForm(data: Buffer, options: XlsImportOptions = {}) {
  const sheets = await readSheets(data);
  if (!sheets) throw malformed([problem('xlsformUnreadable', {})]);
  const survey = sheets.get('survey');
  if (!survey) throw malformed([problem('xlsformMissingSheet', { sheet: 'survey' }, { found: [...sheets.values()].map((s) => s.name).join(', ') })]);
  const settingsSheet = sheets.get('settings');
  const settings = settingsSheet?.rows[0]?.cells ?? {};
  const settingsCols = settingsSheet ? columnsOf(settingsSheet, 'nb') : undefined;
  const defaultLanguage = languageOf(settingsCols?.get(settings, 'default_language') ?? '') ?? (options.language && instrumentLanguages.includes(options.language) ? options.language : 'nb');

  const problems: InterchangeProblem[] = [];
  const s = columnsOf(survey, defaultLanguage);
  const fatal: InterchangeProblem[] = [];
  for (const column of ['type', 'name']) if (!survey.headers.some((h) => parseHeader(h).column === column)) fatal.push(problem('xlsformMissingColumn', { sheet: 'survey', row: 1 }, { column }));
  if (fatal.length) throw malformed(fatal);
  for (const header of s.ignored) problems.push(problem('languageIgnored', { sheet: 'survey', row: 1 }, { column: header }));

  // Choice lists.
  const choicesSheet = sheets.get('choices');
  const lists = new Map<string, { code: string; label: LocalText }[]>();
  if (choicesSheet) {
    const c = columnsOf(choicesSheet, defaultLanguage);
    for (const lang of c.languages) s.languages.add(lang);
    for (const header of c.ignored) problems.push(problem('languageIgnored', { sheet: 'choices', row: 1 }, { column: header }));
    for (const column of ['list_name', 'name']) if (!choicesSheet.headers.some((h) => parseHeader(h).column === column)) fatal.push(problem('xlsformMissingColumn', { sheet: 'choices', row: 1 }, { column }));
    if (fatal.length) throw malformed(fatal);
    for (const r of choicesSheet.rows) {
      const list = c.get(r.cells, 'list_name');
      const code = c.get(r.cells, 'name');
      if (!list) continue;
      const known = lists.get(list) ?? [];
      // A repeated choice name (allowed by pyxform with allow_choice_duplicates) cannot be told apart in the data: the first one stays.
      if (!code) fatal.push(problem('xlsformMissingName', { sheet: 'choices', row: r.row }));
      else if (known.some((k) => k.code === code)) problems.push(problem('duplicateChoice', { sheet: 'choices', row: r.row }, { choice: code, list }));
      else lists.set(list, [...known, { code, label: c.text(r.cells, 'label') }]);
    }
  }

  // Types, names and lists first: a workbook with any of these wrong is not stored at all.
  const rowsIn: { r: SheetRow; type: SurveyType; name: string }[] = [];
  const names = new Map<string, number>();
  let depth = 0;
  for (const r of survey.rows) {
    const rawType = s.get(r.cells, 'type');
    if (!rawType) continue;
    const type = readType(rawType);
    const where = { sheet: 'survey', row: r.row };
    // One odd row never refuses the file: a type Varde does not know is reported and left out, like a known unsupported one.
    if (!type) {
      problems.push(problem('unknownTypeSkipped', { ...where, item: s.get(r.cells, 'name') }, { type: rawType }));
      continue;
    }
    if (type.kind === 'unsupported') {
      rowsIn.push({ r, type, name: toVariable(s.get(r.cells, 'name') || `row_${r.row}`) });
      continue;
    }
    let raw = s.get(r.cells, 'name');
    if (!raw && type.kind === 'question' && type.type === 'note') {
      // pyxform requires a name, but forms in the wild have unnamed notes: they are text only, so one is made up.
      raw = `note_${r.row}`;
      for (let n = 2; names.has(raw); n++) raw = `note_${r.row}_${n}`;
      problems.push(problem('nameGenerated', { ...where, item: raw }));
    }
    if (type.kind === 'end') {
      if (--depth < 0) fatal.push(problem('xlsformUnbalancedGroup', where));
      rowsIn.push({ r, type, name: '' });
      continue;
    }
    if (type.kind === 'begin') depth++;
    if (!raw) {
      fatal.push(problem('xlsformMissingName', where));
      continue;
    }
    const name = toVariable(raw);
    if (name !== raw) problems.push(problem('nameChanged', { ...where, item: name }, { from: raw, to: name }));
    if (!nameRule.test(name)) fatal.push(problem('xlsformBadName', { ...where, item: raw }));
    if (type.kind !== 'begin') {
      if (names.has(name)) fatal.push(problem('xlsformDuplicateName', { ...where, item: name }, { first: names.get(name)! }));
      names.set(name, r.row);
    }
    if (type.list !== undefined) {
      if (!choicesSheet) fatal.push(problem('xlsformMissingSheet', { sheet: 'choices' }, { found: [...sheets.values()].map((x) => x.name).join(', ') }));
      else if (!lists.has(type.list)) fatal.push(problem('xlsformUnknownList', { ...where, item: name }, { list: type.list }));
    }
    rowsIn.push({ r, type, name });
  }
  if (depth > 0) fatal.push(problem('xlsformUnbalancedGroup', { sheet: 'survey', row: survey.rows.at(-1)?.row ?? 1 }));
  if (fatal.length) throw malformed(dedupe(fatal));

  const { sections, rowOf } = buildSections(rowsIn, s, lists, problems);
  renameReferences(sections, rowOf, problems);
  for (const header of settingsCols?.ignored ?? []) problems.push(problem('languageIgnored', { sheet: 'settings', row: 1 }, { column: header }));
  for (const key of Object.keys(settings)) {
    const { column } = parseHeader(key);
    if (!['form_title', 'form_id', 'version', 'default_language'].includes(column)) problems.push(problem('settingIgnored', { sheet: 'settings', row: 2 }, { column: key }));
  }
  const rawId = settingsCols?.get(settings, 'form_id') ?? '';
  const formId = rawId ? toVariable(rawId) : '';
  const name = nameRule.test(formId) ? formId : 'imported_form';
  const title = settingsCols?.get(settings, 'form_title') || humanise(name);
  let version = settingsCols?.get(settings, 'version');
  // settings.version is often a formula (=NOW(), =TEXT(NOW(),"yyyymmddhh")): its result, when short, is a version label.
  if (version && (version.length > 50 || version.startsWith('='))) {
    problems.push(problem('versionIgnored', { sheet: 'settings', row: 2 }, { value: version.slice(0, 60) }));
    version = undefined;
  }
  const languages = instrumentLanguages.filter((l) => s.languages.has(l));
  const draft = {
    name,
    title: { [languages.length === 0 || languages.includes(defaultLanguage) ? defaultLanguage : languages[0]]: title },
    languages: languages.length ? (languages.includes(defaultLanguage) ? [defaultLanguage, ...languages.filter((l) => l !== defaultLanguage)] : languages) : [defaultLanguage],
    sections,
    scales: [],
    ...(version ? { sourceVersion: version } : {}),
  };
  // Problems about the form itself (its title) point at the settings sheet, where the title lives.
  return finishImport(draft, (n) => (n === name && !rowOf.has(n) ? { sheet: 'settings', row: 2 } : { sheet: 'survey', row: rowOf.get(n) }), problems);
}

/**
 * `${Field-1}` in labels is piping and in calculations a reference: both follow the renaming of names to Varde's
 * variables (Field-1 → field_1), as relevant already does, so piping shows the answer and exports stay valid.
 */
function renameReferences(sections: { title?: LocalText; items: Record<string, unknown>[] }[], rowOf: Map<string, number>, problems: InterchangeProblem[]) {
  const rename = (text: string) => text.replace(/\$\{([^}]+)\}/g, (_, n: string) => `\${${toVariable(n)}}`);
  const texts = (t: unknown) => {
    if (t && typeof t === 'object') for (const [k, v] of Object.entries(t)) if (typeof v === 'string') (t as Record<string, string>)[k] = rename(v);
  };
  for (const section of sections) {
    texts(section.title);
    for (const item of section.items) {
      texts(item.label);
      texts(item.hint);
      for (const list of [item.rows, item.choices, item.points] as { label?: unknown }[][]) for (const x of list ?? []) texts(x.label);
      if (item.type === 'calc' && typeof item.formula === 'string') {
        const formula = rename(item.formula);
        item.formula = formula;
        const parsed = tryParseFormula(formula);
        const name = String(item.name);
        if (!parsed.ok) problems.push(problem('calcUnsupported', { sheet: 'survey', row: rowOf.get(name), item: name }, { formula: formula.slice(0, 200), reason: parsed.reason }));
      }
    }
  }
}

function dedupe(list: InterchangeProblem[]) {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = `${p.key}|${p.sheet}|${p.row}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

export type { Columns };
