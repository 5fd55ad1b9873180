/**
 * The .qdpx container: a ZIP with project.qde (any `*.qde` at the top, as ATLAS.ti names it after the
 * project) and a flat `sources/` (or `Sources/`) folder. The archive goes through src/lib/archive: every
 * entry is inflated and counted in a worker (limits for `qdpx` in `archiveLimits`, headers never trusted),
 * and only project.qde and the text sources are extracted (at most 200 MB together); media sources are
 * counted, never held in memory. No entry may climb out of the archive with `..` or a root.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { ArchiveUnreadable, archiveLimits, unzipEntries } from '../../../lib/archive/read.js';
import { DomainError } from '../../../lib/errors.js';

export const maxEntries = archiveLimits.qdpx.maxEntries;
/** What may be extracted (project.qde and text sources); the whole archive may unpack to archiveLimits.qdpx.maxTotalBytes. */
export const maxUnzippedBytes = 200 * 1024 * 1024;

export interface QdpxContents {
  projectXml: string;
  /** Reads `sources/<name>` (either case of the folder), BOM stripped; `undefined` when absent. */
  readSource(name: string): string | undefined;
}

const decoder = new TextDecoder('utf-8');
export const decodeUtf8 = (bytes: Uint8Array) => decoder.decode(bytes).replace(/^\uFEFF/, '');

/** project.qde (or another top-level .qde) and the plain-text sources (`internal://<guid>.txt`). */
const wanted = /^(?:[^/\\]+\.qde|sources\/[^/\\]+\.txt)$/i;

export async function readQdpx(bytes: Uint8Array): Promise<QdpxContents> {
  let files: Map<string, Uint8Array>;
  try {
    files = await unzipEntries(bytes, 'qdpx', wanted, maxUnzippedBytes);
  } catch (e) {
    if (e instanceof ArchiveUnreadable) throw new DomainError(422, 'errors.qdpxInvalid');
    if (e instanceof DomainError && e.key === ('limits.archive.unsafePath' as never)) throw new DomainError(422, 'errors.qdpxUnsafePath', { path: String(e.vars.path) });
    throw e;
  }
  const names = [...files.keys()];
  const project = names.find((n) => n.toLowerCase() === 'project.qde') ?? names.find((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  if (!project) throw new DomainError(422, 'errors.qdpxInvalid');
  const sources = new Map<string, Uint8Array>();
  for (const n of names) {
    const m = /^sources\/(.+)$/i.exec(n);
    if (m) sources.set(m[1], files.get(n)!);
  }
  return {
    projectXml: decodeUtf8(files.get(project)!),
    readSource(name) {
      const found = sources.get(name) ?? [...sources.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
      return found ? decodeUtf8(found) : undefined;
    },
  };
}

export function writeQdpx(projectXml: string, files: Map<string, string>): Uint8Array {
  const zippable: Zippable = { 'project.qde': strToU8(projectXml) };
  for (const [name, text] of files) zippable[`sources/${name}`] = strToU8(text);
  return zipSync(zippable, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
