/**
 * Matches pre with post responses within each course: linked surveys by participant, anonymous ones
 * by the keyed hash of the self-generated code (the questionnaires module's pairPrePostResponses). A key seen twice in one wave is ambiguous (two people
 * chose the same code, or one person answered twice) and every response with it is set aside rather
 * than guessed at; the count goes into the methods paragraph.
 */
import { pairPrePostResponses, type PairableResponse } from '../questionnaires/pairing.js';
import type { CourseInfo, MatchedPair, PairingExclusions, ScoredResponse } from './types.js';

export interface CoursePairing {
  pairs: MatchedPair[];
  excluded: PairingExclusions;
}

export function emptyExclusions(): PairingExclusions {
  return { preWithoutPost: 0, postWithoutPre: 0, ambiguous: 0, noCode: 0 };
}

export function addExclusions(into: PairingExclusions, from: PairingExclusions): PairingExclusions {
  into.preWithoutPost += from.preWithoutPost;
  into.postWithoutPre += from.postWithoutPre;
  into.ambiguous += from.ambiguous;
  into.noCode += from.noCode;
  return into;
}

/** Pairs every course's responses (by H3's pairPrePostResponses); courses without responses get an empty pairing. */
export function matchPrePostPairs(courses: readonly CourseInfo[], responses: readonly ScoredResponse[]): Map<string, CoursePairing> {
  const waves = new Map<string, { pre: PairableResponse<ScoredResponse>[]; post: PairableResponse<ScoredResponse>[] }>();
  const modes = new Map(courses.map((c) => [c.waveGroupId, c.mode]));
  for (const c of courses) waves.set(c.waveGroupId, { pre: [], post: [] });
  responses.forEach((r, i) => {
    const course = waves.get(r.waveGroupId);
    if (!course) return;
    const key = modes.get(r.waveGroupId) === 'linked' ? r.participantId : r.pairingKey;
    course[r.wave].push({ id: String(i), key, data: r });
  });
  const out = new Map<string, CoursePairing>();
  for (const [waveGroupId, { pre, post }] of waves) {
    const result = pairPrePostResponses(pre, post);
    const pairs: MatchedPair[] = result.matched.map((m, i) => ({ waveGroupId, pairNumber: i + 1, pre: m.pre.data?.scores ?? {}, post: m.post.data?.scores ?? {} }));
    out.set(waveGroupId, {
      pairs,
      excluded: {
        preWithoutPost: result.unmatchedPre.length,
        postWithoutPre: result.unmatchedPost.length,
        ambiguous: result.ambiguous.reduce((s, a) => s + a.pre + a.post, 0),
        noCode: result.withoutKey.pre + result.withoutKey.post,
      },
    });
  }
  return out;
}
