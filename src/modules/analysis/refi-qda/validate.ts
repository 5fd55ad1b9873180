/**
 * Validation of REFI-QDA XML against the consortium's XSDs (Project.xsd / Codebook.xsd 1.0) with
 * libxml2 compiled to WebAssembly (xmllint-wasm, run in a worker thread). The schemas are copies of
 * the published files, kept next to this module; a test checks they match the reference copies.
 */
import { readFile } from 'node:fs/promises';
import { validateXML, memoryPages } from 'xmllint-wasm';
import { codebookNamespace, derivedGuid, projectNamespace } from './xml.js';

export type RefiDocumentKind = 'project' | 'codebook';

export interface RefiValidationError {
  message: string;
  /** 1-based line in the validated XML, when libxml2 reported one. */
  line: number | null;
}

export interface RefiValidationResult {
  valid: boolean;
  errors: RefiValidationError[];
}

const schemaFiles: Record<RefiDocumentKind, string> = { project: 'Project.xsd', codebook: 'Codebook.xsd' };
const schemaCache = new Map<RefiDocumentKind, Promise<string>>();

export function schemaText(kind: RefiDocumentKind): Promise<string> {
  let cached = schemaCache.get(kind);
  if (!cached) {
    cached = readFile(new URL(`./schemas/${schemaFiles[kind]}`, import.meta.url), 'utf8');
    schemaCache.set(kind, cached);
  }
  return cached;
}

/**
 * Tolerances for files from other tools, applied before validation and parsing: a UTF-8 BOM, and
 * the `…:0:4` namespace variant that ATLAS.ti and older QualCoder versions write.
 */
export function normaliseRefiXml(xml: string): string {
  return xml
    .replace(/^\uFEFF/, '')
    .replace(/urn:QDA-XML:project:0:4/g, projectNamespace)
    .replace(/urn:QDA-XML:codebook:0:4/g, codebookNamespace);
}

/** What the lenient pass changed, for the import summary (never a reason to refuse the file). */
export interface LenientNotice {
  code: 'no_namespace' | 'empty_sets' | 'non_guid_ids';
  count: number;
}

const guidPattern = /^\s*\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?\s*$/;
// Every attribute the schemas type as GUIDType.
const guidAttributes = /\s(guid|targetGUID|creatingUser|creatingUserGUID|modifyingUser|modifyingUserGUID|originGUID|representedGUID|sourceVertex|targetVertex|fromSyncPoint|toSyncPoint)="([^"]*)"/g;

/**
 * Repairs what the standard's intent allows but its schema does not, before validation: a root
 * without the namespace (Taguette's codebook writer uses none), an empty `<Sets/>` (the schema wants
 * one Set; Taguette always writes the wrapper), and ids that are not GUIDs (replaced by a GUID
 * derived from the id, so every reference to the same id still meets). Each is counted as a notice.
 */
export function lenientRefiXml(input: string, kind: RefiDocumentKind): { xml: string; notices: LenientNotice[] } {
  const notices: LenientNotice[] = [];
  let xml = normaliseRefiXml(input);
  const root = kind === 'project' ? 'Project' : 'CodeBook';
  const namespace = kind === 'project' ? projectNamespace : codebookNamespace;
  const open = new RegExp(`<${root}(?=[\\s/>])([^>]*)>`).exec(xml);
  if (open && !/\sxmlns\s*=/.test(open[1])) {
    xml = xml.slice(0, open.index) + `<${root} xmlns="${namespace}"${open[1]}>` + xml.slice(open.index + open[0].length);
    notices.push({ code: 'no_namespace', count: 1 });
  }
  let emptySets = 0;
  xml = xml.replace(/<Sets\s*\/>|<Sets\s*>\s*<\/Sets\s*>/g, () => (emptySets++, ''));
  if (emptySets) notices.push({ code: 'empty_sets', count: emptySets });
  const replaced = new Set<string>();
  xml = xml.replace(guidAttributes, (whole, name: string, value: string) => {
    if (guidPattern.test(value) || value.trim() === '') return whole;
    replaced.add(value);
    return ` ${name}="${derivedGuid('refi-id', value.trim())}"`;
  });
  if (replaced.size) notices.push({ code: 'non_guid_ids', count: replaced.size });
  return { xml, notices };
}

/** Validates `xml` as a project.qde (`project`) or a .qdc (`codebook`). Never throws for invalid XML. */
export async function validateRefiQda(xml: string, kind: RefiDocumentKind): Promise<RefiValidationResult> {
  const fileName = kind === 'project' ? 'project.qde' : 'codebook.qdc';
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: schemaFiles[kind], contents: await schemaText(kind) }],
    // Large projects (hundreds of thousands of codings) need more than the 16 MiB default.
    maxMemoryPages: memoryPages.GiB,
  });
  return {
    valid: result.valid,
    errors: result.errors.map((e) => ({
      message: e.message.replace(/^.*?(Schemas validity error|parser error)\s*:\s*/, '').trim() || e.rawMessage,
      line: e.loc?.lineNumber ?? null,
    })),
  };
}
