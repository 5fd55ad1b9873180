/**
 * The key that encrypts data kept at rest (e.g. transcript originals before pseudonymisation),
 * and AES-256-GCM sealing with it (node:crypto only).
 *
 * Where the key comes from, in order: an explicit key (tests), `VARDE_ENCRYPTION_KEY` (base64 of
 * 32 bytes; production), else a key file `<data dir>/encryption.key` created with mode 0600 on
 * first use (a laptop). Losing the key file makes the originals unreadable — which, for data
 * that is meant to be deleted anyway, is an acceptable failure.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const keyBytes = 32;
const ivBytes = 12;
const tagBytes = 16;
/** Format version, so a later key rotation can tell old blobs from new. */
const version = 1;

export class KeyringError extends Error {}

function decodeKey(base64: string, where: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== keyBytes) throw new KeyringError(`${where} must be base64 of ${keyBytes} bytes (got ${key.length})`);
  return key;
}

const cache = new Map<string, Promise<Buffer>>();

export interface KeySource {
  /** A key given directly (tests). */
  key?: Buffer;
  /** The value of VARDE_ENCRYPTION_KEY, if set. */
  envValue?: string;
  /** Where the key file lives when nothing else is given. */
  dataDir: string;
}

async function fromFile(dataDir: string): Promise<Buffer> {
  const path = join(dataDir, 'encryption.key');
  try {
    return decodeKey(await readFile(path, 'utf8'), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(keyBytes);
  try {
    // 'wx': never overwrite a key another process wrote a moment ago.
    await writeFile(path, key.toString('base64'), { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return decodeKey(await readFile(path, 'utf8'), path);
    throw error;
  }
}

export async function loadEncryptionKey(source: KeySource): Promise<Buffer> {
  if (source.key) {
    if (source.key.length !== keyBytes) throw new KeyringError(`the key must be ${keyBytes} bytes`);
    return source.key;
  }
  if (source.envValue) return decodeKey(source.envValue, 'VARDE_ENCRYPTION_KEY');
  let pending = cache.get(source.dataDir);
  if (!pending) {
    pending = fromFile(source.dataDir);
    cache.set(source.dataDir, pending);
    pending.catch(() => cache.delete(source.dataDir));
  }
  return pending;
}

/** version (1) | iv (12) | tag (16) | ciphertext. `context` is bound as associated data (e.g. a programme id). */
export function seal(key: Buffer, plaintext: Buffer, context = ''): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

/** Throws if the blob was altered, or sealed with another key or context. */
export function open(key: Buffer, blob: Buffer, context = ''): Buffer {
  if (blob.length < 1 + ivBytes + tagBytes || blob[0] !== version) throw new KeyringError('not a sealed blob');
  const iv = blob.subarray(1, 1 + ivBytes);
  const tag = blob.subarray(1 + ivBytes, 1 + ivBytes + tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(blob.subarray(1 + ivBytes + tagBytes)), decipher.final()]);
}
