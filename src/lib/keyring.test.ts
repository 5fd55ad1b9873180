import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadEncryptionKey, open, seal } from './keyring.js';

describe('keyring', () => {
  it('seals and opens with AES-256-GCM; another key or context fails', () => {
    const key = randomBytes(32);
    const blob = seal(key, Buffer.from('Kari Nordmann sa'), 'p1');
    expect(blob.includes(Buffer.from('Kari'))).toBe(false);
    expect(open(key, blob, 'p1').toString()).toBe('Kari Nordmann sa');
    expect(() => open(randomBytes(32), blob, 'p1')).toThrow();
    expect(() => open(key, blob, 'p2')).toThrow();
  });

  it('takes the key from the environment, or creates a 0600 key file once', async () => {
    const env = randomBytes(32);
    expect((await loadEncryptionKey({ envValue: env.toString('base64'), dataDir: '/nonexistent' })).equals(env)).toBe(true);
    await expect(loadEncryptionKey({ envValue: 'c2hvcnQ=', dataDir: '/nonexistent' })).rejects.toThrow(/32 bytes/);
    const dir = await mkdtemp(join(tmpdir(), 'varde-key-'));
    const first = await loadEncryptionKey({ dataDir: dir });
    expect(first.length).toBe(32);
    expect((await stat(join(dir, 'encryption.key'))).mode & 0o777).toBe(0o600);
    expect(Buffer.from(await readFile(join(dir, 'encryption.key'), 'utf8'), 'base64').equals(first)).toBe(true);
    expect((await loadEncryptionKey({ dataDir: dir })).equals(first)).toBe(true);
  });
});
