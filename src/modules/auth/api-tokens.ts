import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { DomainError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/record.js';
import { apiTokens } from './schema.js';
import { hashSecret, newSecret } from './secrets.js';

/** Every token starts so, which lets the HTTP layer tell it from other bearer schemes and lets secret scanners find leaked ones. */
export const apiTokenPrefix = 'varde_';
export const apiTokenMaxDays = 366;

export type ApiTokenAccess = 'read' | 'read_write';

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  access: ApiTokenAccess;
  programmeIds: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewApiToken {
  name: string;
  access: ApiTokenAccess;
  programmeIds: string[];
  expiresInDays: number;
}

/** What a token lets a request do: whose it is, which programmes, and whether it may change anything. */
export interface ApiTokenGrant {
  tokenId: string;
  userId: string;
  access: ApiTokenAccess;
  programmeIds: string[];
}

const columns = {
  id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, access: apiTokens.access, programmeIds: apiTokens.programmeIds,
  createdAt: apiTokens.createdAt, expiresAt: apiTokens.expiresAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
};

function toInfo(row: { id: string; name: string; prefix: string; access: ApiTokenAccess; programmeIds: string[]; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): ApiTokenInfo {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates a token for the user's own scripts. The secret is returned once and only its hash kept.
 * `memberOf` says which programmes the user may reach now: a token never reaches further than its owner.
 */
export async function createApiToken(
  db: Executor, userId: string, input: NewApiToken, memberOf: (programmeId: string) => boolean, requestId?: string,
): Promise<{ token: ApiTokenInfo; secret: string }> {
  const programmeIds = [...new Set(input.programmeIds)];
  if (programmeIds.length === 0) throw new DomainError(400, 'errors.validation', {}, [{ path: 'programmeIds', key: 'tokens.errors.noProgramme', vars: {} }]);
  if (programmeIds.some((id) => !memberOf(id))) throw notFound();
  const secret = `${apiTokenPrefix}${newSecret()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId, name: input.name.trim(), access: input.access, programmeIds,
      tokenHash: hashSecret(secret), prefix: secret.slice(0, apiTokenPrefix.length + 4),
      expiresAt: sql`now() + make_interval(days => ${input.expiresInDays})`,
    })
    .returning(columns);
  await recordAudit(db, { actorId: userId, action: 'auth.token_created', entity: 'api_token', entityId: row.id, after: { access: input.access, programmes: programmeIds.length, days: input.expiresInDays }, requestId });
  return { token: toInfo(row), secret };
}

export async function listApiTokens(db: Executor, userId: string): Promise<ApiTokenInfo[]> {
  const rows = await db.select(columns).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toInfo);
}

/** Revoking is immediate and kept on record (the row stays, so "last used" still tells what it did). */
export async function revokeApiToken(db: Executor, userId: string, tokenId: string, requestId?: string): Promise<void> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) throw notFound();
  await recordAudit(db, { actorId: userId, action: 'auth.token_revoked', entity: 'api_token', entityId: tokenId, requestId });
}

/**
 * Finds a live token by its secret and notes when it was used (at most once a minute, to spare
 * writes on scripts that make thousands of calls). Null for unknown, revoked and expired tokens alike.
 */
export async function resumeApiToken(db: Executor, secret: string): Promise<ApiTokenGrant | null> {
  if (!secret.startsWith(apiTokenPrefix)) return null;
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, access: apiTokens.access, programmeIds: apiTokens.programmeIds, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(secret)), isNull(apiTokens.revokedAt), sql`${apiTokens.expiresAt} > now()`));
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.id));
  }
  return { tokenId: row.id, userId: row.userId, access: row.access, programmeIds: row.programmeIds };
}
