import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { boardProgramme, phone } from '../../../test/support/boards-fixture.js';
import { peek, rules } from './limits.js';

/**
 * Issue 11 item 6: "a room of respondents behind one address … voting is never limited". Every
 * in-process call comes from one client address ('unknown'), like a meeting room behind one NAT:
 * more phones join and vote than the unknown-token limit allows, and none is refused or counted.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a voting room behind one address', () => {
  it('more phones than the unknown-code limit join, look and vote without a 429, and nothing is counted', async () => {
    const w = await boardProgramme(t);
    const board = await w.openBoard({ title: 'Hva er viktigst?', mode: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2, items: [{ kind: 'free', label: 'Bli hørt' }, { kind: 'free', label: 'Faste avtaler' }] });
    const first = phone(t, board.joinCode);
    const joinPage = await first.post('join', [['_lang', 'nb'], ['role', 'recipient']]);
    const itemId = joinPage.html.match(/name="dots_([0-9a-f-]{36})"/)![1];
    const statuses = [joinPage.status, (await first.post('vote', [[`dots_${itemId}`, '1']])).status];
    const phones = rules.participantToken.limit + 10;
    for (let i = 1; i < phones; i++) {
      const p = phone(t, board.joinCode);
      statuses.push((await p.get()).status, (await p.post('join', [['_lang', 'nb'], ['role', i % 2 ? 'provider' : 'recipient']])).status, (await p.post('vote', [[`dots_${itemId}`, '1']])).status);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect((await peek(t.database.db, 'participantToken', 'unknown')).hits).toBe(0);
    // The counter watched above is the right one: a mistyped board code from the room counts there.
    await phone(t, 'ZZZZZZ').get();
    expect((await peek(t.database.db, 'participantToken', 'unknown')).hits).toBe(1);
  }, 120_000);
});
