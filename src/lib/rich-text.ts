// The rich text of a versioned document (course material, values document, report section): a small
// markdown subset typed in the app, parsed into blocks that the staff app and the Word kit render the
// same way. No HTML ever passes through: text stays text. No imports: the browser bundle includes this file.
//
//   # / ## / ### heading        - item / 1. item   lists        ![alt](image:<id> "caption")  image
//   {{generated:<key>}}          a part generated from live data (the report refreshes it; the text around it is kept)
//   **bold**, *italic*           inline emphasis; a blank line ends a paragraph

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Subscript / superscript (statistical symbols such as d_z, g_av; set by the Word/PDF kit, not typed). */
  sub?: boolean;
  sup?: boolean;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Run[][] }
  | { type: 'image'; imageId: string; alt: string; caption: string }
  | { type: 'generated'; key: string };

export const richTextLimits = { bodyChars: 200_000 } as const;

/** Inline emphasis: `**bold**` and `*italic*`; an unmatched marker is kept as text. */
export function parseRuns(line: string): Run[] {
  const runs: Run[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let at = 0;
  for (const m of line.matchAll(pattern)) {
    if (m.index! > at) runs.push({ text: line.slice(at, m.index) });
    runs.push(m[1] !== undefined ? { text: m[1], bold: true } : { text: m[2], italic: true });
    at = m.index! + m[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at) });
  return runs.length ? runs : [{ text: '' }];
}

const imageLine = /^!\[([^\]]*)\]\(image:([0-9a-fA-F-]{36})(?:\s+"([^"]*)")?\)\s*$/;
const generatedLine = /^\{\{generated:([a-z0-9_.:-]{1,120})\}\}\s*$/;

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Run[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', runs: parseRuns(paragraph.join(' ')) });
    paragraph = [];
    if (list) blocks.push({ type: 'list', ...list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) { flush(); continue; }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    const image = imageLine.exec(line);
    const generated = generatedLine.exec(line);
    if (heading) { flush(); blocks.push({ type: 'heading', level: heading[1].length as 1 | 2 | 3, runs: parseRuns(heading[2]) }); }
    else if (image) { flush(); blocks.push({ type: 'image', alt: image[1], imageId: image[2].toLowerCase(), caption: image[3] ?? '' }); }
    else if (generated) { flush(); blocks.push({ type: 'generated', key: generated[1] }); }
    else if (bullet || numbered) {
      const ordered = !!numbered;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseRuns((bullet ?? numbered)![1]));
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The ids of the uploaded images a body shows (so an export can load exactly those). */
export function imageIdsOf(blocks: Block[]): string[] {
  return [...new Set(blocks.flatMap((b) => (b.type === 'image' ? [b.imageId] : [])))];
}

/** Plain text of a run list, as a reader sees it (no markers). */
export const runsText = (runs: Run[]) => runs.map((r) => r.text).join('');

/**
 * The source with the inline markers taken out, and for each character of that visible text its
 * position in the source. A passage chosen on screen (visible text) is found with it in the source.
 */
export function visibleText(source: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '*') continue;
    text += source[i];
    at.push(i);
  }
  return { text, at };
}

export interface PassageEdit {
  kind: 'insert' | 'delete' | 'replace';
  /** The passage as the reader saw it (visible text). */
  passage: string;
  /** New text (insert: put after the passage; replace: instead of it; delete: ignored). */
  text: string;
}

/**
 * Applies a suggested change to a body. Returns null when the passage is no longer in the text
 * exactly once (the document moved on): the owner is told rather than the change landing elsewhere.
 */
export function applyPassageEdit(source: string, edit: PassageEdit): string | null {
  const { text, at } = visibleText(source);
  const first = text.indexOf(edit.passage);
  if (!edit.passage || first < 0 || text.indexOf(edit.passage, first + 1) >= 0) return null;
  const start = at[first];
  const end = at[first + edit.passage.length - 1] + 1;
  if (edit.kind === 'insert') return source.slice(0, end) + edit.text + source.slice(end);
  // Emphasis markers inside the passage (it crossed the edge of a bold or italic span) are kept, so the
  // span stays closed: after the new text, or on their own for a deletion (an emptied pair goes).
  const markers = source.slice(start, end).replace(/[^*]/g, '');
  const middle = edit.kind === 'delete' ? markers.replace(/^(\*+)\1$/, '') : edit.text + markers;
  return source.slice(0, start) + middle + source.slice(end);
}
