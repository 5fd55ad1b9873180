import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createTestApp, testOrigin, type TestApp } from '../../../test/support/app.js';
import { readConfig } from '../../config.js';
import { createApp } from '../../server/app.js';
import { boardProgramme, phone } from '../../../test/support/boards-fixture.js';
import { documents } from '../analysis/schema.js';
import { participants } from '../people/schema.js';
import { removeBoardContributions } from './board-personal-data.js';
import { boardItems, boardVoters, boardVotes } from './board-schema.js';
import { boardTallies } from './board-tallies.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof boardProgramme>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await boardProgramme(t);
});
afterAll(() => t.close());

const db = () => t.database.db;
const votesOf = async (boardId: string) => db().select().from(boardVotes).where(eq(boardVotes.boardId, boardId));
const itemsOf = async (boardId: string) => db().select().from(boardItems).where(eq(boardItems.boardId, boardId));
const idOf = async (boardId: string, label: string) => (await itemsOf(boardId)).find((i) => i.label === label)!.id;
const items = (...labels: string[]) => labels.map((label) => ({ kind: 'free', label }));

async function joined(code: string, role: string) {
  const p = phone(t, code);
  const res = await p.post('join', [['_lang', 'nb'], ['role', role]]);
  expect(res.status, res.html.slice(0, 300)).toBe(200);
  return p;
}

describe('dot voting on an anonymous mixed board', () => {
  it('tallies dots per role, counts a ballot once however often it is sent, stores no identity', async () => {
    const board = await w.openBoard({ title: 'Hva er viktigst?', mode: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2, items: items('Bli hørt', 'Faste avtaler', 'Kontinuitet') });
    const [heard, fixed] = [await idOf(board.id, 'Bli hørt'), await idOf(board.id, 'Faste avtaler')];
    const ballots: [string, [string, string][]][] = [
      ['recipient', [[`dots_${heard}`, '2'], [`dots_${fixed}`, '1']]],
      ['recipient', [[`dots_${heard}`, '1']]],
      ['provider', [[`dots_${fixed}`, '2'], [`dots_${heard}`, '1']]],
    ];
    for (const [role, marks] of ballots) {
      const p = await joined(board.joinCode, role);
      const first = await p.post('vote', marks);
      expect(first.status).toBe(200);
      // Reload (the browser posts again) and a double tap at once: still one ballot.
      const again = await Promise.all([p.post('vote', marks), p.post('vote', marks)]);
      expect(again.map((r) => r.status)).toEqual([200, 200]);
    }
    expect(await votesOf(board.id)).toHaveLength(5);
    const room = await boardTallies(db(), board.id, { forStorage: false });
    const top = room.items[0];
    expect(top.label).toBe('Bli hørt');
    expect(top.byRole.recipient).toMatchObject({ points: 3, voters: 2 });
    expect(top.byRole.provider).toMatchObject({ points: 1, voters: 1 });
    expect(room.items[1].byRole.provider).toMatchObject({ points: 2, voters: 1 });
    expect(room.ballots).toBe(3);
    const voters = await db().select().from(boardVoters).where(eq(boardVoters.boardId, board.id));
    expect(voters.every((v) => v.participantId === null)).toBe(true);
    expect(voters.map((v) => v.role).sort()).toEqual(['provider', 'recipient', 'recipient']);

    // Stored (threshold 3): the recipients' 2 voters and the provider's 1 are suppressed; the total of 3 stays.
    const stored = await boardTallies(db(), board.id, { forStorage: true });
    expect(stored.items[0].byRole.recipient).toEqual({ points: null, voters: null, mean: null, suppressed: true });
    expect(stored.items[0].total).toMatchObject({ points: 4, voters: 3 });
    const api = await w.api('GET', `/boards/${board.id}/tallies`);
    expect(api.status).toBe(200);
    expect(api.body.tallies.items[0].byRole.provider.suppressed).toBe(true);
  });
});

describe('ranking and rating', () => {
  it('a ranking board is tallied as a Borda count; a single-role board puts every voter in its role', async () => {
    const board = await w.openBoard({ title: 'Rangering', mode: 'ranking', role: 'provider', items: items('A', 'B', 'C') });
    const [a, b, c] = [await idOf(board.id, 'A'), await idOf(board.id, 'B'), await idOf(board.id, 'C')];
    for (const ranks of [[[a, '1'], [b, '2'], [c, '3']], [[c, '1'], [a, '2']]] as [string, string][][]) {
      const p = phone(t, board.joinCode);
      const join = await p.post('join', [['_lang', 'en']]);
      expect(join.html).not.toContain('name="role"');
      expect((await p.post('vote', ranks.map(([id, r]) => [`rank_${id}`, r]))).status).toBe(200);
    }
    const tallies = await boardTallies(db(), board.id, { forStorage: false });
    expect(tallies.items.map((i) => [i.label, i.byRole.provider.points])).toEqual([['A', 5], ['C', 4], ['B', 2]]);
    expect(tallies.items[0].byRole.recipient.voters).toBe(0);
  });

  it('a rating board gives the mean per role', async () => {
    const board = await w.openBoard({ title: 'Vurdering', mode: 'rating', items: items('Modul 1') });
    const id = await idOf(board.id, 'Modul 1');
    for (const [role, value] of [['recipient', '5'], ['recipient', '4'], ['leader', '2']]) await (await joined(board.joinCode, role)).post('vote', [[`rate_${id}`, value]]);
    const tallies = await boardTallies(db(), board.id, { forStorage: false });
    expect(tallies.items[0].byRole.recipient.mean).toBe(4.5);
    expect(tallies.items[0].byRole.leader.mean).toBe(2);
  });
});

describe('the joint meeting starts from the separate meetings’ results', () => {
  it('carries each board’s top items with their per-role tallies kept apart (as stored)', async () => {
    const recipients = await w.openBoard({ title: 'Mottakere', mode: 'dots', role: 'recipient', dotsPerPerson: 1, items: items('Bli hørt', 'Annet') });
    const heard = await idOf(recipients.id, 'Bli hørt');
    for (let i = 0; i < 3; i++) {
      const p = phone(t, recipients.joinCode);
      await p.post('join', [['_lang', 'nb']]);
      expect((await p.post('vote', [[`dots_${heard}`, '1']])).status).toBe(200);
    }
    expect((await w.api('POST', `/boards/${recipients.id}/close`)).status).toBe(200);
    const joint = await w.api('POST', `/activities/${w.meeting.id}/boards`, { title: 'Felles', mode: 'dots', fromBoards: [{ boardId: recipients.id, top: 1 }] });
    expect(joint.status).toBe(201);
    const carried = await itemsOf(joint.body.id);
    expect(carried).toHaveLength(1);
    expect(carried[0]).toMatchObject({ kind: 'carried', label: 'Bli hørt', sourceBoardId: recipients.id, carried: { recipient: { points: 3, voters: 3 } } });
  });
});

describe('ideas, withdrawal and the closing event', () => {
  it('an idea waits for the facilitator, then can be voted on; a code-tied voter goes with a withdrawal', async () => {
    const board = await w.openBoard({ title: 'Ideer', mode: 'dots', identity: 'code', items: items('Første') });
    const kari = await w.person('recipient');
    const p = phone(t, board.joinCode);
    expect((await p.post('join', [['_lang', 'nb'], ['participantCode', kari.code.toLowerCase()]])).status).toBe(200);
    expect((await p.post('idea', [['idea', 'Likemenn på kveldstid']])).status).toBe(200);
    const view = await w.api('GET', `/boards/${board.id}`);
    expect(view.body.pending.map((i: { label: string }) => i.label)).toEqual(['Likemenn på kveldstid']);
    expect(view.body.items.map((i: { label: string }) => i.label)).toEqual(['Første']);
    const ideaId = view.body.pending[0].id;
    expect((await w.api('PATCH', `/boards/${board.id}/items/${ideaId}`, { status: 'shown' })).status).toBe(200);
    expect((await p.post('vote', [[`dots_${ideaId}`, '1']])).status).toBe(200);
    const [voter] = await db().select().from(boardVoters).where(eq(boardVoters.boardId, board.id));
    expect(voter.participantId).toBe(kari.id);

    expect(await removeBoardContributions(db(), kari.id)).toBe(1);
    expect(await votesOf(board.id)).toHaveLength(0);
    expect((await itemsOf(board.id)).map((i) => i.label)).toEqual(['Første']);
    // Erasure cascades as well.
    const ola = await w.person('provider');
    const q = phone(t, board.joinCode);
    await q.post('join', [['participantCode', ola.code]]);
    await q.post('vote', [[`dots_${await idOf(board.id, 'Første')}`, '1']]);
    await db().delete(participants).where(eq(participants.id, ola.id));
    expect(await votesOf(board.id)).toHaveLength(0);
  });

  it('the closing event: ratings of the results and comments; closing sends the comments to analysis', async () => {
    const closing = await t.database.db.insert((await import('../activities/schema.js')).activities).values({ programmeId: w.programme.id, municipalityId: null, typeKey: 'closing_event', title: 'Avslutning', durationMinutes: 180, mode: 'physical' }).returning();
    const board = await w.openBoard({ title: 'Hva synes dere om resultatene?', purpose: 'respond', mode: 'rating', items: [{ kind: 'target_area', label: 'Bli møtt som en hel person' }] }, closing[0].id);
    const id = await idOf(board.id, 'Bli møtt som en hel person');
    for (const [role, value, comment] of [['recipient', '5', 'Kurset traff det vi sa i møtene.'], ['provider', '4', 'Vi trenger mer tid til oppfølging.']]) {
      const p = await joined(board.joinCode, role);
      expect((await p.post('vote', [[`rate_${id}`, value]])).status).toBe(200);
      const sent = await p.post('idea', [['idea', comment]]);
      expect(sent.html).toContain('Kommentaren er lagret');
    }
    const closed = await w.api('POST', `/boards/${board.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.documentId).toBeTruthy();
    const [doc] = await db().select().from(documents).where(eq(documents.id, closed.body.documentId));
    expect(doc.kind).toBe('survey_free_text');
    expect(doc.text).toContain('Vi trenger mer tid til oppfølging.');
    const evaluation = await w.api('GET', `/boards/${board.id}/tallies`);
    expect(evaluation.body).toMatchObject({ comments: 2, documentId: doc.id, status: 'closed' });
    expect(evaluation.body.tallies.items[0].byRole.recipient.suppressed).toBe(true);
  });
});

describe('the projector view updates through server-sent events', () => {
  it('sends the view at once and again after a vote taken by another app process', async () => {
    const board = await w.openBoard({ title: 'Direkte', mode: 'dots', items: items('X') });
    // A second app on the same database stands for a second process behind the load balancer: the projector is served there.
    const other = createApp({ config: { ...readConfig({ PUBLIC_URL: testOrigin }), logLevel: 'silent' }, db: t.database.db, log: pino({ level: 'silent' }), mailer: { send: async () => {} } });
    const res = await other.request(`${testOrigin}/api/v1/programmes/${w.programme.id}/boards/${board.id}/events`, { headers: { cookie: w.facilitator.cookie, origin: testOrigin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextEvent = async () => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const chunk = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = chunk.split('\n').find((l) => l.startsWith('data: '));
          if (data) return JSON.parse(data.slice(6));
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    const first = await nextEvent();
    expect(first.tallies.ballots).toBe(0);
    const p = await joined(board.joinCode, 'leader');
    await p.post('vote', [[`dots_${await idOf(board.id, 'X')}`, '1']]);
    let view = await nextEvent();
    while (view.tallies.ballots === 0) view = await nextEvent();
    expect(view.tallies.items[0].byRole.leader).toMatchObject({ points: 1, voters: 1 });
    await reader.cancel();
  });
});
