/**
 * Anhøj's runs rules as qicharts2 applies them (reference/domain.md §11): over one part, points on
 * the centre line dropped, a signal when the longest run exceeds round(log2(n)) + 3 or the crossings
 * fall below qbinom(0.05, n − 1, 0.5). Pure.
 */

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

export interface RunsAnalysis {
  nUseful: number;
  longestRun: number | null;
  longestRunMax: number | null;
  crossings: number | null;
  crossingsMin: number | null;
  signal: boolean;
}

/** Anhøj's rules over one part: points on the centre line do not count. */
export function runsAnalysis(ys: (number | null)[], cl: (number | null)[]): RunsAnalysis {
  const signs: number[] = [];
  ys.forEach((y, k) => {
    const c = cl[k];
    if (!isNum(y) || !isNum(c)) return;
    const s = Math.sign(y - c);
    if (s !== 0) signs.push(s);
  });
  const n = signs.length;
  if (!n) return { nUseful: 0, longestRun: null, longestRunMax: null, crossings: null, crossingsMin: null, signal: false };
  let runs = 1;
  let longest = 1;
  let current = 1;
  for (let k = 1; k < n; k++) {
    if (signs[k] === signs[k - 1]) current++;
    else {
      runs++;
      current = 1;
    }
    longest = Math.max(longest, current);
  }
  const longestRunMax = Math.round(Math.log2(n)) + 3;
  const crossings = runs - 1;
  const crossingsMin = qbinomHalf(0.05, n - 1);
  return { nUseful: n, longestRun: longest, longestRunMax, crossings, crossingsMin, signal: longest > longestRunMax || crossings < crossingsMin };
}

const qbinomCache = new Map<number, number>();

/**
 * R's qbinom(p, size, 0.5): the smallest x with P(X ≤ x) ≥ p, from the exact binomial distribution
 * (summed in log space so it holds for thousands of points). R nudges p down by 64 machine epsilons
 * before searching; the same is done here.
 */
export function qbinomHalf(p: number, size: number): number {
  if (size <= 0) return 0;
  const key = p === 0.05 ? size : -1;
  const cached = qbinomCache.get(key);
  if (cached !== undefined) return cached;
  const target = p * (1 - 64 * Number.EPSILON);
  let logPmf = -size * Math.LN2;
  let cdf = 0;
  let x = 0;
  for (; x <= size; x++) {
    cdf += Math.exp(logPmf);
    if (cdf >= target) break;
    logPmf += Math.log((size - x) / (x + 1));
  }
  const result = Math.min(x, size);
  if (key >= 0) qbinomCache.set(key, result);
  return result;
}
