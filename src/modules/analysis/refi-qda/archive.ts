/**
 * The .qdpx container: a ZIP with project.qde (any `*.qde` at the top, as ATLAS.ti names it after the
 * project) and a flat `sources/` (or `Sources/`) folder. Unzipping is bounded: at most 10,000
 * entries and 200 MB unzipped, and no entry may climb out of the archive with `..` or a root.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { DomainError } from '../../../lib/errors.js';

export const maxEntries = 10_000;
export const maxUnzippedBytes = 200 * 1024 * 1024;

export interface QdpxContents {
  projectXml: string;
  /** Reads `sources/<name>` (either case of the folder), BOM stripped; `undefined` when absent. */
  readSource(name: string): string | undefined;
}

const decoder = new TextDecoder('utf-8');
export const decodeUtf8 = (bytes: Uint8Array) => decoder.decode(bytes).replace(/^\uFEFF/, '');

function unsafePath(name: string): boolean {
  const parts = name.split(/[\\/]/);
  return name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || parts.includes('..');
}

export function readQdpx(bytes: Uint8Array): QdpxContents {
  let entries = 0;
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries++;
        declared += file.originalSize;
        if (entries > maxEntries) throw new DomainError(413, 'errors.qdpxTooManyEntries', { limit: maxEntries });
        if (declared > maxUnzippedBytes) throw new DomainError(413, 'errors.qdpxTooLarge', { limit: '200 MB' });
        if (unsafePath(file.name)) throw new DomainError(422, 'errors.qdpxUnsafePath', { path: file.name });
        return !file.name.endsWith('/');
      },
    });
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError(422, 'errors.qdpxInvalid');
  }
  // The declared sizes could lie; count what was actually inflated too.
  const actual = Object.values(files).reduce((sum, f) => sum + f.byteLength, 0);
  if (actual > maxUnzippedBytes) throw new DomainError(413, 'errors.qdpxTooLarge', { limit: '200 MB' });

  const names = Object.keys(files);
  const project = names.find((n) => n.toLowerCase() === 'project.qde') ?? names.find((n) => !n.includes('/') && n.toLowerCase().endsWith('.qde'));
  if (!project) throw new DomainError(422, 'errors.qdpxInvalid');
  const sources = new Map<string, Uint8Array>();
  for (const n of names) {
    const m = /^sources\/(.+)$/i.exec(n);
    if (m) sources.set(m[1], files[n]);
  }
  return {
    projectXml: decodeUtf8(files[project]),
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
