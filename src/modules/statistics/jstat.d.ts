// jstat ships no type declarations; this describes only the parts distributions.ts uses.
declare module 'jstat' {
  interface JStatStatic {
    studentt: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number; pdf(x: number, dof: number): number };
    noncentralt: { cdf(x: number, dof: number, ncp: number): number };
    normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
    chisquare: { cdf(x: number, dof: number): number };
    binomial: { pdf(k: number, n: number, p: number): number; cdf(k: number, n: number, p: number): number };
  }
  const jStat: JStatStatic;
  export default jStat;
}
