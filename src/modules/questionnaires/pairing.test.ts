import { describe, expect, it } from 'vitest';
import { normalisePairingCode, pairPrePostResponses } from './pairing.js';

const r = (id: string, key: string | null) => ({ id, key });

describe('pairPrePostResponses', () => {
  it('pairs by key; pre without post and post without pre are unmatched', () => {
    const out = pairPrePostResponses([r('p1', 'a'), r('p2', 'b'), r('p3', 'c')], [r('q1', 'b'), r('q2', 'a'), r('q3', 'd')]);
    expect(out.matched.map((m) => [m.pre.id, m.post.id])).toEqual([['p1', 'q2'], ['p2', 'q1']]);
    expect(out.unmatchedPre.map((x) => x.id)).toEqual(['p3']);
    expect(out.unmatchedPost.map((x) => x.id)).toEqual(['q3']);
    expect(out.ambiguous).toEqual([]);
  });

  it('a key twice in one wave is ambiguous and pairs with nobody', () => {
    const out = pairPrePostResponses([r('p1', 'a'), r('p2', 'a'), r('p3', 'b')], [r('q1', 'a'), r('q2', 'b'), r('q3', 'b')]);
    expect(out.matched).toEqual([]);
    expect(out.ambiguous).toEqual([{ key: 'a', pre: 2, post: 1 }, { key: 'b', pre: 1, post: 2 }]);
  });

  it('responses without a key are counted apart, never paired', () => {
    const out = pairPrePostResponses([r('p1', null), r('p2', 'a')], [r('q1', null), r('q2', 'a')]);
    expect(out.matched).toHaveLength(1);
    expect(out.withoutKey).toEqual({ pre: 1, post: 1 });
  });

  it('empty waves give empty results', () => {
    expect(pairPrePostResponses([], [])).toEqual({ matched: [], unmatchedPre: [], unmatchedPost: [], ambiguous: [], withoutKey: { pre: 0, post: 0 } });
  });
});

describe('normalisePairingCode', () => {
  it('gives the same code for the same facts however they are typed', () => {
    const a = normalisePairingCode({ mother: 'k', birthplace: ' é ', birthday: '7', phone: '3' });
    const b = normalisePairingCode({ mother: 'K', birthplace: 'E', birthday: '07', phone: '3' });
    expect(a).toEqual({ code: 'K|E|07|3' });
    expect(b).toEqual(a);
    expect(normalisePairingCode({ mother: 'ø', birthplace: 'Å', birthday: '31', phone: '0' })).toEqual({ code: 'Ø|Å|31|0' });
  });

  it('names every part that is wrong', () => {
    expect(normalisePairingCode({ mother: 'ab', birthplace: '1', birthday: '0', phone: '12' })).toEqual({ invalid: ['mother', 'birthplace', 'birthday', 'phone'] });
    expect(normalisePairingCode({})).toEqual({ invalid: ['mother', 'birthplace', 'birthday', 'phone'] });
    expect(normalisePairingCode({ mother: 'A', birthplace: 'B', birthday: '32', phone: '1' })).toEqual({ invalid: ['birthday'] });
  });
});
