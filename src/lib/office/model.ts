/**
 * The document model of the one Word/PDF kit (DESIGN §3): what a report says, independent of the
 * format. `wordDocument` (word.ts) and `pdfDocument` (pdf.ts) both read it, so the Word file and the
 * PDF show the same headings, tables, figures, numbers and cross-references. Extended additively only:
 * every module that writes a report builds these blocks.
 */
import type { Chart } from '../charts/svg.js';
import type { Run } from '../rich-text.js';

/**
 * A run of text. `ref` makes it a cross-reference to the table or figure with that id: it is written
 * as the caption's label and number ("Tabell 3"), whatever `text` holds.
 */
export interface OfficeRun extends Run {
  ref?: string;
}

/** A table cell: plain text (statistical symbols set in italics when the table asks) or runs as given. */
export type OfficeCell = string | OfficeRun[];

export type OfficeBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; runs: OfficeRun[]; small?: boolean }
  | { kind: 'list'; ordered: boolean; items: OfficeRun[][] }
  /**
   * A numbered table: caption above (APA: "Table n" bold, title italic), horizontal rules only, an
   * optional note below. Rows never split across pages and the header row repeats on each page;
   * column widths fit the content. `statistics`: cells, header and note written as statistics
   * (t, p, M, SD, n … in italics, d_z / g_av with subscripts).
   */
  | { kind: 'table'; id?: string; title: string; header: OfficeCell[]; rows: OfficeCell[][]; note?: string; boldLastRow?: boolean; statistics?: boolean }
  /** A numbered figure from the chart kit: SVG (vector) with its PNG fallback and alt text. */
  | { kind: 'chart'; id?: string; chart: Chart; note?: string }
  /** A numbered figure from an uploaded image (PNG or JPEG bytes). */
  | { kind: 'image'; id?: string; data: Buffer; type: 'png' | 'jpg'; width: number; height: number; alt: string; caption: string }
  /** The table of contents (headings of level 1–3 with their page numbers). */
  | { kind: 'toc'; title: string }
  /** Lists of the numbered tables / figures with their page numbers. */
  | { kind: 'tableList'; title: string }
  | { kind: 'figureList'; title: string }
  | { kind: 'pageBreak' };

export interface OfficeDocument {
  title: string;
  /** BCP 47 tag of the document's language (nb-NO, nn-NO, en-GB), set on styles and runs so spelling checks work. */
  languageTag: string;
  landscape?: boolean;
  /** Caption words in the document's language: "Tabell", "Figur", "Merknad.", "Side". */
  words: { table: string; figure: string; note: string; page: string };
  blocks: OfficeBlock[];
  /** Document properties (Word core properties, PDF info). */
  author?: string;
  subject?: string;
}

const languageTags = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
export const wordLanguageTag = (lang: keyof typeof languageTags) => languageTags[lang];

export interface Numbered {
  kind: 'table' | 'figure';
  number: number;
  /** "Tabell 3" */
  label: string;
  title: string;
  /** The bookmark / destination name the caption carries. */
  anchor: string;
}

/**
 * Numbers the tables and figures in document order, by id where they have one (cross-references)
 * and by position otherwise, so both writers number and label them the same way.
 */
export function numberCaptions(doc: OfficeDocument): { byIndex: Map<number, Numbered>; byId: Map<string, Numbered> } {
  const byIndex = new Map<number, Numbered>();
  const byId = new Map<string, Numbered>();
  let tables = 0;
  let figures = 0;
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'table' && b.kind !== 'chart' && b.kind !== 'image') return;
    const kind = b.kind === 'table' ? 'table' : 'figure';
    const number = kind === 'table' ? ++tables : ++figures;
    const title = b.kind === 'table' ? b.title : b.kind === 'chart' ? b.chart.title : b.caption || b.alt;
    const n: Numbered = { kind, number, label: `${kind === 'table' ? doc.words.table : doc.words.figure} ${number}`, title, anchor: `_Ref_${kind === 'table' ? 'T' : 'F'}${number}` };
    byIndex.set(i, n);
    if (b.id) byId.set(b.id, n);
  });
  return { byIndex, byId };
}

/** The text a cross-reference shows: the label of what it refers to, or its own text when the id is unknown. */
export const refText = (run: OfficeRun, byId: Map<string, Numbered>) => (run.ref ? (byId.get(run.ref)?.label ?? run.text) : run.text);
