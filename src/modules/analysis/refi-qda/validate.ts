/**
 * Validation of REFI-QDA XML against the consortium's XSDs (Project.xsd / Codebook.xsd 1.0) with
 * libxml2 compiled to WebAssembly (xmllint-wasm, run in a worker thread). The schemas are copies of
 * the published files, kept next to this module; a test checks they match the reference copies.
 */
import { readFile } from 'node:fs/promises';
import { validateXML, memoryPages } from 'xmllint-wasm';
import { codebookNamespace, projectNamespace } from './xml.js';

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
