import { DomainError, type FieldError } from '../../../lib/errors.js';
import type { MessageKey } from '../../../i18n/index.js';

/**
 * What an import could not carry over, item by item: the row (REDCap, XLSForm survey sheet) or sheet, the field,
 * and why. Never silent: every dropped field type, lost branching or unsupported column ends up here.
 */
export interface InterchangeProblem {
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  row?: number;
  sheet?: string;
  /** The variable / field name the problem is about. */
  item?: string;
  key: `questionnaires.${string}`;
  vars: Record<string, string | number>;
}

export function problem(key: string, where: { row?: number; sheet?: string; item?: string }, vars: Record<string, string | number> = {}): InterchangeProblem {
  return { ...where, key: `questionnaires.interchange.${key}`, vars: { row: where.row ?? '', sheet: where.sheet ?? '', item: where.item ?? '', ...vars } };
}

/**
 * A file that cannot be read as a dictionary / form at all: 422, nothing stored. The first problem gives the
 * message (naming its row or sheet), all of them are listed as field errors so the person can fix them in one go.
 */
export function malformed(problems: InterchangeProblem[]): DomainError {
  const [first] = problems;
  const fieldErrors: FieldError[] = problems.slice(0, 50).map((p) => ({
    path: p.sheet ? (p.row ? `${p.sheet}!${p.row}` : p.sheet) : p.row ? `row ${p.row}` : 'file',
    key: p.key,
    vars: p.vars,
  }));
  return new DomainError(422, first.key as MessageKey, first.vars, fieldErrors);
}
