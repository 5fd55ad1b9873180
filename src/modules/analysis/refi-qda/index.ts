/**
 * REFI-QDA (QDA-XML 1.0, spec 1.5) export and import for a programme's analysis (issue 7 §8).
 * The HTTP layer mounts these; they take a database executor and never touch HTTP.
 *
 *   exportQdpx(db, programmeId)        → .qdpx bytes (project.qde + sources/<guid>.txt)
 *   exportQdc(db, programmeId)         → .qdc XML (codebook only)
 *   importQdpx(db, programmeId, bytes) → summary; one transaction, nothing written on error
 *   importQdc(db, programmeId, bytes)  → summary of the codes added
 *   validateRefiQda(xml, 'project' | 'codebook')
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { DomainError, notFound } from '../../../lib/errors.js';
import { programmes } from '../../programmes/schema.js';
import { decodeUtf8, readQdpx, writeQdpx } from './archive.js';
import { buildCodebookXml, buildProjectXml } from './build.js';
import { loadCodeTree, loadRefiProject } from './load.js';
import { parseCodes, parseProject, parseXml, type ImportWarning } from './parse.js';
import { storeCodes, storeProject, type ImportSummary } from './store.js';
import { normaliseRefiXml, validateRefiQda, type RefiDocumentKind } from './validate.js';

export { validateRefiQda, normaliseRefiXml } from './validate.js';
export type { RefiValidationResult, RefiDocumentKind } from './validate.js';
export type { ImportSummary } from './store.js';
export type { ImportWarning } from './parse.js';
export { maxEntries, maxUnzippedBytes } from './archive.js';

export const qdpxMediaType = 'application/vnd.refi-qda+zip';
export const qdcMediaType = 'application/xml';
/** Largest .qdc accepted (a codebook is small; this is generous). */
export const maxCodebookBytes = 20 * 1024 * 1024;

/** project.qde and its source files, as they go into the .qdpx. */
export async function exportProject(db: Executor, programmeId: string): Promise<{ xml: string; files: Map<string, string> }> {
  return buildProjectXml(await loadRefiProject(db, programmeId));
}

export async function exportQdpx(db: Executor, programmeId: string): Promise<Uint8Array> {
  const { xml, files } = await exportProject(db, programmeId);
  return writeQdpx(xml, files);
}

/** The codebook as a .qdc. A programme without codes has no valid codebook (the schema needs one code). */
export async function exportQdc(db: Executor, programmeId: string): Promise<string> {
  const [programme] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
  if (!programme) throw notFound();
  const { roots } = await loadCodeTree(db, programmeId);
  if (roots.length === 0) throw new DomainError(409, 'errors.qdcEmpty');
  return buildCodebookXml(roots);
}

/** Validates, or throws a DomainError naming the file, the first error and its line. */
async function assertValid(xml: string, kind: RefiDocumentKind): Promise<void> {
  const file = kind === 'project' ? 'project.qde' : '.qdc';
  // QDA-XML never needs a DTD; refusing one rules out entity-expansion tricks before any parser runs.
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (doctype) throw new DomainError(422, 'errors.qdpxSchema', { file, line: xml.slice(0, doctype.index).split('\n').length, message: 'DOCTYPE is not allowed' });
  const result = await validateRefiQda(xml, kind);
  if (result.valid) return;
  const first = result.errors[0];
  throw new DomainError(422, 'errors.qdpxSchema', {
    file,
    line: first?.line ?? '?',
    message: first?.message ?? 'invalid XML',
  });
}

async function assertProgramme(tx: Executor, programmeId: string): Promise<void> {
  const [programme] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.id, programmeId));
  if (!programme) throw notFound();
}

/**
 * Imports a .qdpx into `programmeId` with new ids: codes (hierarchy, colours), text sources,
 * codings, notes as memos, cases matched to municipalities or participant codes. Other source
 * kinds are skipped and listed. Any error (invalid archive, schema, a coding outside its text)
 * throws a DomainError before or inside the one transaction, so nothing is half-imported.
 */
export async function importQdpx(db: Executor, programmeId: string, bytes: Uint8Array, opts: { actorId: string | null }): Promise<ImportSummary> {
  const archive = await readQdpx(bytes);
  const xml = normaliseRefiXml(archive.projectXml);
  await assertValid(xml, 'project');
  const { project, warnings } = parseProject(parseXml(xml), archive.readSource);
  return db.transaction(async (tx) => {
    await assertProgramme(tx, programmeId);
    return storeProject(tx, programmeId, project, opts.actorId, warnings);
  });
}

/** Imports a .qdc codebook: its codes are added to the programme's codebook (new ids). */
export async function importQdc(db: Executor, programmeId: string, input: Uint8Array | string): Promise<ImportSummary> {
  if ((typeof input === 'string' ? input.length : input.byteLength) > maxCodebookBytes) throw new DomainError(413, 'errors.qdpxTooLarge', { limit: '20 MB' });
  const xml = normaliseRefiXml(typeof input === 'string' ? input : decodeUtf8(input));
  await assertValid(xml, 'codebook');
  const root = parseXml(xml);
  const roots = parseCodes(root.CodeBook?.Codes, false);
  const skipped: ImportWarning[] = root.CodeBook?.Sets ? [{ code: 'not_imported', name: 'Sets' }] : [];
  return db.transaction(async (tx) => {
    await assertProgramme(tx, programmeId);
    const ids = await storeCodes(tx, programmeId, roots);
    return { documents: 0, codes: ids.size, codings: 0, memos: 0, skipped };
  });
}
