/**
 * SPSS syntax and an R script that read a survey's `responses.csv` (codes, not labels) with variable
 * and value labels — what REDCap and Nettskjema give their users, so nobody retypes a codebook. Both
 * are generated from the same variable list as the CSV's columns (`exportColumns`), in the export's
 * language. "Not applicable" and "don't know" keep their codes in the CSV; SPSS declares them as
 * user-missing and R gets them in an `na_values` attribute (haven's convention), so analyses can
 * treat them as missing without losing the distinction.
 */
import type { Language } from '../../i18n/index.js';
import { translate } from '../../i18n/index.js';
import { allItems, type InstrumentDefinition, type Item } from './definition.js';
import { localText, scaleColumnName, type ExportOptions } from './export-columns.js';

export interface SyntaxVariable {
  name: string;
  label: string;
  kind: 'numeric' | 'string';
  /** Code → label. */
  values: [number | string, string][];
  /** Codes that mean "no answer of substance" (N/A, don't know). */
  missing: (number | string)[];
}

const numericCode = (code: string) => /^-?\d+(\.\d+)?$/.test(code);

function itemVariables(item: Item, lang: Language): SyntaxVariable[] {
  const label = localText(item.label, lang);
  switch (item.type) {
    case 'likert': {
      const values: [number | string, string][] = item.points.map((p) => [p.value, localText(p.label, lang)]);
      const missing: (number | string)[] = [];
      for (const extra of [item.notApplicable, item.dontKnow]) {
        if (!extra) continue;
        const code = numericCode(extra.code) ? Number(extra.code) : extra.code;
        values.push([code, localText(extra.label, lang)]);
        missing.push(code);
      }
      const kind = values.every(([v]) => typeof v === 'number') ? 'numeric' : 'string';
      return [{ name: item.name, label, kind, values, missing }];
    }
    case 'single_choice': {
      const numeric = item.choices.every((c) => numericCode(c.code));
      return [{ name: item.name, label, kind: numeric ? 'numeric' : 'string', values: item.choices.map((c) => [numeric ? Number(c.code) : c.code, localText(c.label, lang)]), missing: [] }];
    }
    case 'yes_no': {
      const [yes, no] = item.variant === 'truefalse' ? ['true', 'false'] : ['yes', 'no'];
      return [{ name: item.name, label, kind: 'numeric', values: [[1, translate(lang, `questionnaires.export.values.${yes}`)], [0, translate(lang, `questionnaires.export.values.${no}`)]], missing: [] }];
    }
    case 'multiple_choice':
      return item.choices.map((c) => checkbox(item.name, c.code, `${label}: ${localText(c.label, lang)}`, lang));
    case 'matrix':
      return item.rows.flatMap((row) => {
        const rowLabel = `${label}: ${localText(row.label, lang)}`;
        if (item.multiple) return item.choices.map((c) => checkbox(row.name, c.code, `${rowLabel}: ${localText(c.label, lang)}`, lang));
        const numeric = item.choices.every((c) => numericCode(c.code));
        return [{ name: row.name, label: rowLabel, kind: numeric ? 'numeric' as const : 'string' as const, values: item.choices.map((c): [number | string, string] => [numeric ? Number(c.code) : c.code, localText(c.label, lang)]), missing: [] }];
      });
    case 'number':
    case 'slider':
      return [{ name: item.name, label, kind: 'numeric', values: [], missing: [] }];
    case 'calc':
      return [{ name: item.name, label, kind: item.textResult ? 'string' : 'numeric', values: [], missing: [] }];
    case 'descriptive':
      return [];
    default:
      return [{ name: item.name, label, kind: 'string', values: [], missing: [] }];
  }
}

function checkbox(variable: string, code: string, label: string, lang: Language): SyntaxVariable {
  return {
    name: `${variable}___${code.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`,
    label,
    kind: 'numeric',
    values: [[1, translate(lang, 'questionnaires.export.values.checked')], [0, translate(lang, 'questionnaires.export.values.unchecked')]],
    missing: [],
  };
}

/** A text variable's codes are text too (a Likert item whose "don't know" is `dk` is read as text). */
function codesMatchKind(v: SyntaxVariable): SyntaxVariable {
  if (v.kind === 'numeric') return v;
  return { ...v, values: v.values.map(([code, label]) => [String(code), label]), missing: v.missing.map(String) };
}

/** The CSV's columns, in its order, described (the fixed columns first, then items, then scales). */
export function syntaxVariables(def: InstrumentDefinition, opts: Pick<ExportOptions, 'lang' | 'participantCode' | 'pairingKey'>): SyntaxVariable[] {
  const t = (key: string) => translate(opts.lang, `questionnaires.export.columns.${key}`);
  const fixed = (name: string): SyntaxVariable => ({ name, label: t(name), kind: 'string', values: [], missing: [] });
  const out = [fixed('response_id')];
  if (opts.participantCode) out.push(fixed('participant_code'));
  if (opts.pairingKey) out.push(fixed('pairing_key'));
  out.push(fixed('status'), fixed('language'), fixed('started_at'), fixed('submitted_at'));
  const names = new Set<string>();
  for (const item of allItems(def)) {
    for (const v of itemVariables(item, opts.lang).map(codesMatchKind)) {
      out.push(v);
      names.add(v.name.split('___')[0]);
    }
  }
  for (const scale of def.scales) out.push({ name: scaleColumnName(scale.name, names), label: localText(scale.label, opts.lang), kind: 'numeric', values: [], missing: [] });
  return out;
}

const spssText = (s: string) => `'${s.replace(/'/g, "''").replace(/\s+/g, ' ').slice(0, 250)}'`;
const spssValue = (v: number | string) => (typeof v === 'number' ? String(v) : spssText(v));

/** SPSS syntax: GET DATA (UTF-8, comma, quoted), then VARIABLE LABELS, VALUE LABELS and MISSING VALUES. */
export function spssSyntax(variables: SyntaxVariable[], csvName: string, title: string): string {
  const lines = [
    `* ${title.replace(/\s+/g, ' ')}.`,
    `* Reads ${csvName} (exported from Varde with codes, not labels) with variable and value labels.`,
    '* Put this file beside the CSV, or write the whole path in /FILE.',
    `GET DATA /TYPE=TXT /FILE=${spssText(csvName)} /ENCODING='UTF8'`,
    '  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS="," /QUALIFIER=\'"\'',
    '  /VARIABLES=',
    ...variables.map((v) => `    ${v.name} ${v.kind === 'numeric' ? 'F8.2' : 'A255'}`),
    '.',
    'VARIABLE LABELS',
    variables.map((v) => `  ${v.name} ${spssText(v.label)}`).join('\n  /') + '.',
  ];
  const labelled = variables.filter((v) => v.values.length);
  if (labelled.length) {
    lines.push('VALUE LABELS');
    lines.push(labelled.map((v) => `  ${v.name} ${v.values.map(([code, label]) => `${spssValue(code)} ${spssText(label)}`).join(' ')}`).join('\n  /') + '.');
  }
  for (const v of variables.filter((x) => x.missing.length)) lines.push(`MISSING VALUES ${v.name} (${v.missing.slice(0, 3).map(spssValue).join(', ')}).`);
  lines.push('EXECUTE.', '');
  return lines.join('\n');
}

const rText = (s: string) => JSON.stringify(s);
const rValue = (v: number | string) => (typeof v === 'number' ? String(v) : rText(v));

/**
 * An R script in base R: read.csv, then a `label` attribute on every column and `labels` / `na_values`
 * on coded ones (the attributes haven and labelled use; `haven::as_factor()` turns them into factors).
 */
export function rScript(variables: SyntaxVariable[], csvName: string, title: string): string {
  const classes = variables.map((v) => `${rText(v.name)} = ${rText(v.kind === 'numeric' ? 'numeric' : 'character')}`);
  const lines = [
    `# ${title.replace(/\s+/g, ' ')}`,
    `# Reads ${csvName} (exported from Varde with codes, not labels) with variable and value labels.`,
    '# Base R only; the attributes follow haven/labelled, so haven::as_factor(responses) gives factors.',
    `responses <- read.csv(${rText(csvName)}, fileEncoding = "UTF-8-BOM", na.strings = "", check.names = FALSE,`,
    `  colClasses = c(${classes.join(', ')}))`,
  ];
  for (const v of variables) {
    lines.push(`attr(responses[[${rText(v.name)}]], "label") <- ${rText(v.label)}`);
    if (v.values.length) lines.push(`attr(responses[[${rText(v.name)}]], "labels") <- c(${v.values.map(([code, label]) => `${rText(label)} = ${rValue(code)}`).join(', ')})`);
    if (v.missing.length) lines.push(`attr(responses[[${rText(v.name)}]], "na_values") <- c(${v.missing.map(rValue).join(', ')})`);
  }
  lines.push('');
  return lines.join('\n');
}
