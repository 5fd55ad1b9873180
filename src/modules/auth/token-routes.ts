import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/env.js';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent, noContent, uuidLike } from '../../http/openapi.js';
import { DomainError, unauthenticated } from '../../lib/errors.js';
import { apiTokenMaxDays, createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';

const tags = ['API tokens'];

const ApiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the secret, to tell tokens apart' }),
    access: z.enum(['read', 'read_write']),
    programmeIds: z.array(z.string()),
    createdAt: z.string().datetime(),
    expiresAt: z.string().datetime(),
    lastUsedAt: z.string().datetime().nullable(),
    revokedAt: z.string().datetime().nullable(),
  })
  .openapi('ApiToken');

const NewApiTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    access: z.enum(['read', 'read_write']),
    programmeIds: z.array(z.string().regex(uuidLike, { message: 'errors.invalidId' })).min(1).max(50),
    expiresInDays: z.number().int().min(1).max(apiTokenMaxDays),
  })
  .openapi('NewApiToken');

/** Tokens are managed from a signed-in browser session only: a token can never mint or revoke tokens. */
function sessionUser(c: Context<AppEnv>): string {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  if (c.get('apiToken')) throw new DomainError(403, 'tokens.errors.sessionOnly');
  return actor.userId;
}

export const apiTokenRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/me/tokens', tags, 'x-policy': 'signed-in', operationId: 'listApiTokens',
      summary: 'Your personal API tokens (never their secrets)',
      responses: { 200: jsonContent(z.array(ApiTokenSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listApiTokens(c.get('db'), sessionUser(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post', path: '/me/tokens', tags, 'x-policy': 'signed-in', operationId: 'createApiToken',
      summary: 'Create a personal API token for scripts; the secret is in this answer only',
      request: { body: jsonBody(NewApiTokenSchema) },
      responses: { 201: jsonContent(z.object({ token: ApiTokenSchema, secret: z.string() }).openapi('CreatedApiToken'), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const userId = sessionUser(c);
      const actor = c.get('actor')!;
      // Only programmes where the owner holds a role: an administrator's token is no master key.
      const memberOf = (programmeId: string) => actor.grants.some((g) => g.programmeId === programmeId);
      const created = await createApiToken(c.get('db'), userId, c.req.valid('json'), memberOf, c.get('requestId'));
      c.header('Cache-Control', 'no-store');
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete', path: '/me/tokens/{tokenId}', tags, 'x-policy': 'signed-in', operationId: 'revokeApiToken',
      summary: 'Revoke one of your tokens at once',
      request: { params: z.object({ tokenId: idParam('tokenId') }) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      await revokeApiToken(c.get('db'), sessionUser(c), c.req.valid('param').tokenId, c.get('requestId'));
      return c.body(null, 204);
    },
  );
