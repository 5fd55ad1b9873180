// One row of a pre/post results table (APA style), as the server formats it and the staff app shows it.
// No imports: the browser bundle includes this file, so the API shape is written once.

export interface ResultRow {
  /** A course's wave group id, 'later' or 'pooled'. */
  key: string;
  scale: string;
  group: string;
  isPilot: boolean;
  n: number;
  preMeanSd: string;
  postMeanSd: string;
  preMedianIqr: string;
  postMedianIqr: string;
  change: string;
  recommended: string;
  tTest: string;
  tP: string;
  wilcoxon: string;
  wilcoxonP: string;
  dz: string;
  gav: string;
  rankBiserial: string;
  normality: string;
  excluded: string;
}
