/**
 * Hostile archives for tests and bench/archives.ts, written from the ZIP format's rules (APPNOTE 4.3):
 * a big run of zeros behind an innocent name, headers that lie about sizes, overlapping entries and
 * very many entries. Never used by the app itself.
 */
import { randomBytes } from 'node:crypto';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Packed bytes as they go into the file. */
  packed: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** What the headers claim (a bomb sets these to anything). */
  declaredPacked: number;
  declaredSize: number;
  /** Point this central entry at another entry's local header (overlapping entries). */
  sameDataAs?: number;
}

export function honestEntry(name: string, data: Uint8Array | string): RawEntry {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const packed = deflateRawSync(bytes);
  return { name, packed, method: 8, crc: crc32(bytes), declaredPacked: packed.length, declaredSize: bytes.length };
}

/** `megabytes` of zeros deflated without ever holding them: ~1 KB packed per MB inflated. */
export async function zerosEntry(name: string, megabytes: number): Promise<RawEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(zeros)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const packed = Buffer.concat(chunks);
  return { name, packed, method: 8, crc: 0, declaredPacked: packed.length, declaredSize: megabytes * 1024 * 1024 };
}

/** Writes a ZIP with the entries exactly as described (local headers, central directory, end record). */
export function writeZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    if (e.sameDataAs !== undefined) {
      offsets.push(offsets[e.sameDataAs]);
      return;
    }
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.declaredPacked >>> 0, 18);
    local.writeUInt32LE(e.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    offsets[i] = offset;
    parts.push(local, name, Buffer.from(e.packed));
    offset += 30 + name.length + e.packed.length;
  });
  const cdStart = offset;
  entries.forEach((e, i) => {
    const name = Buffer.from(e.name, 'utf8');
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.declaredPacked >>> 0, 20);
    central.writeUInt32LE(e.declaredSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offsets[i], 42);
    parts.push(central, name);
    offset += 46 + name.length;
  });
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  parts.push(end);
  return Buffer.concat(parts);
}

const contentTypes = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A ".docx" whose word/document.xml is `megabytes` of zeros (the 567 KB → 160 MB upload of the issue, scaled). */
export async function docxBomb(megabytes: number): Promise<Buffer> {
  return writeZip([honestEntry('[Content_Types].xml', contentTypes), await zerosEntry('word/document.xml', megabytes)]);
}

/** Like docxBomb, but both headers claim the document is 2 KB packed into its real packed size. */
export async function lyingHeadersZip(name: string, megabytes: number, extra: RawEntry[] = []): Promise<Buffer> {
  const bomb = await zerosEntry(name, megabytes);
  return writeZip([...extra, { ...bomb, declaredSize: 2048 }]);
}

/** One small packed run of zeros referenced by `count` central entries (overlapping entries). */
export async function overlappingZip(count: number, megabytesEach: number): Promise<Buffer> {
  const first = await zerosEntry('part0.xml', megabytesEach);
  return writeZip([first, ...Array.from({ length: count - 1 }, (_, i) => ({ ...first, name: `part${i + 1}.xml`, sameDataAs: 0 }))]);
}

/** `count` tiny entries. */
export function manyEntriesZip(count: number): Buffer {
  const one = honestEntry('x', 'x');
  return writeZip(Array.from({ length: count }, (_, i) => ({ ...one, name: `f${i}.txt` })));
}

/**
 * `count` central entries sharing one packed block of `megabytesEach` that deflates only ~90× (a random byte
 * every 256), so no single entry trips the ratio limit and only the running total stops it.
 */
export function overlappingLowRatioZip(count: number, megabytesEach: number, first: RawEntry[] = []): Buffer {
  const block = Buffer.alloc(megabytesEach * 1024 * 1024);
  const noise = randomBytes(Math.ceil(block.length / 256));
  for (let i = 0; i < block.length; i += 256) block[i] = noise[i / 256];
  const packed = deflateRawSync(block, { level: 9 });
  const entry: RawEntry = { name: 'sources/part0.txt', packed, method: 8, crc: crc32(block), declaredPacked: packed.length, declaredSize: 2048 };
  const at = first.length;
  return writeZip([...first, entry, ...Array.from({ length: count - 1 }, (_, i) => ({ ...entry, name: `sources/part${i + 1}.txt`, sameDataAs: at }))]);
}
