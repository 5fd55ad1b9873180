import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import pg from 'pg';

/**
 * The embedded cluster's password, random and kept beside the cluster in a file only Varde's user can
 * read (0600). Clusters made before it existed used the fixed varde/varde: their next start sets a
 * random password with ALTER ROLE. The new password is written to `pending` before the ALTER and renamed
 * into place after it, so a crash in between never leaves a cluster whose password is nowhere.
 */
export interface PasswordFiles {
  file: string;
  pending: string;
}

/** The password that clusters made by older Varde versions were initialised with. */
const legacyPassword = 'varde';

export const passwordFiles = (databaseDir: string): PasswordFiles => ({ file: `${databaseDir}.password`, pending: `${databaseDir}.password.new` });

const generate = () => randomBytes(24).toString('base64url');

async function writeSecret(file: string, secret: string): Promise<void> {
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  // writeFile keeps the mode of an existing file; make sure it is ours alone.
  await chmod(file, 0o600);
}

const readSecret = async (file: string) => (existsSync(file) ? (await readFile(file, 'utf8')).trim() : undefined);

/** A new password for a cluster about to be initialised, saved before initdb sees it. */
export async function newPassword(files: PasswordFiles): Promise<string> {
  const secret = generate();
  await writeSecret(files.file, secret);
  await rm(files.pending, { force: true });
  return secret;
}

/** The password on file (may be undefined for a cluster from an older Varde; adoptPassword sorts that out). */
export async function currentPassword(files: PasswordFiles): Promise<string | undefined> {
  return readSecret(files.file);
}

async function tryConnect(port: number, password: string): Promise<pg.Client | undefined> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'varde', password, database: 'varde' });
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => {});
    return undefined;
  }
}

/**
 * Finds which password the running cluster accepts (on file, pending from an interrupted change, or the
 * legacy one), and makes sure the file holds a random one the cluster accepts, with mode 0600.
 */
export async function adoptPassword(port: number, files: PasswordFiles, onFile: string | undefined): Promise<void> {
  const pending = await readSecret(files.pending);
  const candidates = [onFile, pending, legacyPassword].filter((p): p is string => p !== undefined);
  for (const candidate of candidates) {
    const client = await tryConnect(port, candidate);
    if (!client) continue;
    try {
      if (candidate === onFile && candidate !== legacyPassword) {
        if (((await stat(files.file)).mode & 0o077) !== 0) await chmod(files.file, 0o600);
        await rm(files.pending, { force: true });
        return;
      }
      const secret = candidate === pending && candidate !== legacyPassword ? candidate : generate();
      await writeSecret(files.pending, secret);
      await client.query(`alter role varde password ${client.escapeLiteral(secret)}`);
      await rename(files.pending, files.file);
      return;
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(`the embedded database's password is not the one in ${files.file}; restore that file (or remove the data directory to start afresh)`);
}
