import { csvBom, csvField as field, csvLine as line } from '../../lib/csv.js';
import type { Cell } from './export-columns.js';

/** Responses as REDCap exports them: missing values empty; the one CSV writer (`lib/csv.ts`) does the rest. */
export { csvBom };
export const csvField = (cell: Cell): string => field(cell);
export const csvLine = (cells: Cell[]): string => line(cells);
