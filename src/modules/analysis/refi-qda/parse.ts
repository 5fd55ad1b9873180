/**
 * QDA-XML (already schema-valid) → REFI-QDA model, leniently: braces and upper case in GUIDs,
 * `Sources/` or `sources/`, a UTF-8 BOM on source files. Non-text sources and external files are
 * skipped and reported; a coding outside its source's text rejects the whole import.
 */
import { XMLParser } from 'fast-xml-parser';
import { DomainError } from '../../../lib/errors.js';
import { codePointLength } from '../text-positions.js';
import type { RefiCase, RefiCode, RefiNote, RefiProject, RefiSelection, RefiSource, RefiUser } from './model.js';
import { normaliseGuid } from './xml.js';

export interface ImportWarning {
  code: 'non_text_source' | 'source_file_missing' | 'empty_selection' | 'unknown_code' | 'not_imported' | 'unmatched_case' | 'unmatched_user' | 'unreferenced_note';
  name: string;
  detail?: string;
}

type Node = Record<string, any>;
const arrayTags = new Set([
  'User', 'Code', 'Variable', 'Case', 'TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource', 'PlainTextSelection',
  'Coding', 'NoteRef', 'VariableValue', 'SourceRef', 'Note', 'Set', 'Link', 'Graph', 'SelectionRef', 'CodeRef', 'MemberCode',
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

export function parseProject(root: Node, readSource: SourceReader): { project: RefiProject; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const p = root.Project as Node;
  const users: RefiUser[] = list(p.Users, 'User').map((u) => ({ guid: guidOf(u), name: typeof u['@name'] === 'string' ? u['@name'] : null }));
  const codes = parseCodes(p.CodeBook?.Codes);
  const variables = list(p.Variables, 'Variable').map((v) => ({ guid: guidOf(v), name: String(v['@name'] ?? '') }));
  const cases: RefiCase[] = list(p.Cases, 'Case').map((c) => ({
    guid: guidOf(c),
    name: String(c['@name'] ?? ''),
    sourceGuids: list(c, 'SourceRef').map((s) => guidOf(s, '@targetGUID')),
  }));

  const readText = (node: Node, label: string): string | undefined => {
    if (node.PlainTextContent !== undefined) return text(node.PlainTextContent);
    const path = String(node['@plainTextPath'] ?? '');
    const internal = /^internal:\/\/(.+)$/.exec(path);
    const content = internal ? readSource(internal[1]) : undefined;
    if (content === undefined) warnings.push({ code: 'source_file_missing', name: label, detail: path || undefined });
    return content;
  };

  const sources: RefiSource[] = [];
  for (const s of list(p.Sources, 'TextSource')) {
    const name = String(s['@name'] ?? '') || guidOf(s);
    const content = readText(s, name);
    if (content === undefined) continue;
    const length = codePointLength(content);
    const selections: RefiSelection[] = [];
    const codingsOf = (node: Node) =>
      list(node, 'Coding').map((c) => ({
        guid: guidOf(c),
        codeGuid: guidOf(c.CodeRef?.[0] ?? {}, '@targetGUID'),
        creatingUser: optGuid(c['@creatingUser']),
        created: optDate(c['@creationDateTime']),
        noteGuids: noteRefs(c),
      }));
    for (const sel of list(s, 'PlainTextSelection')) {
      const start = Number(sel['@startPosition']);
      const end = Number(sel['@endPosition']);
      const selCodings = codingsOf(sel);
      if (selCodings.length === 0) continue; // a bare selection carries nothing we store
      if (start < 0 || end > length || end < start) {
        throw new DomainError(422, 'errors.qdpxCodingOutOfRange', { source: name, position: start < 0 || end < start ? start : end, length });
      }
      if (start === end) {
        warnings.push({ code: 'empty_selection', name, detail: `${start}` });
        continue;
      }
      selections.push({ guid: guidOf(sel), start, end, creatingUser: optGuid(sel['@creatingUser']), created: optDate(sel['@creationDateTime']), codings: selCodings });
    }
    // A coding on the source itself covers the whole text.
    const whole = codingsOf(s);
    if (whole.length && length > 0) selections.push({ guid: guidOf(s), start: 0, end: length, creatingUser: null, created: null, codings: whole });
    sources.push({
      guid: guidOf(s),
      name,
      text: content,
      creatingUser: optGuid(s['@creatingUser']),
      created: optDate(s['@creationDateTime']),
      selections,
      noteGuids: noteRefs(s),
      values: list(s, 'VariableValue').map((v) => ({ variableGuid: guidOf(v.VariableRef ?? {}, '@targetGUID'), value: variableValue(v) })),
    });
  }
  for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
    for (const s of list(p.Sources, kind)) warnings.push({ code: 'non_text_source', name: String(s['@name'] ?? guidOf(s)), detail: kind });
  }

  const notes: RefiNote[] = [];
  for (const n of list(p.Notes, 'Note')) {
    const name = typeof n['@name'] === 'string' ? n['@name'] : null;
    const content = readText(n, name ?? guidOf(n));
    if (content === undefined) continue;
    notes.push({ guid: guidOf(n), name, description: text(n.Description) || null, text: content, creatingUser: optGuid(n['@creatingUser']), created: optDate(n['@creationDateTime']) });
  }
  for (const tag of ['Links', 'Sets', 'Graphs']) if (p[tag]) warnings.push({ code: 'not_imported', name: tag });

  return { project: { name: String(p['@name'] ?? ''), users, codes, variables, cases, sources, notes }, warnings };
}

function variableValue(v: Node): string {
  for (const tag of ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']) {
    if (v[tag] !== undefined) return text(v[tag]);
  }
  return '';
}
