import type { Condition, LocalText } from '../definition.js';
import { problem, type InterchangeProblem } from '../interchange/problems.js';
import type { Columns } from './import.js';
import { parseConstraint, parseRelevant, type Constraint } from './logic.js';
import { parseHeader, type SheetRow } from './workbook.js';
import type { SurveyType } from './types.js';

type Row = { r: SheetRow; type: SurveyType; name: string };
type Section = { name: string; title?: LocalText; items: Record<string, unknown>[] };

/** Columns each type uses; any other non-empty cell on the row is reported, never silently dropped. */
const used = new Set(['type', 'name', 'label', 'hint', 'required', 'relevant', 'constraint', 'appearance', 'calculation', 'parameters']);

const toVariable = (name: string) => {
  const v = name.trim().toLowerCase().replace(/[-.\s]/g, '_');
  return /^[a-z]/.test(v) ? v : `q_${v}`;
};
const truthy = (v: string) => /^(yes|true|true\(\)|1|y)$/i.test(v.trim());
const hasText = (t: LocalText) => Object.values(t).some((v) => v && v.trim() !== '');

/** The survey rows, in order, as sections and items (see import.ts for the mapping). */
export function buildSections(rows: Row[], s: Columns, lists: Map<string, { code: string; label: LocalText }[]>, problems: InterchangeProblem[]) {
  const sections: Section[] = [];
  const rowOf = new Map<string, number>();
  const groupConditions: (Condition | undefined)[] = [];
  let current: Section | undefined;
  let untitled = 0;
  const section = () => {
    if (!current) {
      current = { name: `section_${++untitled}`, items: [] };
      sections.push(current);
    }
    return current;
  };
  const report = (key: string, row: Row, vars: Record<string, string | number> = {}) => problems.push(problem(key, { sheet: 'survey', row: row.r.row, item: row.name }, vars));
  const relevantOf = (row: Row): Condition | undefined => {
    const text = s.get(row.r.cells, 'relevant');
    if (!text) return undefined;
    const parsed = parseRelevant(text, toVariable);
    if (parsed.ok) return parsed.condition;
    report('branchingUnsupported', row, { logic: text, reason: parsed.reason });
    return undefined;
  };
  const withGroups = (own: Condition | undefined): Condition | undefined => {
    const all = [...groupConditions.filter((c): c is Condition => c !== undefined), ...(own ? [own] : [])];
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : { all };
  };
  const leftovers = (row: Row, also: string[] = []) => {
    for (const [header, value] of Object.entries(row.r.cells)) {
      const { column } = parseHeader(header);
      const known = used.has(column);
      if (value && !known && !also.includes(column)) report('columnIgnored', row, { column: header });
    }
  };
  const constraintOf = (row: Row): Constraint => {
    const text = s.get(row.r.cells, 'constraint');
    if (!text) return {};
    const parsed = parseConstraint(text);
    if (parsed.ok) return parsed.constraint;
    report('constraintUnsupported', row, { constraint: text });
    return {};
  };

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const { cells } = row.r;
    const appearance = s.get(cells, 'appearance').toLowerCase();
    if (row.type.kind === 'begin') {
      const children: Row[] = [];
      for (let j = i + 1; j < rows.length && rows[j].type.kind !== 'end' && rows[j].type.kind !== 'begin'; j++) children.push(rows[j]);
      const closes = rows[i + 1 + children.length]?.type.kind === 'end';
      const first = children[0]?.type;
      const uniform = row.type.group === 'group' && /table-list/.test(appearance) && closes && first?.kind === 'question' && (first.type === 'select_one' || first.type === 'select_multiple') &&
        children.every((c) => c.type.kind === 'question' && c.type.type === first.type && c.type.list === first.list) &&
        children.length > (s.get(children[0].r.cells, 'appearance').toLowerCase() === 'label' ? 1 : 0);
      if (uniform && first.kind === 'question' && first.list) {
        // A table-list group of one list is a matrix: the group is the item, its questions are the rows. ODK's
        // older pattern puts a header question with appearance `label` first: it is the matrix header, not a row.
        const header = s.get(children[0].r.cells, 'appearance').toLowerCase() === 'label' ? children[0] : undefined;
        const rowsIn = header ? children.slice(1) : children;
        const required = truthy(s.get((rowsIn[0] ?? children[0]).r.cells, 'required'));
        for (const c of rowsIn) {
          rowOf.set(c.name, c.r.row);
          if (s.get(c.r.cells, 'relevant')) report('matrixRowBranching', c);
          if (hasText(s.text(c.r.cells, 'hint'))) report('matrixRowNote', c);
          const rowAppearance = s.get(c.r.cells, 'appearance').toLowerCase();
          if ((rowAppearance && rowAppearance !== 'list-nolabel') || s.get(c.r.cells, 'constraint')) report('columnIgnored', c, { column: 'appearance / constraint' });
          leftovers(c);
        }
        if (header) report('matrixHeaderRow', header);
        rowOf.set(row.name, row.r.row);
        const hint = s.text(cells, 'hint');
        const showIf = withGroups(relevantOf(row));
        leftovers(row);
        const groupLabel = s.text(cells, 'label');
        section().items.push({
          type: 'matrix', name: row.name, label: hasText(groupLabel) || !header ? groupLabel : s.text(header.r.cells, 'label'), required, ...(hasText(hint) ? { hint } : {}), ...(showIf ? { showIf } : {}),
          rows: rowsIn.map((c) => ({ name: c.name, label: s.text(c.r.cells, 'label'), ...(truthy(s.get(c.r.cells, 'required')) !== required ? { required: !required } : {}) })),
          choices: lists.get(first.list)!, multiple: first.type === 'select_multiple',
        });
        i += children.length + 1;
        continue;
      }
      if (row.type.group === 'repeat') report(row.type.loop ? 'loopFlattened' : 'repeatFlattened', row);
      if (groupConditions.length) report('nestedGroup', row);
      if (appearance && !/field-list/.test(appearance)) report('appearanceIgnored', row, { appearance });
      groupConditions.push(relevantOf(row));
      leftovers(row);
      const title = s.text(cells, 'label');
      current = { name: row.name, ...(hasText(title) ? { title } : {}), items: [] };
      sections.push(current);
      continue;
    }
    if (row.type.kind === 'end') {
      groupConditions.pop();
      current = undefined;
      continue;
    }
    if (row.type.kind === 'unsupported') {
      report('unsupportedType', row, { type: row.type.type });
      continue;
    }
    rowOf.set(row.name, row.r.row);
    const hint = s.text(cells, 'hint');
    const showIf = withGroups(relevantOf(row));
    const base: Record<string, unknown> = {
      name: row.name, label: s.text(cells, 'label'), required: truthy(s.get(cells, 'required')),
      ...(hasText(hint) ? { hint } : {}), ...(showIf ? { showIf } : {}),
    };
    const c = constraintOf(row);
    const unusedLimits = (keys: (keyof Constraint)[]) => {
      const extra = (Object.keys(c) as (keyof Constraint)[]).filter((k) => !keys.includes(k));
      if (extra.length) report('constraintUnsupported', row, { constraint: s.get(cells, 'constraint') });
    };
    const appearanceKnown = (ok: string[]) => {
      if (appearance && !ok.includes(appearance)) report('appearanceIgnored', row, { appearance });
    };
    leftovers(row);
    const t = row.type;
    if (t.kind !== 'question') continue;
    switch (t.type) {
      case 'integer':
      case 'decimal':
        unusedLimits(['min', 'max']);
        appearanceKnown([]);
        section().items.push({ ...base, type: 'number', integer: t.type === 'integer', ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}) });
        break;
      case 'range': {
        const params = Object.fromEntries([...s.get(cells, 'parameters').matchAll(/(\w+)\s*=\s*(-?[\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
        if (params.step !== undefined && params.step !== 1) report('rangeStepIgnored', row, { step: params.step });
        unusedLimits([]);
        appearanceKnown([]);
        section().items.push({ ...base, type: 'slider', min: params.start ?? 1, max: params.end ?? 10, labels: [], showNumber: true });
        break;
      }
      case 'text':
        unusedLimits(['minLength', 'maxLength']);
        appearanceKnown(['multiline']);
        section().items.push({ ...base, type: 'text', multiline: appearance === 'multiline', ...(c.minLength !== undefined ? { minLength: c.minLength } : {}), ...(c.maxLength !== undefined ? { maxLength: c.maxLength } : {}) });
        break;
      case 'note':
        section().items.push({ ...base, type: 'descriptive' });
        break;
      case 'date':
        unusedLimits(['minDate', 'maxDate']);
        appearanceKnown([]);
        section().items.push({ ...base, type: 'date', ...(c.minDate ? { min: c.minDate } : {}), ...(c.maxDate ? { max: c.maxDate } : {}) });
        break;
      case 'calculate':
        section().items.push({ ...base, type: 'calc', formula: s.get(cells, 'calculation') });
        break;
      case 'select_one':
      case 'select_multiple': {
        if (t.orOther) report('orOtherIgnored', row);
        const choices = lists.get(t.list)!;
        if (t.type === 'select_multiple') {
          unusedLimits(['maxChecked']);
          appearanceKnown([]);
          section().items.push({ ...base, type: 'multiple_choice', choices, ...(c.maxChecked !== undefined ? { maxChecked: c.maxChecked } : {}) });
          break;
        }
        unusedLimits([]);
        appearanceKnown(['minimal', 'likert']);
        const likert = appearance === 'likert' ? likertOf(choices) : undefined;
        if (appearance === 'likert' && !likert) report('likertNotNumeric', row);
        section().items.push(likert ? { ...base, type: 'likert', ...likert } : { ...base, type: 'single_choice', choices, display: appearance === 'minimal' ? 'dropdown' : 'radio' });
        break;
      }
    }
  }
  return { sections: sections.filter((x) => x.items.length > 0), rowOf };
}

/** Numeric names are the points; up to two others are "not applicable" then "don't know" (by name if it says so). */
function likertOf(choices: { code: string; label: LocalText }[]) {
  const numeric = choices.filter((c) => /^-?\d+(\.\d+)?$/.test(c.code));
  const other = choices.filter((c) => !numeric.includes(c));
  if (numeric.length < 2 || other.length > 2) return undefined;
  const dk = other.find((c) => /^(dk|dont_?know|vet_?ikke|veit_?ikkje)$/i.test(c.code)) ?? (other.length === 2 ? other[1] : undefined);
  const na = other.find((c) => c !== dk);
  return { points: numeric.map((c) => ({ value: Number(c.code), label: c.label })), ...(na ? { notApplicable: na } : {}), ...(dk ? { dontKnow: dk } : {}) };
}
