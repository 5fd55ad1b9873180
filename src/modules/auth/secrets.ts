import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe: for session cookies, sign-in links and CSRF tokens. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored, so reading the database never yields a working secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
