import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../lib/seeded-random.js';
import { pairedEffectSizes } from './effect-sizes.js';

/**
 * An independent check of the d_av confidence interval (effect-sizes.ts, delta method after Bonett
 * 2015 with the mean of the two SDs as standardiser): simulate bivariate-normal pre/post samples with a
 * known population d_av and count how often the 95 % CI covers it. Seeded, so the test is repeatable;
 * with 2000 samples the binomial SE of the coverage is 0.005, so a correct CI lands within ±0.02 of 0.95.
 */
function simulate(n: number, delta: number, rho: number, sdPost: number, reps: number, seed: number) {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  // Population: pre ~ N(0, 1), post ~ N(delta, sdPost²), correlation rho → d_av = delta / ((1 + sdPost)/2).
  const truth = delta / ((1 + sdPost) / 2);
  let covered = 0;
  const estimates: number[] = [];
  const ses: number[] = [];
  for (let r = 0; r < reps; r++) {
    const pre: number[] = [];
    const post: number[] = [];
    for (let i = 0; i < n; i++) {
      const z1 = normal();
      const z2 = normal();
      pre.push(z1);
      post.push(delta + sdPost * (rho * z1 + Math.sqrt(1 - rho * rho) * z2));
    }
    const es = pairedEffectSizes(pre, post, { dzCi: 'normal_approximation_delta_method' });
    if (!es.ok || !es.dav.ok) throw new Error('d_av should be computable');
    if (es.dav.ci.lower <= truth && truth <= es.dav.ci.upper) covered++;
    estimates.push(es.dav.d);
    ses.push((es.dav.ci.upper - es.dav.ci.lower) / (2 * 1.959964));
  }
  const mean = estimates.reduce((s, v) => s + v, 0) / reps;
  const empiricalSd = Math.sqrt(estimates.reduce((s, v) => s + (v - mean) ** 2, 0) / (reps - 1));
  const meanSe = ses.reduce((s, v) => s + v, 0) / reps;
  return { coverage: covered / reps, empiricalSd, meanSe };
}

describe('d_av confidence interval by simulation', () => {
  it.each([
    [40, 0.5, 0.6, 1, 11],
    [30, 0.8, 0.3, 1.5, 12],
  ])('n = %i, delta = %f, rho = %f, SD_post = %f: coverage ≈ 95 %% and SE ≈ empirical SD', (n, delta, rho, sdPost, seed) => {
    const r = simulate(n, delta, rho, sdPost, 2000, seed);
    expect(r.coverage).toBeGreaterThan(0.93);
    expect(r.coverage).toBeLessThan(0.97);
    expect(Math.abs(r.meanSe / r.empiricalSd - 1)).toBeLessThan(0.1);
  });
});
