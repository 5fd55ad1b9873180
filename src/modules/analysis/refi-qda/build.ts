/**
 * Model → QDA-XML 1.0 (project.qde and .qdc). Child order follows the schemas' `xsd:sequence`s,
 * and list wrappers the schema requires to be non-empty are omitted when there is nothing in them.
 */
import type { RefiCode, RefiProject, RefiSelection, RefiSource, RefiNote } from './model.js';
import { sourceFileName } from './model.js';
import { positionMap, type PositionConvention, type PositionMap } from './positions.js';
import { codebookNamespace, element, escapeText, isRefiColor, listElement, projectNamespace, textElement } from './xml.js';

const declaration = '<?xml version="1.0" encoding="utf-8"?>\n';

const noteRefs = (guids: string[]) => guids.map((g) => element('NoteRef', { targetGUID: g }));

function codeElement(code: RefiCode, withNotes: boolean): string {
  const children = [
    ...textElement('Description', code.description),
    ...(withNotes ? noteRefs(code.noteGuids) : []),
    ...code.children.map((c) => codeElement(c, withNotes)),
  ];
  const color = isRefiColor(code.color) ? code.color : undefined;
  return element('Code', { guid: code.guid, name: code.name, isCodable: code.isCodable, color }, children);
}

function selectionElement(s: RefiSelection, map: PositionMap | null): string {
  const codings = s.codings.map((c) =>
    element('Coding', { guid: c.guid, creatingUser: c.creatingUser, creationDateTime: c.created }, [
      element('CodeRef', { targetGUID: c.codeGuid }),
      ...noteRefs(c.noteGuids),
    ]),
  );
  const at = (i: number) => (map ? map.fromCodePoint(i) : i);
  return element(
    'PlainTextSelection',
    { guid: s.guid, startPosition: at(s.start), endPosition: at(s.end), creatingUser: s.creatingUser, creationDateTime: s.created },
    [...textElement('Description', s.description), ...codings, ...noteRefs(s.noteGuids ?? [])],
  );
}

function sourceElement(s: RefiSource, convention: PositionConvention): string {
  const map = convention === 'codepoints' || s.selections.length === 0 ? null : positionMap(s.text, convention);
  const children = [
    ...s.selections.map((sel) => selectionElement(sel, map)),
    ...noteRefs(s.noteGuids),
    ...s.values.map((v) =>
      element('VariableValue', {}, [element('VariableRef', { targetGUID: v.variableGuid }), ...textElement('TextValue', v.value)]),
    ),
  ];
  return element(
    'TextSource',
    { guid: s.guid, name: s.name, plainTextPath: `internal://${sourceFileName(s.guid)}`, creatingUser: s.creatingUser, creationDateTime: s.created },
    children,
  );
}

function noteElement(n: RefiNote): string {
  return element('Note', { guid: n.guid, name: n.name, creatingUser: n.creatingUser, creationDateTime: n.created }, [
    ...textElement('Description', n.description),
    // An empty memo still needs content: the schema wants PlainTextContent or a path.
    `<PlainTextContent>${escapeText(n.text)}</PlainTextContent>`,
  ]);
}

/**
 * project.qde, plus the plain-text files that go in `sources/` (name → UTF-8 text, no BOM, line
 * breaks as stored). Positions are written in `convention`, which the origin attribute names so
 * that Varde reads its own files back exactly.
 */
export function buildProjectXml(project: RefiProject, convention: PositionConvention = 'codepoints'): { xml: string; files: Map<string, string> } {
  const files = new Map(project.sources.map((s) => [sourceFileName(s.guid), s.text]));
  const body = [
    ...listElement('Users', project.users.map((u) => element('User', { guid: u.guid, name: u.name }))),
    ...(project.codes.length ? [`<CodeBook>${listElement('Codes', project.codes.map((c) => codeElement(c, true))).join('')}</CodeBook>`] : []),
    ...listElement('Variables', project.variables.map((v) => element('Variable', { guid: v.guid, name: v.name, typeOfVariable: 'Text' }))),
    ...listElement(
      'Cases',
      project.cases.map((c) => element('Case', { guid: c.guid, name: c.name }, c.sourceGuids.map((g) => element('SourceRef', { targetGUID: g })))),
    ),
    ...listElement('Sources', project.sources.map((s) => sourceElement(s, convention))),
    ...listElement('Notes', project.notes.map(noteElement)),
    ...noteRefs(project.noteGuids ?? []),
  ];
  const root = element('Project', { xmlns: projectNamespace, name: project.name, origin: `Varde; positions=${convention}` }, ['\n' + body.join('\n') + '\n']);
  return { xml: declaration + root + '\n', files };
}

/** A .qdc: the codebook alone. The codebook schema has no NoteRef on codes, so code memos stay behind. */
export function buildCodebookXml(codes: RefiCode[]): string {
  const root = element('CodeBook', { xmlns: codebookNamespace, origin: 'Varde' }, [
    '\n' + listElement('Codes', codes.map((c) => codeElement(c, false))).join('') + '\n',
  ]);
  return declaration + root + '\n';
}
