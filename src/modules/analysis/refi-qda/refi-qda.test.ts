import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { buildCodebookXml, buildProjectXml } from './build.js';
import type { RefiProject } from './model.js';
import { parseProject, parseXml } from './parse.js';
import { normaliseRefiXml, validateRefiQda } from './validate.js';
import { derivedGuid, normaliseGuid } from './xml.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The project ships the REFI-QDA 1.5 schemas (schemas/); where the shared reference folder is beside
// the repository, a test also proves the copies are identical to it.
const referenceDir = path.resolve(here, '../../../../../shared/reference/refi-qda');
const haveReference = existsSync(path.join(referenceDir, 'Project.xsd'));

/** Validates with xmllint-wasm directly against the official XSD files (not through our validate.ts). */
export async function validateAgainstReference(xml: string, kind: 'project' | 'codebook') {
  const file = kind === 'project' ? 'Project.xsd' : 'Codebook.xsd';
  const schema = readFileSync(path.join(haveReference ? referenceDir : path.join(here, 'schemas'), file), 'utf8');
  return validateXML({ xml: [{ fileName: 'doc.xml', contents: xml }], schema: [{ fileName: file, contents: schema }] });
}

const u1 = '11111111-1111-4111-8111-111111111111';
const sample: RefiProject = {
  name: 'Prosjekt «Håp» & <mot>',
  users: [{ guid: u1, name: 'Koder Én' }],
  codes: [
    {
      guid: derivedGuid('c', 'theme'), name: 'Håp', color: '#aa5500', isCodable: false, description: 'Tema', noteGuids: [derivedGuid('n', '2')],
      children: [{ guid: derivedGuid('c', 'child'), name: 'Framtidstro', color: '#0062ba', isCodable: true, description: '', noteGuids: [], children: [] }],
    },
  ],
  variables: [{ guid: derivedGuid('v', 'role'), name: 'role' }],
  cases: [{ guid: derivedGuid('case', '1'), name: 'Bærum', sourceGuids: [derivedGuid('s', '1')] }],
  sources: [
    {
      guid: derivedGuid('s', '1'), name: 'Intervju 1', text: 'Ola 🇳🇴: jeg har håp\r\nKari: tjenestene hjalp 👩🏽‍⚕️ meg', creatingUser: u1, created: '2026-02-01T10:00:00.000Z',
      selections: [
        { guid: derivedGuid('sel', '1'), start: 8, end: 20, creatingUser: u1, created: '2026-02-01T10:00:00.000Z', codings: [{ guid: derivedGuid('cod', '1'), codeGuid: derivedGuid('c', 'child'), creatingUser: u1, created: '2026-02-01T10:00:00.000Z', noteGuids: [derivedGuid('n', '1')] }] },
      ],
      noteGuids: [], values: [{ variableGuid: derivedGuid('v', 'role'), value: 'recipient' }],
    },
  ],
  notes: [
    { guid: derivedGuid('n', '1'), name: null, description: null, text: 'Linje 1\r\nLinje 2 <viktig> & "sitat" &#13; &amp; &nbsp;', creatingUser: u1, created: '2026-02-02T10:00:00.000Z' },
    { guid: derivedGuid('n', '2'), name: null, description: null, text: '', creatingUser: null, created: null },
  ],
};

describe('REFI-QDA XML', () => {
  it('derives stable v5-shaped GUIDs and normalises braces and case', () => {
    expect(derivedGuid('a', 'b')).toBe(derivedGuid('a', 'b'));
    expect(derivedGuid('a', 'b')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(normaliseGuid('{ABCDEF01-2345-6789-ABCD-EF0123456789}')).toBe('abcdef01-2345-6789-abcd-ef0123456789');
  });

  it.runIf(haveReference)('keeps schema copies identical to the reference schemas', () => {
    for (const f of ['Project.xsd', 'Codebook.xsd']) {
      expect(readFileSync(path.join(here, 'schemas', f), 'utf8')).toBe(readFileSync(path.join(referenceDir, f), 'utf8'));
    }
  });

  it('builds a project.qde and a .qdc valid against the REFI-QDA XSDs', async () => {
    const { xml } = buildProjectXml(sample);
    const project = await validateAgainstReference(xml, 'project');
    expect(project.errors).toEqual([]);
    expect(project.valid).toBe(true);
    const codebook = await validateAgainstReference(buildCodebookXml(sample.codes), 'codebook');
    expect(codebook.errors).toEqual([]);
  });

  it('parses what it builds back into the same model (text, CR, emoji, notes)', () => {
    const { xml, files } = buildProjectXml(sample);
    const { project, warnings, lost } = parseProject(parseXml(xml), (name) => files.get(name));
    expect(warnings).toEqual([]);
    expect(lost).toEqual({});
    // What the file adds to the model: its origin (naming the convention), and empty lists and nulls.
    expect(project).toEqual({
      ...sample,
      origin: 'Varde; positions=codepoints',
      noteGuids: [],
      users: sample.users.map((u) => ({ ...u, id: null })),
      cases: sample.cases.map((c) => ({ ...c, values: [] })),
      sources: sample.sources.map((s) => ({ ...s, selections: s.selections.map((sel) => ({ ...sel, name: null, description: null, noteGuids: [] })) })),
    });
  });

  it('reports the first schema error with its line', async () => {
    const bad = '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x">\n<CodeBook><Codes>\n<Code guid="not-a-guid" name="a" isCodable="true"/>\n</Codes></CodeBook></Project>';
    const result = await validateRefiQda(bad, 'project');
    expect(result.valid).toBe(false);
    expect(result.errors[0].line).toBe(4);
    expect(result.errors[0].message).toMatch(/guid/);
    const broken = await validateRefiQda('<Project', 'project');
    expect(broken.valid).toBe(false);
  });

  it('accepts the 0:4 namespace variant, a BOM and braced upper-case GUIDs', async () => {
    const g = '{0A1B2C3D-0000-4000-8000-00000000000A}';
    const xml = normaliseRefiXml(`\uFEFF<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:0:4"><Codes><Code guid="${g}" name="A" isCodable="true" color="#ABC"/></Codes></CodeBook>`);
    expect((await validateRefiQda(xml, 'codebook')).valid).toBe(true);
  });

  it('skips non-text sources and reports them', () => {
    const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><PictureSource guid="${g(1)}" name="Bilde"/><TextSource guid="${g(2)}" name="T"><PlainTextContent>hei</PlainTextContent></TextSource><AudioSource guid="${g(3)}" name="Lyd"/></Sources></Project>`;
    const { project, warnings } = parseProject(parseXml(xml), () => undefined);
    expect(project.sources.map((s) => s.text)).toEqual(['hei']);
    expect(warnings.map((w) => [w.code, w.name])).toEqual([['non_text_source', 'Bilde'], ['non_text_source', 'Lyd']]);
  });
});
