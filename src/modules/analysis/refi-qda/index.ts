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
import { parseCodes, parseProject, parseXml } from './parse.js';
import { placeSelections } from './place.js';
import { exportTargets, type ExportTarget } from './positions.js';
import { storeCodes, storeProject, type ImportSummary } from './store.js';
import { lenientRefiXml, validateRefiQda, type RefiDocumentKind } from './validate.js';

export { validateRefiQda, normaliseRefiXml } from './validate.js';
export type { RefiValidationResult, RefiDocumentKind } from './validate.js';
export type { ImportSummary } from './store.js';
export type { ImportWarning } from './parse.js';
export { maxEntries, maxUnzippedBytes } from './archive.js';
export { exportTargets, positionConventions, type ExportTarget, type PositionConvention } from './positions.js';

export const qdpxMediaType = 'application/vnd.refi-qda+zip';
export const qdcMediaType = 'application/xml';
/** Largest .qdc accepted (a codebook is small; this is generous). */
export const maxCodebookBytes = 20 * 1024 * 1024;

/**
 * project.qde and its source files, as they go into the .qdpx. `target` is the tool that will read
 * it: positions are written the way that tool counts them (REFI-QDA's code points by default).
 */
export async function exportProject(db: Executor, programmeId: string, target: ExportTarget = 'standard'): Promise<{ xml: string; files: Map<string, string> }> {
  return buildProjectXml(await loadRefiProject(db, programmeId), exportTargets[target]);
}

export async function exportQdpx(db: Executor, programmeId: string, target: ExportTarget = 'standard'): Promise<Uint8Array> {
  const { xml, files } = await exportProject(db, programmeId, target);
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

export interface ImportOptions {
  actorId: string | null;
  /** Match the file's coders to the programme's people by name or e-mail (the importer confirmed it). */
  matchCoders?: boolean;
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
 * Imports a .qdpx into `programmeId` with new ids (the file's GUIDs kept beside them): codes
 * (hierarchy, colours), text sources, codings placed by the convention the file counts in, notes
 * and comments as memos, cases matched to municipalities or participant codes, case variables as
 * document attributes, coders. What cannot come in is counted per kind. Any error (invalid
 * archive, schema, a selection no convention places) throws a DomainError before or inside the one
 * transaction, so nothing is half-imported.
 */
export async function importQdpx(db: Executor, programmeId: string, bytes: Uint8Array, opts: ImportOptions): Promise<ImportSummary> {
  const archive = await readQdpx(bytes);
  const { xml, notices } = lenientRefiXml(archive.projectXml, 'project');
  await assertValid(xml, 'project');
  const { project, warnings, lost } = parseProject(parseXml(xml), archive.readSource);
  const { invalid: _, ...choice } = placeSelections(project, warnings, lost);
  return db.transaction(async (tx) => {
    await assertProgramme(tx, programmeId);
    const stored = await storeProject(tx, programmeId, project, { actorId: opts.actorId, matchCoders: opts.matchCoders ?? false }, warnings, lost);
    return { ...stored, positions: { ...choice, origin: project.origin ?? null }, notices };
  });
}

/** Imports a .qdc codebook: its codes are added to the programme's codebook (new ids). */
export async function importQdc(db: Executor, programmeId: string, input: Uint8Array | string): Promise<ImportSummary> {
  if ((typeof input === 'string' ? input.length : input.byteLength) > maxCodebookBytes) throw new DomainError(413, 'errors.qdpxTooLarge', { limit: '20 MB' });
  const { xml, notices } = lenientRefiXml(typeof input === 'string' ? input : decodeUtf8(input), 'codebook');
  await assertValid(xml, 'codebook');
  const root = parseXml(xml);
  const roots = parseCodes(root.CodeBook?.Codes, false);
  const sets = Array.isArray(root.CodeBook?.Sets?.Set) ? root.CodeBook.Sets.Set.length : 0;
  return db.transaction(async (tx) => {
    await assertProgramme(tx, programmeId);
    const ids = await storeCodes(tx, programmeId, roots);
    return { documents: 0, codes: ids.size, codings: 0, memos: 0, coders: { matched: 0, external: 0 }, positions: null, lost: sets ? [{ kind: 'sets' as const, count: sets }] : [], notices, skipped: [] };
  });
}
