/**
 * Puts an imported project's selections on Varde's code points: chooses how the file counts
 * (positions.ts), converts every selection, and refuses the file when no convention places every
 * selection inside its text and on whole characters — a coding is never imported on the wrong text.
 */
import { DomainError } from '../../../lib/errors.js';
import { codePointLength } from '../text-positions.js';
import type { RefiProject } from './model.js';
import type { ImportWarning, LostCounts } from './parse.js';
import { chooseConvention, positionMap, type ConventionChoice, type RawRange } from './positions.js';

export function placeSelections(project: RefiProject, warnings: ImportWarning[], lost: LostCounts): ConventionChoice {
  const texts = new Map(project.sources.map((s) => [s.guid, s.text]));
  const ranges: RawRange[] = project.sources.flatMap((s) => s.selections.filter((sel) => !sel.whole).map((sel) => ({ source: s.guid, start: sel.start, end: sel.end, name: sel.name ?? null })));
  const choice = chooseConvention(project.origin ?? null, texts, ranges);
  if (choice.invalid) {
    const source = project.sources.find((s) => s.guid === choice.invalid!.source)!;
    throw new DomainError(422, 'errors.qdpxCodingOutOfRange', { source: source.name, position: choice.invalid.position, length: choice.invalid.length });
  }
  for (const s of project.sources) {
    const map = positionMap(s.text, choice.convention);
    const length = codePointLength(s.text);
    s.selections = s.selections.flatMap((sel) => {
      if (sel.whole) return length > 0 ? [{ ...sel, start: 0, end: length }] : [];
      const start = map.toCodePoint(sel.start)!;
      const end = map.toCodePoint(sel.end)!;
      if (start === end) {
        warnings.push({ code: 'empty_selection', name: s.name, detail: `${sel.start}` });
        lost.empty_selections = (lost.empty_selections ?? 0) + Math.max(1, sel.codings.length);
        return [];
      }
      return [{ ...sel, start, end }];
    });
  }
  return choice;
}
