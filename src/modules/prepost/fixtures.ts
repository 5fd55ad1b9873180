import type { PrePostInput, ScoredResponse } from './types.js';

/**
 * A hand-checkable study: course A (anonymous) has 5 complete pairs on `total` with differences
 * 1, 1, 0, 1, 1 and every kind of exclusion; course B (linked) has 2 pairs. See analyse.test.ts for
 * the values worked out by hand.
 */
export function handStudy(): PrePostInput {
  const r = (waveGroupId: string, wave: 'pre' | 'post', key: string | null, total: number | null, linked = false): ScoredResponse => ({
    waveGroupId, wave, participantId: linked ? key : null, pairingKey: linked ? null : key, scores: { total, part: total === null ? null : total / 2 },
  });
  const pre = [2, 3, 3, 4, 5];
  const post = [3, 4, 3, 5, 6];
  return {
    instrumentTitle: { nb: 'Prøve' },
    courses: [
      { waveGroupId: 'A', municipalityId: 'mA', label: 'Askby', activityId: null, isPilot: true, mode: 'anonymous' },
      { waveGroupId: 'B', municipalityId: 'mB', label: 'Bekkeby', activityId: null, isPilot: false, mode: 'linked' },
    ],
    scales: [
      { name: 'total', label: { nb: 'Total', nn: 'Total', en: 'Total' }, min: 1, max: 6 },
      { name: 'part', label: { nb: 'Del', nn: 'Del', en: 'Part' }, parent: 'total' },
    ],
    responses: [
      ...pre.flatMap((v, i) => [r('A', 'pre', `k${i}`, v), r('A', 'post', `k${i}`, post[i])]),
      r('A', 'pre', 'only-pre', 3),
      r('A', 'post', 'only-post', 3),
      r('A', 'pre', 'twice', 3), r('A', 'pre', 'twice', 4), r('A', 'post', 'twice', 5),
      r('A', 'post', null, 4),
      r('A', 'pre', 'no-score', 3), r('A', 'post', 'no-score', null),
      r('B', 'pre', 'p1', 1, true), r('B', 'post', 'p1', 2, true),
      r('B', 'pre', 'p2', 2, true), r('B', 'post', 'p2', 2, true),
      // Another course's wave group that is not among the courses (e.g. another municipality's): ignored.
      r('Z', 'pre', 'k0', 1), r('Z', 'post', 'k0', 5),
    ],
  };
}
