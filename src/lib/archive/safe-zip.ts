/**
 * The one check every ZIP-based upload (.docx, .xlsx, .pptx, .qdpx, and any format added later) passes
 * before a parser sees it. It walks the central directory itself and inflates every entry for real,
 * counting the bytes that come out and throwing them away — sizes written in the local or central
 * headers are never believed (a bomb lies about them). An archive is refused when
 *   - it has more entries than `maxEntries`,
 *   - its entries inflate to more than `maxTotalBytes` together (overlapping entries count each time),
 *   - one entry of more than `ratioAppliesAbove` bytes inflates to more than `maxRatio` times its packed size,
 *   - it is encrypted, uses a compression other than stored/deflate, or is damaged.
 * Inflating runs on zlib's thread pool and stops at the first limit crossed, so memory stays at a
 * few chunks whatever the archive claims.
 *
 * Callers normally do not use this file directly: `read.ts` runs the check *and* the parser in a
 * worker thread (readDocxText, readXlsxSheets, unzipEntries, checkArchive).
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { DomainError } from '../errors.js';

export interface ZipLimits {
  /** Shown in messages: what the file was meant to be ("Word document", "REFI-QDA project"). */
  kind: ArchiveKind;
  maxEntries: number;
  maxTotalBytes: number;
  maxRatio: number;
  /** Entries smaller than this may have any ratio (a tiny XML part of zeros is harmless). */
  ratioAppliesAbove: number;
}
export type ArchiveKind = 'docx' | 'xlsx' | 'pptx' | 'qdpx' | 'zip';

const MB = 1024 * 1024;
/*
 * Why these numbers. Text XML deflates 5–20×; even very repetitive spreadsheet XML stays below ~100×,
 * while a bomb of zeros reaches ~1,000× per layer. Images, audio, video and PDFs are already
 * compressed (≈1×), so media adds roughly its packed size.
 * - .docx (transcripts, minutes; upload ≤ 10 MB): a three-hour interview is 1–3 MB of document.xml;
 *   mammoth builds a tree of the XML at ~10–20× its size, so 64 MB of XML is the most that parses safely.
 * - .xlsx (participant lists ≤ 5 MB, XLSForms): a 50,000-row sheet is ~30 MB of XML; exceljs keeps the
 *   whole workbook in memory, so 100 MB.
 * - .pptx (co-design material, mostly images): 200 MB.
 * - .qdpx (REFI-QDA project, upload ≤ 50 MB): media sources do not shrink, so even a 50 MB archive of
 *   pure text sources (~10×) unpacks to ~500 MB; 1 GB leaves twice that. Only project.qde and text
 *   sources are ever extracted (see unzipEntries' maxExtractBytes); the rest is only counted.
 */
export const archiveLimits: Record<ArchiveKind, ZipLimits> = {
  docx: { kind: 'docx', maxEntries: 1_000, maxTotalBytes: 64 * MB, maxRatio: 200, ratioAppliesAbove: 1 * MB },
  xlsx: { kind: 'xlsx', maxEntries: 2_000, maxTotalBytes: 100 * MB, maxRatio: 200, ratioAppliesAbove: 1 * MB },
  pptx: { kind: 'pptx', maxEntries: 5_000, maxTotalBytes: 200 * MB, maxRatio: 200, ratioAppliesAbove: 1 * MB },
  qdpx: { kind: 'qdpx', maxEntries: 10_000, maxTotalBytes: 1024 * MB, maxRatio: 200, ratioAppliesAbove: 1 * MB },
  zip: { kind: 'zip', maxEntries: 10_000, maxTotalBytes: 200 * MB, maxRatio: 200, ratioAppliesAbove: 1 * MB },
};

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  /** Where the packed data starts (after the local header) and how long the central directory says it is (clamped to the file). */
  dataStart: number;
  packedSize: number;
}

export interface ZipSummary {
  entries: number;
  /** Bytes actually inflated, per entry name (the last of duplicates) and in total. */
  totalBytes: number;
  sizes: Map<string, number>;
}

export const formatBytes = (n: number) => (n >= 1024 * MB ? `${(n / (1024 * MB)).toFixed(n % (1024 * MB) ? 1 : 0)} GB` : `${Math.round(n / MB)} MB`);

const refused = (status: 413 | 422, key: string, vars: Record<string, string | number> = {}) => new DomainError(status, key as never, vars);
export const invalidArchive = (limits: ZipLimits) => refused(422, 'limits.archive.invalid', { kind: kindVar(limits) });
/** The kind as a message variable: the message tables translate `limits.archive.kinds.<kind>`. */
const kindVar = (limits: ZipLimits) => limits.kind;

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The central directory's entries, each located through its local header. Throws `limits.archive.invalid` for anything unreadable. */
export function listEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const bad = () => invalidArchive(limits);
  if (!looksLikeZip(bytes) || bytes.length < 22) throw bad();

  // End of central directory: the last 0x06054b50 within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw bad();
  let cdOffset = u32(eocd + 16);
  if (cdOffset === 0xffffffff && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const zip64 = u64(eocd - 20 + 8);
    if (zip64 + 56 > bytes.length || u32(zip64) !== 0x06064b50) throw bad();
    cdOffset = u64(zip64 + 48);
  }

  // Walk the directory by signature, not by the count the end record claims.
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = cdOffset;
  while (at + 46 <= bytes.length && u32(at) === 0x02014b50) {
    if (entries.length >= limits.maxEntries) throw refused(413, 'limits.archive.tooManyEntries', { kind: kindVar(limits), limit: limits.maxEntries });
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let packed = u32(at + 20);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let localOffset = u32(at + 42);
    if (at + 46 + nameLength + extraLength > bytes.length) throw bad();
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: the 64-bit values appear in the extra field, in order, for each 32-bit field that is 0xffffffff.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(x);
      const size = u16(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        if (u32(at + 24) === 0xffffffff) p += 8;
        if (packed === 0xffffffff && p + 8 <= x + 4 + size) (packed = u64(p)), (p += 8);
        if (localOffset === 0xffffffff && p + 8 <= x + 4 + size) localOffset = u64(p);
      }
      x += 4 + size;
    }
    if (localOffset + 30 > bytes.length || u32(localOffset) !== 0x04034b50) throw bad();
    const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
    if (dataStart > bytes.length) throw bad();
    entries.push({ name, method, encrypted: (flags & 1) === 1, dataStart, packedSize: Math.min(packed, bytes.length - dataStart) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (entries.length === 0 && u16(eocd + 10) !== 0) throw bad();
  return entries;
}

/** Inflates one entry, counting output; resolves the count, or `Infinity` as soon as `cap` is crossed. */
function inflatedSize(packed: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let count = 0;
    let settled = false;
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > cap && !settled) {
        settled = true;
        inflate.destroy();
        resolve(Infinity);
      }
    });
    inflate.on('end', () => !settled && ((settled = true), resolve(count)));
    inflate.on('error', (e) => !settled && ((settled = true), reject(e)));
    inflate.end(packed);
  });
}

/**
 * Checks `bytes` against `limits` by inflating every entry (see the file comment). Resolves what it
 * found; rejects with a DomainError (413 over a limit, 422 unreadable) whose message says why.
 */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<ZipSummary> {
  const entries = listEntries(bytes, limits);
  const sizes = new Map<string, number>();
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw refused(422, 'limits.archive.encrypted', { kind: kindVar(limits) });
    if (entry.method !== 0 && entry.method !== 8) throw refused(422, 'limits.archive.unsupported', { kind: kindVar(limits) });
    const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
    const left = limits.maxTotalBytes - total;
    const ratioCap = Math.max(limits.ratioAppliesAbove, entry.packedSize * limits.maxRatio);
    let size: number;
    if (entry.method === 0) size = packed.length;
    else {
      try {
        size = await inflatedSize(packed, Math.min(left, ratioCap));
      } catch {
        throw invalidArchive(limits);
      }
    }
    if (size > left || size > ratioCap) {
      if (ratioCap < left) throw refused(413, 'limits.archive.ratio', { kind: kindVar(limits), entry: entry.name.slice(0, 120), ratio: limits.maxRatio });
      throw refused(413, 'limits.archive.tooLarge', { kind: kindVar(limits), limit: formatBytes(limits.maxTotalBytes) });
    }
    total += size;
    sizes.set(entry.name, size);
  }
  return { entries: entries.length, totalBytes: total, sizes };
}

/**
 * Inflates the entries `include` selects from an archive that passed `checkZip` (call that first),
 * at most `maxBytes` together. Names that climb out of the archive (`..`, a root, a drive) are refused.
 */
export function extractEntries(bytes: Uint8Array, limits: ZipLimits, include: RegExp, maxBytes: number): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of listEntries(bytes, limits)) {
    if (unsafePath(entry.name)) throw refused(422, 'limits.archive.unsafePath', { kind: kindVar(limits), path: entry.name.slice(0, 120) });
    if (entry.name.endsWith('/') || !include.test(entry.name)) continue;
    const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? packed.slice() : inflateRawSync(packed, { maxOutputLength: Math.max(1, maxBytes - total) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw refused(413, 'limits.archive.tooLarge', { kind: kindVar(limits), limit: formatBytes(maxBytes) });
      throw invalidArchive(limits);
    }
    total += data.byteLength;
    if (total > maxBytes) throw refused(413, 'limits.archive.tooLarge', { kind: kindVar(limits), limit: formatBytes(maxBytes) });
    out.set(entry.name, data);
  }
  return out;
}

export function unsafePath(name: string): boolean {
  const parts = name.split(/[\\/]/);
  return name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name) || parts.includes('..');
}
