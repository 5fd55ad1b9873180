import { describe, expect, it } from 'vitest';
import { readBallot, checkIdea, type BallotRules } from './board-ballot-rules.js';
import { bordaPoints, tallyMarks, type Mark } from './board-tally-core.js';

const items = ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), kind: 'free', refId: null, carried: null }));
const mark = (voterId: string, role: Mark['role'], itemId: string, value: number): Mark => ({ voterId, role, itemId, value });

describe('tallies', () => {
  it('dots: points per role side by side, ranked by the total', () => {
    const t = tallyMarks('dots', items, [mark('r1', 'recipient', 'a', 2), mark('r2', 'recipient', 'a', 1), mark('p1', 'provider', 'b', 3), mark('p1', 'provider', 'a', 1)], { threshold: 3, forStorage: false });
    expect(t.items.map((i) => [i.label, i.total.points])).toEqual([['A', 4], ['B', 3], ['C', 0]]);
    expect(t.items[0].byRole.recipient).toEqual({ points: 3, voters: 2, mean: null, suppressed: false });
    expect(t.items[0].byRole.provider).toEqual({ points: 1, voters: 1, mean: null, suppressed: false });
    expect(t.voters.recipient.value).toBe(2);
    expect(t.ballots).toBe(3);
  });

  it('ranking: a Borda count (rank 1 of 3 earns 3, rank 3 earns 1, unranked 0)', () => {
    expect([1, 2, 3].map((r) => bordaPoints(r, 3))).toEqual([3, 2, 1]);
    const t = tallyMarks('ranking', items, [mark('v1', 'recipient', 'c', 1), mark('v1', 'recipient', 'a', 2), mark('v2', 'leader', 'a', 1), mark('v2', 'leader', 'b', 2), mark('v2', 'leader', 'c', 3)], { threshold: 1, forStorage: false });
    expect(Object.fromEntries(t.items.map((i) => [i.label, i.total.points]))).toEqual({ A: 5, C: 4, B: 2 });
    expect(t.items[0].label).toBe('A');
  });

  it('rating: the mean per role', () => {
    const t = tallyMarks('rating', items, [mark('v1', 'recipient', 'b', 5), mark('v2', 'recipient', 'b', 4), mark('v3', 'provider', 'b', 2), mark('v1', 'recipient', 'a', 1)], { threshold: 1, forStorage: false });
    const b = t.items.find((i) => i.label === 'B')!;
    expect(b.byRole.recipient.mean).toBe(4.5);
    expect(b.byRole.provider.mean).toBe(2);
    expect(b.total.mean).toBe(3.67);
    expect(t.items[0].label).toBe('B');
  });

  it('stored tallies suppress a role with fewer voters than the threshold; the room sees everything', () => {
    const marks = [mark('r1', 'recipient', 'a', 1), mark('r2', 'recipient', 'a', 1), mark('r3', 'recipient', 'a', 1), mark('l1', 'leader', 'a', 1)];
    const room = tallyMarks('dots', items, marks, { threshold: 3, forStorage: false });
    const stored = tallyMarks('dots', items, marks, { threshold: 3, forStorage: true });
    expect(room.items[0].byRole.leader).toMatchObject({ points: 1, voters: 1 });
    expect(stored.items[0].byRole.leader).toEqual({ points: null, voters: null, mean: null, suppressed: true });
    expect(stored.items[0].byRole.recipient).toMatchObject({ points: 3, voters: 3, suppressed: false });
    expect(stored.items[0].byRole.provider).toMatchObject({ points: 0, voters: 0, suppressed: false });
    expect(stored.voters.leader).toEqual({ value: null, suppressed: true });
    expect(stored.items[0].total.points).toBe(4);
  });
});

describe('ballot rules', () => {
  const rules: BallotRules = { mode: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2, itemIds: ['a', 'b'] };
  it('accepts dots within both limits and ignores zeros', () => {
    expect(readBallot(rules, { dots_a: '2', dots_b: '1', _lang: 'nb' })).toEqual({ ok: true, marks: [{ itemId: 'a', value: 2 }, { itemId: 'b', value: 1 }] });
    expect(readBallot(rules, { dots_a: '0', dots_b: '1' })).toEqual({ ok: true, marks: [{ itemId: 'b', value: 1 }] });
  });
  it('refuses more dots than allowed, too many on one, unknown items, junk and an empty ballot', () => {
    const keys = (form: Record<string, string>, r = rules) => { const x = readBallot(r, form); return x.ok ? [] : x.problems.map((p) => p.key); };
    expect(keys({ dots_a: '2', dots_b: '2' })).toEqual(['boards.errors.tooManyDots']);
    expect(keys({ dots_a: '3' })).toEqual(['boards.errors.tooManyOnOne']);
    expect(keys({ dots_zz: '1' })).toEqual(['boards.errors.unknownItem']);
    expect(keys({ dots_a: '1e3' })).toEqual(['boards.errors.notANumber']);
    expect(keys({})).toEqual(['boards.errors.emptyBallot']);
    expect(keys({ rank_a: '1', rank_b: '1' }, { ...rules, mode: 'ranking' })).toEqual(['boards.errors.rankTwice']);
    expect(keys({ rank_a: '3' }, { ...rules, mode: 'ranking' })).toEqual(['boards.errors.rankRange']);
    expect(keys({ rate_a: '6' }, { ...rules, mode: 'rating' })).toEqual(['boards.errors.ratingRange']);
  });
  it('ideas: not empty, at most 500 characters', () => {
    expect(checkIdea('  ')?.key).toBe('boards.errors.ideaEmpty');
    expect(checkIdea('x'.repeat(100_000))).toEqual({ key: 'boards.errors.ideaTooLong', vars: { max: 500, length: 100_000 } });
    expect(checkIdea('Faste\u0000 kontaktpersoner')?.key).toBe('boards.errors.ideaUnreadable');
    expect(checkIdea('Faste kontaktpersoner')).toBeNull();
  });
});
