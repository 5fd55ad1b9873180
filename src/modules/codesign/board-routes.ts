import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import QRCode from 'qrcode';
import { createRouter, errorResponses, idParam, jsonBody, jsonContent } from '../../http/openapi.js';
import type { AppEnv } from '../../http/env.js';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { getActivity } from '../activities/activities.js';
import { getProgramme } from '../programmes/programmes.js';
import './board-personal-data.js';
import { closingEvaluation, sendClosingCommentsToAnalysis } from './board-closing.js';
import { BoardInputSchema, BoardSummarySchema, BoardViewSchema, joinUrlOf, ModerateSchema, NewItemSchema, StoredTalliesSchema, toBoardSummary, toBoardView } from './board-dto.js';
import { boardTallies } from './board-tallies.js';
import { addBoardItem, boardStamp, closeBoard, createBoard, getBoard, listBoards, listItems, moderateItem, openBoard, type BoardRow } from './boards.js';
import { authorizeBoards, type BoardAction } from './policy.js';

const tags = ['Co-design boards'];
const programmeParams = z.object({ programmeId: idParam('programmeId') });
const boardParams = programmeParams.extend({ boardId: idParam('boardId') });
const activityParams = programmeParams.extend({ activityId: idParam('activityId') });
const itemParams = boardParams.extend({ boardItemId: idParam('boardItemId') });
const ListQuery = z.object({ activityId: z.string().regex(/^[0-9a-fA-F-]{36}$/, { message: 'errors.invalidId' }).optional() });

/** Membership first (outsiders 404 before anything is read), then the board, then the action on it. */
async function authorizedBoard(db: Executor, actor: Actor | null, action: BoardAction, programmeId: string, boardId: string): Promise<BoardRow> {
  authorizeBoards(actor, 'codesign.boards.read', { programmeId });
  const board = await getBoard(db, programmeId, boardId);
  authorizeBoards(actor, action, { programmeId, board });
  return board;
}

const mayRun = (actor: Actor | null, board: BoardRow) => {
  try {
    authorizeBoards(actor, 'codesign.boards.run', { programmeId: board.programmeId, board });
    return true;
  } catch {
    return false;
  }
};

/** The room's view: every figure in full (the people voting are the people looking). */
async function roomView(c: Context<AppEnv>, db: Executor, board: BoardRow) {
  const [items, tallies] = await Promise.all([listItems(db, board.id), boardTallies(db, board.id, { forStorage: false })]);
  return toBoardView(board, items, tallies, c.get('deps').config.publicUrl, mayRun(c.get('actor'), board));
}

const pollMs = 250;
const heartbeatMs = 15_000;
const streamLimitMs = 60 * 60_000;

export const boardRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/boards', tags, 'x-policy': 'codesign.boards.read',
      summary: 'Live boards the caller may see (optionally of one activity)', request: { params: programmeParams, query: ListQuery },
      responses: { 200: jsonContent(z.array(BoardSummarySchema)), ...errorResponses },
    }),
    async (c) => {
      const { programmeId } = c.req.valid('param');
      const scope = authorizeBoards(c.get('actor'), 'codesign.boards.read', { programmeId });
      await getProgramme(c.get('db'), programmeId);
      const rows = await listBoards(c.get('db'), programmeId, scope.municipalities, c.req.valid('query').activityId);
      return c.json(rows.map((b) => toBoardSummary(b, c.get('deps').config.publicUrl)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/activities/{activityId}/boards', tags, 'x-policy': 'codesign.boards.run',
      summary: 'Open a board for a meeting: items to prioritise (touchpoints, target areas, free items, or earlier boards’ top items), the voting mode, anonymous or code-tied',
      request: { params: activityParams, body: jsonBody(BoardInputSchema) }, responses: { 201: jsonContent(BoardSummarySchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, activityId } = c.req.valid('param');
      authorizeBoards(c.get('actor'), 'codesign.boards.read', { programmeId });
      const activity = await getActivity(c.get('db'), programmeId, activityId);
      authorizeBoards(c.get('actor'), 'codesign.boards.run', { programmeId, board: activity });
      const board = await createBoard(c.get('db'), c.get('actor')!, programmeId, activityId, c.req.valid('json'), c.get('requestId'));
      return c.json(toBoardSummary(board, c.get('deps').config.publicUrl), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/boards/{boardId}', tags, 'x-policy': 'codesign.boards.read',
      summary: 'The projector view: items, ideas waiting, tallies per role in full (the room’s view)', request: { params: boardParams },
      responses: { 200: jsonContent(BoardViewSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      const board = await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.read', programmeId, boardId);
      return c.json(await roomView(c, c.get('db'), board), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/boards/{boardId}/events', tags, 'x-policy': 'codesign.boards.read',
      summary: 'Server-sent events: a `board` event with the projector view now and after every change (vote, idea, moderation, open, close), from any app process',
      request: { params: boardParams }, responses: { 200: { description: 'text/event-stream of `board` events (BoardView as JSON)', content: { 'text/event-stream': { schema: z.string() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.read', programmeId, boardId);
      // The stream reads through the small look-up pool: a room full of phones voting at once can hold every
      // connection of the main pool, and the projector must still see their votes come in.
      const db = c.get('deps').lookupDb ?? c.get('deps').db;
      c.header('Cache-Control', 'no-store');
      c.header('X-Accel-Buffering', 'no');
      // Every app process compares the board's change stamp a few times a second (one indexed look-up), so a
      // vote taken by another process shows here too; only a change sends the whole view.
      return streamSSE(c, async (stream) => {
        const started = Date.now();
        let seen: string | null = '';
        let quietSince = Date.now();
        while (!stream.aborted && Date.now() - started < streamLimitMs) {
          const stamp = await boardStamp(db, boardId).catch(() => null);
          if (stamp === null) break;
          if (stamp !== seen) {
            seen = stamp;
            const board = await getBoard(db, programmeId, boardId).catch(() => null);
            if (!board) break;
            await stream.writeSSE({ event: 'board', data: JSON.stringify(await roomView(c, db, board)) });
            quietSince = Date.now();
          } else if (Date.now() - quietSince > heartbeatMs) {
            await stream.write(': still here\n\n');
            quietSince = Date.now();
          }
          await stream.sleep(pollMs);
        }
      }) as never;
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/boards/{boardId}/qr.svg', tags, 'x-policy': 'codesign.boards.read',
      summary: 'The join link as a QR code (SVG) for the projector', request: { params: boardParams },
      responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } }, ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      const board = await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.read', programmeId, boardId);
      const svg = await QRCode.toString(joinUrlOf(c.get('deps').config.publicUrl, board.joinCode), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' });
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/programmes/{programmeId}/boards/{boardId}/tallies', tags, 'x-policy': 'codesign.boards.read',
      summary: 'The board’s tallies as stored and reported (small cells suppressed), with the closing event’s comment count and analysis document',
      request: { params: boardParams }, responses: { 200: jsonContent(StoredTalliesSchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      const board = await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.read', programmeId, boardId);
      return c.json(await closingEvaluation(c.get('db'), board), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/boards/{boardId}/open', tags, 'x-policy': 'codesign.boards.run',
      summary: 'Open (or reopen) the board: the join code works for 12 hours from now', request: { params: boardParams },
      responses: { 200: jsonContent(BoardSummarySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      const board = await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.run', programmeId, boardId);
      return c.json(toBoardSummary(await openBoard(c.get('db'), c.get('actor')!, board, c.get('requestId')), c.get('deps').config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/boards/{boardId}/close', tags, 'x-policy': 'codesign.boards.run',
      summary: 'Close the board: no more votes or ideas. A closing event’s comments go to analysis as a document',
      request: { params: boardParams }, responses: { 200: jsonContent(BoardSummarySchema), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      const db = c.get('db');
      const board = await authorizedBoard(db, c.get('actor'), 'codesign.boards.run', programmeId, boardId);
      const closed = await closeBoard(db, c.get('actor')!, board, c.get('requestId'));
      const documentId = await sendClosingCommentsToAnalysis(db, c.get('actor')!, closed, { dataDir: c.get('deps').config.dataDir }, c.get('lang'), c.get('requestId'));
      return c.json(toBoardSummary({ ...closed, documentId }, c.get('deps').config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/programmes/{programmeId}/boards/{boardId}/items', tags, 'x-policy': 'codesign.boards.run',
      summary: 'Add an item to the board (shown at once)', request: { params: boardParams, body: jsonBody(NewItemSchema) },
      responses: { 201: jsonContent(z.object({ id: z.string() }), 'Created'), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId } = c.req.valid('param');
      const board = await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.run', programmeId, boardId);
      const row = await addBoardItem(c.get('db'), c.get('actor')!, board, c.req.valid('json'), c.get('requestId'));
      return c.json({ id: row.id }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/programmes/{programmeId}/boards/{boardId}/items/{boardItemId}', tags, 'x-policy': 'codesign.boards.run',
      summary: 'Moderate a participant’s idea or comment: show it on the board, or set it aside', request: { params: itemParams, body: jsonBody(ModerateSchema) },
      responses: { 200: jsonContent(z.object({ id: z.string(), status: z.string() })), ...errorResponses },
    }),
    async (c) => {
      const { programmeId, boardId, boardItemId } = c.req.valid('param');
      const board = await authorizedBoard(c.get('db'), c.get('actor'), 'codesign.boards.run', programmeId, boardId);
      const row = await moderateItem(c.get('db'), c.get('actor')!, board, boardItemId, c.req.valid('json').status, c.get('requestId'));
      return c.json({ id: row.id, status: row.status }, 200);
    },
  );
