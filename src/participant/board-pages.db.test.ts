import { eq, sql } from 'drizzle-orm';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';
import { boardProgramme, phone } from '../../test/support/boards-fixture.js';
import { auditLog } from '../modules/audit/schema.js';
import { boardItems, boards, boardVoters, boardVotes } from '../modules/codesign/board-schema.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof boardProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await boardProgramme(t);
});
afterAll(() => t.close());

const db = () => t.database.db;
const count = async (boardId: string) => ({
  votes: (await db().select().from(boardVotes).where(eq(boardVotes.boardId, boardId))).length,
  items: (await db().select().from(boardItems).where(eq(boardItems.boardId, boardId))).length,
  voters: (await db().select().from(boardVoters).where(eq(boardVoters.boardId, boardId))).length,
  audit: (await db().select().from(auditLog).where(eq(auditLog.entityId, boardId))).length,
});
const itemIds = async (boardId: string) => (await db().select().from(boardItems).where(eq(boardItems.boardId, boardId))).map((i) => i.id);
/** Bytes on the wire as a phone asking for gzip gets them (the app compresses). */
const wireBytes = async (res: Response) => (await res.arrayBuffer()).byteLength;
const twentyItems = Array.from({ length: 20 }, (_, i) => ({ kind: 'free', label: `Punkt nummer ${i + 1}: noe som betyr mye for tjenestene i kommunen` }));

describe('joining by code, without an account', () => {
  it('typing the code leads to the board; the page offers the three languages and needs no script', async () => {
    const board = await w.openBoard({ title: 'Tavle', mode: 'dots', items: [{ kind: 'free', label: 'A' }] });
    const typed = await t.call('GET', `/b?code=${board.joinCode.toLowerCase().replace(/(...)/, '$1 ')}&lang=nn`);
    expect(typed.status).toBe(303);
    expect(typed.headers.get('location')).toBe(`/b/${board.joinCode}?lang=nn`);
    const p = phone(t, board.joinCode);
    const page = await p.get('?lang=nn');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="nn">');
    expect(page.html).toContain('Eg deltek som');
    expect(page.html).toMatch(/hreflang="en"/);
    expect(page.html).not.toMatch(/<script>|\son[a-z]+=/i);
    expect(page.res.headers.get('cache-control')).toBe('no-store');
    const joined = await p.post('join', [['_lang', 'nn'], ['role', 'provider']]);
    expect(joined.html).toContain('Du har 5 prikkar');
    expect(p.jar.get('vb')).toBeTruthy();
  });

  it('a forged code, a malformed one and an expired one: a clear message, nothing written', async () => {
    const forged = await phone(t, 'ZZZZZZ').get('?lang=en');
    expect(forged.status).toBe(404);
    expect(forged.html).toContain('No board has this code');
    const malformed = await phone(t, 'abc').get();
    expect(malformed.status).toBe(404);
    expect(malformed.html).toContain('seks bokstaver og tall');
    const board = await w.openBoard({ title: 'Utløpt', mode: 'dots', items: [{ kind: 'free', label: 'A' }] });
    const p = phone(t, board.joinCode);
    await p.post('join', [['role', 'recipient']]);
    await db().update(boards).set({ codeExpiresAt: sql`now() - interval '1 minute'` }).where(eq(boards.id, board.id));
    const before = await count(board.id);
    const late = await p.post('vote', [[`dots_${(await itemIds(board.id))[0]}`, '1'], ['_lang', 'nb']]);
    expect(late.status).toBe(410);
    expect(late.html).toContain('Koden er utløpt');
    expect(await count(board.id)).toEqual(before);
    const joinLate = await phone(t, board.joinCode).post('join', [['role', 'recipient']]);
    expect(joinLate.status).toBe(410);
    expect(await count(board.id)).toEqual(before);
  });
});

describe('bad input on the ballot and the idea form', () => {
  it('more dots than allowed, a vote after close and a 100,000-character idea are refused in the person’s language', async () => {
    const board = await w.openBoard({ title: 'Prikker', mode: 'dots', dotsPerPerson: 2, maxDotsPerItem: 2, items: [{ kind: 'free', label: 'A' }, { kind: 'free', label: 'B' }] });
    const [a, b] = await itemIds(board.id);
    const p = phone(t, board.joinCode);
    await p.post('join', [['_lang', 'en'], ['role', 'leader']]);
    const before = await count(board.id);
    const tooMany = await p.post('vote', [[`dots_${a}`, '2'], [`dots_${b}`, '1'], ['_lang', 'en']]);
    expect(tooMany.status).toBe(422);
    expect(tooMany.html).toContain('You used 3 dots but have only 2.');
    expect(tooMany.html).toContain('value="2"');
    expect(await count(board.id)).toEqual(before);

    const long = await p.post('idea', [['idea', 'x'.repeat(100_000)], ['_lang', 'nn']]);
    expect(long.status).toBe(422);
    expect(long.html).toContain('Teksten er 100000 teikn. Han kan vere høgst 500 teikn.');
    expect(await count(board.id)).toEqual(before);

    expect((await p.post('vote', [[`dots_${a}`, '2']])).status).toBe(200);
    expect((await w.api('POST', `/boards/${board.id}/close`)).status).toBe(200);
    const after = await count(board.id);
    const late = await p.post('vote', [[`dots_${b}`, '1'], ['_lang', 'en']]);
    expect(late.status).toBe(410);
    expect(late.html).toContain('The board is closed. Your vote was not saved.');
    const lateIdea = await p.post('idea', [['idea', 'Sent'], ['_lang', 'en']]);
    expect(lateIdea.status).toBe(410);
    expect(await count(board.id)).toEqual(after);
    const stored = await db().select().from(boardVotes).where(eq(boardVotes.boardId, board.id));
    expect(stored.map((v) => [v.itemId, v.value])).toEqual([[a, 2]]);
  });

  it('a vote without having joined, or for an item not on the board, changes nothing', async () => {
    const board = await w.openBoard({ title: 'Uten', mode: 'dots', items: [{ kind: 'free', label: 'A' }] });
    const [a] = await itemIds(board.id);
    const stranger = await phone(t, board.joinCode).post('vote', [[`dots_${a}`, '1']]);
    expect(stranger.status).toBe(409);
    expect(stranger.html).toContain('Bli med på tavla først.');
    const p = phone(t, board.joinCode);
    await p.post('join', [['role', 'recipient']]);
    const before = await count(board.id);
    const forged = await p.post('vote', [['dots_00000000-0000-0000-0000-000000000000', '1']]);
    expect(forged.status).toBe(422);
    expect(await count(board.id)).toEqual(before);
    // Text PostgreSQL cannot store, junk numbers, a forged role and a huge participant code: 4xx, never 500.
    for (const [action, fields] of [
      ['idea', [['idea', 'Kveld\u0000s']]], ['vote', [[`dots_${a}`, '-1']]], ['vote', [[`dots_${a}`, '9'.repeat(400)]]], ['vote', [[`dots_${a}`, '\ud800']]],
    ] as ['vote' | 'idea', [string, string][]][]) {
      const res = await p.post(action, fields);
      expect(res.status, `${action} ${JSON.stringify(fields).slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await phone(t, board.joinCode).post('join', [['role', 'admin']])).status).toBe(422);
    expect(await count(board.id)).toEqual(before);
  });
});

describe('page weight', () => {
  it('the join page, the ballot and the page after a vote are each ≤ 14 KB compressed on the wire', async () => {
    const board = await w.openBoard({ title: 'Tjue punkter å prioritere', mode: 'ranking', items: twentyItems });
    const ids = await itemIds(board.id);
    const gzip = { 'accept-encoding': 'gzip' };
    const join = await t.call('GET', `/b/${board.joinCode}`, { headers: gzip });
    expect(join.headers.get('content-encoding')).toBe('gzip');
    const joinBytes = await wireBytes(join);
    const p = phone(t, board.joinCode);
    await p.post('join', [['role', 'provider']]);
    const cookie = `vb=${p.jar.get('vb')}`;
    const ballot = await t.call('GET', `/b/${board.joinCode}`, { headers: { ...gzip, cookie } });
    const ballotBytes = await wireBytes(ballot);
    const voted = await t.call('POST', `/b/${board.joinCode}/vote`, { headers: { ...gzip, cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(ids.map((id, i) => [`rank_${id}`, String(i + 1)])).toString() });
    expect(voted.status).toBe(200);
    const votedBytes = await wireBytes(voted);
    for (const bytes of [joinBytes, ballotBytes, votedBytes]) expect(bytes).toBeLessThanOrEqual(14_336);
    // Uncompressed it is bigger (so the measure is of the compressed page, not a tiny error page).
    const plain = await p.get();
    expect(Buffer.byteLength(plain.html)).toBeGreaterThan(ballotBytes);
    expect(gzipSync(plain.html).byteLength).toBeLessThanOrEqual(14_336);
  });

  it('the script that improves the page is same-origin, small and cached', async () => {
    const res = await t.call('GET', '/b/_/board.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect((await res.text()).length).toBeLessThan(2048);
  });
});
