// Statistics for pre/post evaluation (issue 6): pure functions, no database or HTTP.
export * from './result.js';
export * from './descriptive.js';
export * from './pairs.js';
export * from './paired-t.js';
export * from './wilcoxon.js';
export * from './effect-sizes.js';
export * from './reliability.js';
export * from './mcnemar.js';
export * from './shapiro-wilk.js';
export * from './recommend.js';
