/**
 * QDA-XML (already schema-valid) → REFI-QDA model, leniently: braces and upper case in GUIDs,
 * `Sources/` or `sources/`, a UTF-8 BOM on source files. Positions stay in the file's own numbers
 * here; `placeSelections` (place.ts) converts them once the convention is known. Non-text sources,
 * external files, sets and graphs are skipped and counted.
 */
import { XMLParser } from 'fast-xml-parser';
import type { RefiCase, RefiCode, RefiNote, RefiProject, RefiSelection, RefiSource, RefiUser, RefiValue } from './model.js';
import { normaliseGuid } from './xml.js';

export interface ImportWarning {
  code: 'non_text_source' | 'source_file_missing' | 'empty_selection' | 'unknown_code' | 'not_imported' | 'unmatched_case' | 'unmatched_user' | 'unreferenced_note';
  name: string;
  detail?: string;
}

/** What did not come in, counted per kind for the import summary. */
export const lostKinds = ['media_sources', 'codings_on_media', 'codings_missing_source', 'notes', 'sets', 'graphs', 'links', 'empty_selections', 'codings_unknown_code'] as const;
export type LostKind = (typeof lostKinds)[number];
export type LostCounts = Partial<Record<LostKind, number>>;

type Node = Record<string, any>;
const arrayTags = new Set([
  'User', 'Code', 'Variable', 'Case', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection',
  'Coding', 'NoteRef', 'VariableValue', 'SourceRef', 'Note', 'Set', 'Link', 'Graph', 'SelectionRef', 'CodeRef', 'MemberCode',
  'MemberSource', 'MemberNote', 'PictureSelection', 'PDFSelection', 'AudioSelection', 'VideoSelection', 'TranscriptSelection', 'Transcript',
]);

export function parseXml(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ignoreDeclaration: true,
    htmlEntities: true, // also decodes numeric references such as &#13; (CR in memo text)
    isArray: (name) => arrayTags.has(name),
  });
  return parser.parse(xml) as Node;
}

const list = (node: Node | undefined, tag: string): Node[] => (node && Array.isArray(node[tag]) ? node[tag] : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : value && typeof value === 'object' && '#text' in value ? String((value as Node)['#text']) : '');
const guidOf = (node: Node, attr = '@guid') => normaliseGuid(String(node[attr] ?? ''));
const optGuid = (value: unknown) => (typeof value === 'string' && value.trim() ? normaliseGuid(value) : null);
const optDate = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null);
const noteRefs = (node: Node) => list(node, 'NoteRef').map((n) => guidOf(n, '@targetGUID'));

export function parseCodes(codesNode: Node | undefined, withNotes = true): RefiCode[] {
  return list(codesNode, 'Code').map((c) => ({
    guid: guidOf(c),
    name: String(c['@name'] ?? ''),
    color: typeof c['@color'] === 'string' ? c['@color'].trim() : null,
    isCodable: !['false', '0'].includes(String(c['@isCodable']).trim()),
    description: text(c.Description),
    noteGuids: withNotes ? noteRefs(c) : [],
    children: parseCodes(c, withNotes),
  }));
}

/** Reads `internal://name` from the archive's sources folder; `undefined` when absent or external. */
export type SourceReader = (internalName: string) => string | undefined;

/** Every `Coding` anywhere below a node (codings on media live in selections and transcripts). */
function countCodings(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, x) => n + countCodings(x), 0);
  if (!node || typeof node !== 'object') return 0;
  return Object.entries(node as Node).reduce((n, [k, v]) => n + (k === 'Coding' && Array.isArray(v) ? v.length : 0) + countCodings(v), 0);
}

const values = (node: Node): RefiValue[] => list(node, 'VariableValue').map((v) => ({ variableGuid: guidOf(v.VariableRef ?? {}, '@targetGUID'), value: variableValue(v) }));

export interface ParsedProject {
  project: RefiProject;
  warnings: ImportWarning[];
  lost: LostCounts;
}

export function parseProject(root: Node, readSource: SourceReader): ParsedProject {
  const warnings: ImportWarning[] = [];
  const lost: LostCounts = {};
  const lose = (kind: LostKind, n = 1) => n > 0 && (lost[kind] = (lost[kind] ?? 0) + n);
  const p = root.Project as Node;
  const users: RefiUser[] = list(p.Users, 'User').map((u) => ({ guid: guidOf(u), name: typeof u['@name'] === 'string' ? u['@name'] : null, id: typeof u['@id'] === 'string' ? u['@id'] : null }));
  const codes = parseCodes(p.CodeBook?.Codes);
  const variables = list(p.Variables, 'Variable').map((v) => ({ guid: guidOf(v), name: String(v['@name'] ?? '') }));
  const cases: RefiCase[] = list(p.Cases, 'Case').map((c) => ({
    guid: guidOf(c),
    // MAXQDA and Quirkos write cases without a name.
    name: String(c['@name'] ?? ''),
    sourceGuids: list(c, 'SourceRef').map((s) => guidOf(s, '@targetGUID')),
    values: values(c),
  }));

  const readText = (node: Node, label: string): string | undefined => {
    if (node.PlainTextContent !== undefined) return text(node.PlainTextContent);
    const path = String(node['@plainTextPath'] ?? '');
    const internal = /^internal:\/\/(.+)$/.exec(path);
    const content = internal ? readSource(internal[1]) : undefined;
    if (content === undefined) warnings.push({ code: 'source_file_missing', name: label, detail: path || undefined });
    return content;
  };
  const codingsOf = (node: Node) =>
    list(node, 'Coding').map((c) => ({
      guid: guidOf(c),
      codeGuid: guidOf(c.CodeRef?.[0] ?? {}, '@targetGUID'),
      creatingUser: optGuid(c['@creatingUser']),
      created: optDate(c['@creationDateTime']),
      noteGuids: noteRefs(c),
    }));

  const sources: RefiSource[] = [];
  for (const s of list(p.Sources, 'TextSource')) {
    const name = String(s['@name'] ?? '') || guidOf(s);
    const content = readText(s, name);
    if (content === undefined) {
      lose('codings_missing_source', countCodings(s));
      continue;
    }
    const selections: RefiSelection[] = [];
    for (const sel of list(s, 'PlainTextSelection')) {
      const description = text(sel.Description).trim() || null;
      const selection: RefiSelection = {
        guid: guidOf(sel),
        start: Number(sel['@startPosition']),
        end: Number(sel['@endPosition']),
        name: typeof sel['@name'] === 'string' ? sel['@name'] : null,
        description,
        noteGuids: noteRefs(sel),
        creatingUser: optGuid(sel['@creatingUser']),
        created: optDate(sel['@creationDateTime']),
        codings: codingsOf(sel),
      };
      // A bare selection (no coding, no comment, no note) carries nothing to keep; Links may still
      // point notes at it, so it is dropped only after links are resolved (below).
      selections.push(selection);
    }
    // A coding on the source itself covers the whole text.
    const whole = codingsOf(s);
    if (whole.length) selections.push({ guid: guidOf(s), start: 0, end: 0, whole: true, creatingUser: null, created: null, codings: whole });
    sources.push({
      guid: guidOf(s),
      name,
      text: content,
      creatingUser: optGuid(s['@creatingUser']),
      created: optDate(s['@creationDateTime']),
      selections,
      noteGuids: noteRefs(s),
      values: values(s),
    });
  }
  for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
    for (const s of list(p.Sources, kind)) {
      warnings.push({ code: 'non_text_source', name: String(s['@name'] ?? guidOf(s)), detail: kind });
      lose('media_sources');
      lose('codings_on_media', countCodings(s));
    }
  }

  const notes: RefiNote[] = [];
  for (const n of list(p.Notes, 'Note')) {
    const name = typeof n['@name'] === 'string' ? n['@name'] : null;
    const content = readText(n, name ?? guidOf(n));
    if (content === undefined) {
      lose('notes');
      continue;
    }
    notes.push({ guid: guidOf(n), name, description: text(n.Description) || null, text: content, creatingUser: optGuid(n['@creatingUser']), created: optDate(n['@creationDateTime']) });
  }

  // Links between a note and a selection (NVivo's annotations; ATLAS.ti's memo links) put the note
  // on the selection; links between other objects have no place in Varde and are counted.
  const noteGuids = new Set(notes.map((n) => n.guid));
  const selectionByGuid = new Map(sources.flatMap((s) => s.selections.map((sel) => [sel.guid, sel] as const)));
  for (const l of list(p.Links, 'Link')) {
    const from = optGuid(l['@originGUID']);
    const to = optGuid(l['@targetGUID']);
    const [note, selection] = from && noteGuids.has(from) ? [from, to && selectionByGuid.get(to)] : to && noteGuids.has(to) ? [to, from && selectionByGuid.get(from)] : [null, null];
    if (note && selection) (selection.noteGuids ??= []).push(note);
    else lose('links');
  }
  for (const s of sources) s.selections = s.selections.filter((sel) => sel.codings.length || sel.description || sel.noteGuids?.length);

  lose('sets', list(p.Sets, 'Set').length);
  lose('graphs', list(p.Graphs, 'Graph').length);
  const project: RefiProject = { name: String(p['@name'] ?? ''), origin: typeof p['@origin'] === 'string' ? p['@origin'] : null, noteGuids: noteRefs(p), users, codes, variables, cases, sources, notes };
  return { project, warnings, lost };
}

function variableValue(v: Node): string {
  for (const tag of ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']) {
    if (v[tag] !== undefined) return text(v[tag]);
  }
  return '';
}
