/**
 * Reference data for the tests: R's `sleep` data set (Cushny & Peebles 1905, as in Student 1908),
 * extra hours of sleep for the same 10 patients on drug 1 (group 1) and drug 2 (group 2).
 * The tests treat group 2 as "pre" and group 1 as "post", so post − pre = group 1 − group 2, the
 * difference R's t.test(extra ~ group, data = sleep, paired = TRUE) tests.
 */
export const sleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
export const sleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
