import { z } from '@hono/zod-openapi';
import type { Tallies } from './board-tally-core.js';
import { boardIdentities, boardItemKinds, boardItemStatuses, boardModes, boardPurposes, boardRoles, boardStatuses } from './board-schema.js';
import type { BoardItemRow, BoardRow } from './boards.js';

const label = z.string().trim().min(1).max(2000);
const uuid = z.string().regex(/^[0-9a-fA-F-]{36}$/, { message: 'errors.invalidId' });

export const NewItemSchema = z.object({
  kind: z.enum(['touchpoint', 'target_area', 'free']),
  label,
  description: z.string().max(4000).optional(),
  refId: uuid.nullable().optional(),
}).openapi('BoardNewItem');

export const BoardInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  purpose: z.enum(boardPurposes).optional(),
  mode: z.enum(boardModes),
  identity: z.enum(boardIdentities).optional(),
  role: z.enum(boardRoles).nullable().optional(),
  dotsPerPerson: z.number().int().min(1).max(50).optional(),
  maxDotsPerItem: z.number().int().min(1).max(50).optional(),
  allowIdeas: z.boolean().optional(),
  items: z.array(NewItemSchema).max(100).optional(),
  fromBoards: z.array(z.object({ boardId: uuid, top: z.number().int().min(1).max(20) })).max(10).optional(),
}).openapi('BoardInput');

export const ModerateSchema = z.object({ status: z.enum(['shown', 'rejected']) }).openapi('BoardModeration');

const RoleTallySchema = z.object({ points: z.number().nullable(), voters: z.number().int().nullable(), mean: z.number().nullable(), suppressed: z.boolean() });
const Carried = z.record(z.string(), z.object({ points: z.number().nullable(), voters: z.number().nullable() })).nullable();
export const TalliesSchema = z.object({
  mode: z.enum(boardModes), forStorage: z.boolean(), threshold: z.number().int(),
  voters: z.record(z.string(), z.object({ value: z.number().int().nullable(), suppressed: z.boolean() })),
  ballots: z.number().int().nullable(),
  items: z.array(z.object({ itemId: z.string(), label: z.string(), kind: z.string(), refId: z.string().nullable(), rank: z.number().int(), byRole: z.record(z.string(), RoleTallySchema), total: RoleTallySchema, carried: Carried })),
}).openapi('BoardTallies');

const ItemSchema = z.object({
  id: z.string(), kind: z.enum(boardItemKinds), label: z.string(), description: z.string(), refId: z.string().nullable(), status: z.enum(boardItemStatuses),
  authorRole: z.enum(boardRoles).nullable(), sourceBoardId: z.string().nullable(), carried: Carried,
});

export const BoardSummarySchema = z.object({
  id: z.string(), programmeId: z.string(), activityId: z.string(), municipalityId: z.string().nullable(), title: z.string(), purpose: z.enum(boardPurposes),
  mode: z.enum(boardModes), identity: z.enum(boardIdentities), role: z.enum(boardRoles).nullable(), dotsPerPerson: z.number().int(), maxDotsPerItem: z.number().int(),
  allowIdeas: z.boolean(), status: z.enum(boardStatuses), joinCode: z.string(), joinUrl: z.string(), codeExpiresAt: z.string().nullable(), version: z.number().int(),
  documentId: z.string().nullable(), createdAt: z.string(),
}).openapi('BoardSummary');

export const BoardViewSchema = BoardSummarySchema.extend({ items: z.array(ItemSchema), pending: z.array(ItemSchema), tallies: TalliesSchema, mayRun: z.boolean() }).openapi('BoardView');

export const StoredTalliesSchema = z.object({ boardId: z.string(), title: z.string(), status: z.enum(boardStatuses), documentId: z.string().nullable(), comments: z.number().int(), tallies: TalliesSchema }).openapi('BoardStoredTallies');

export const joinUrlOf = (publicUrl: string, code: string) => `${publicUrl}/b/${code}`;

export function toBoardSummary(b: BoardRow, publicUrl: string) {
  return {
    id: b.id, programmeId: b.programmeId, activityId: b.activityId, municipalityId: b.municipalityId, title: b.title, purpose: b.purpose, mode: b.mode, identity: b.identity,
    role: b.role, dotsPerPerson: b.dotsPerPerson, maxDotsPerItem: b.maxDotsPerItem, allowIdeas: b.allowIdeas, status: b.status, joinCode: b.joinCode, joinUrl: joinUrlOf(publicUrl, b.joinCode),
    codeExpiresAt: b.codeExpiresAt?.toISOString() ?? null, version: b.version, documentId: b.documentId, createdAt: b.createdAt.toISOString(),
  };
}

const toItem = (i: BoardItemRow) => ({ id: i.id, kind: i.kind, label: i.label, description: i.description, refId: i.refId, status: i.status, authorRole: i.authorRole, sourceBoardId: i.sourceBoardId, carried: i.carried ?? null });

export function toBoardView(b: BoardRow, items: BoardItemRow[], tallies: Tallies, publicUrl: string, mayRun: boolean) {
  return {
    ...toBoardSummary(b, publicUrl),
    items: items.filter((i) => i.status === 'shown').map(toItem),
    pending: items.filter((i) => i.status === 'pending').map(toItem),
    tallies, mayRun,
  };
}
