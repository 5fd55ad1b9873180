import { createHash, createHmac } from 'node:crypto';
import { loadEncryptionKey } from '../../lib/keyring.js';

/**
 * Secrets derived from the server key (src/lib/keyring.ts: VARDE_ENCRYPTION_KEY or the key file),
 * which is kept apart from the database. Link tokens are HMACs of row ids, so a reminder can send
 * the same link again while the database alone (which holds only SHA-256 hashes of tokens) never
 * yields a working link. The pairing key is per programme: the same self-generated code gives
 * unrelated keys in two programmes.
 */
export interface KeySource {
  dataDir: string;
  /** Tests give the key directly. */
  key?: Buffer;
}

export const serverKey = (source: KeySource) => loadEncryptionKey({ key: source.key, envValue: process.env.VARDE_ENCRYPTION_KEY, dataDir: source.dataDir });

const hmac = (key: Buffer, label: string) => createHmac('sha256', key).update(label).digest();

/** The token of a personal link (an invitation). */
export function invitationToken(key: Buffer, invitationId: string, linkVersion = 0): string {
  // Version 0 keeps the first label; a link issued anew (to print) bumps the version and the old one stops working.
  return hmac(key, `varde:survey-invitation:${invitationId}${linkVersion ? `:${linkVersion}` : ''}`).subarray(0, 24).toString('base64url');
}

/** The token of a survey's public link / QR code. Stable, so the QR can be printed again. */
export function publicSurveyToken(key: Buffer, surveyId: string): string {
  return hmac(key, `varde:survey-public:${surveyId}`).subarray(0, 18).toString('base64url');
}

/** Only this is stored for link tokens. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * What a response's resumeTokenHash holds for a personal-link respondent: a hash of the link token
 * under another label, so an anonymous response cannot be joined to its invitation row by equal hashes.
 */
export const resumeHashForInvitation = (token: string) => createHash('sha256').update(`resume:${token}`).digest('hex');

/**
 * The self-generated identification code → pairing key: HMAC-SHA256 under a per-programme key.
 * Without the server key the key cannot be recomputed from a guessed code, so the small space of
 * codes cannot be searched from a database dump.
 */
export function pairingKey(key: Buffer, programmeId: string, normalisedCode: string): string {
  const programmeKey = hmac(key, `varde:pairing:${programmeId}`);
  return createHmac('sha256', programmeKey).update(normalisedCode).digest('hex');
}
