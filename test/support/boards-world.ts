import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { newJoinCode } from '../../src/modules/codesign/board-codes.js';
import { boardItems, boards } from '../../src/modules/codesign/board-schema.js';
import type { TestApp } from './app.js';
import type { Throwaway, World } from './world.js';

type Scope = 'none' | 'A' | 'B' | 'other' | 'cross' | 'unknown';
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';

/**
 * Board fixtures on top of the activities world: an open board on the scope's activity (A, B, C) with
 * a participant's idea waiting, so …/boards/{boardId}/items/{boardItemId} has something to moderate.
 */
export async function buildBoardsWorld(t: TestApp, world: World, activityOf: (scope: Scope) => string) {
  const db = t.database.db;
  const open = async (programmeId: string, municipalityId: string, scope: Scope) => {
    const [board] = await db.insert(boards).values({ programmeId, activityId: activityOf(scope), municipalityId, title: 'Tavle', mode: 'dots', status: 'open', joinCode: newJoinCode(), codeExpiresAt: new Date(Date.now() + 3600_000) }).returning();
    const [idea] = await db.insert(boardItems).values({ boardId: board.id, kind: 'idea', label: 'En idé', status: 'pending' }).returning();
    return { boardId: board.id, boardItemId: idea.id };
  };
  const A = await open(world.p1.id, world.p1.a, 'A');
  const B = await open(world.p1.id, world.p1.b, 'B');
  const C = await open(world.p2.id, world.p2.c, 'other');
  const fx = (scope: Scope) => (scope === 'A' ? A : scope === 'B' ? B : C);
  return {
    ids(scope: Scope): Record<string, string> {
      if (scope === 'unknown') return { boardId: randomUUID(), boardItemId: randomUUID() };
      return { ...fx(scope) };
    },
    /** Closing uses a board up: a fresh open one in the scope. */
    async throwaway(param: string, scope: Scope): Promise<Throwaway | undefined> {
      if (param !== 'boardId') return undefined;
      const [owner] = await db.select().from(boards).where(eq(boards.id, fx(scope).boardId));
      const fresh = await open(owner.programmeId, owner.municipalityId!, scope);
      return { id: fresh.boardId, remove: async () => void (await db.delete(boards).where(eq(boards.id, fresh.boardId))) };
    },
  };
}

/** Operations whose last path parameter is used up (the board is closed). */
export const boardsConsuming = new Set(['POST /programmes/{programmeId}/boards/{boardId}/close']);

/** One valid body per boards operation (spread into exampleBodies). */
export const boardsExampleBodies: Record<string, (world: World) => unknown> = {
  'POST /programmes/{programmeId}/activities/{activityId}/boards': () => ({ title: 'Prioritering', mode: 'dots', items: [{ kind: 'free', label: 'Bli hørt' }] }),
  'POST /programmes/{programmeId}/boards/{boardId}/items': () => ({ kind: 'free', label: 'Nytt punkt' }),
  'PATCH /programmes/{programmeId}/boards/{boardId}/items/{boardItemId}': () => ({ status: 'shown' }),
};

/** The boards rules for the authorization walk: every member reads; coordinators, facilitators and a contact (own municipality) run. */
export function boardsExpectations<R>(members: (may: Role[], opts?: { municipal?: boolean }) => R) {
  const all: Role[] = ['coordinator', 'researcher', 'municipal_contact', 'facilitator', 'observer'];
  const run: Role[] = ['coordinator', 'facilitator', 'municipal_contact'];
  const municipal = { municipal: true };
  return {
    'GET /programmes/{programmeId}/boards': members(all),
    'POST /programmes/{programmeId}/activities/{activityId}/boards': members(run, municipal),
    'GET /programmes/{programmeId}/boards/{boardId}': members(all, municipal),
    'GET /programmes/{programmeId}/boards/{boardId}/events': members(all, municipal),
    'GET /programmes/{programmeId}/boards/{boardId}/qr.svg': members(all, municipal),
    'GET /programmes/{programmeId}/boards/{boardId}/tallies': members(all, municipal),
    'POST /programmes/{programmeId}/boards/{boardId}/open': members(run, municipal),
    'POST /programmes/{programmeId}/boards/{boardId}/close': members(run, municipal),
    'POST /programmes/{programmeId}/boards/{boardId}/items': members(run, municipal),
    'PATCH /programmes/{programmeId}/boards/{boardId}/items/{boardItemId}': members(run, municipal),
  } as Record<string, R>;
}
