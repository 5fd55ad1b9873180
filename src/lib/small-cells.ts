/**
 * Small-cell protection: a count of 1..threshold-1 people can identify someone in a small
 * municipality, so it is replaced by null and a flag. Zero is not suppressed (it identifies nobody),
 * and neither is anything for a viewer allowed to see small cells (coordinators, researchers).
 * Only primary suppression: totals are computed from the true counts and suppressed on their own.
 */
export interface ProtectedCount {
  value: number | null;
  suppressed: boolean;
}

export function protectCount(count: number, threshold: number, mayShowSmall: boolean): ProtectedCount {
  if (mayShowSmall || count === 0 || count >= threshold) return { value: count, suppressed: false };
  return { value: null, suppressed: true };
}

/** Whether small counts may be shown: never in a shareable export, otherwise per the viewer's roles. */
export function mayShowSmallCells(viewer: { roles: Iterable<string>; isAdmin?: boolean }, opts: { shareable?: boolean } = {}): boolean {
  if (opts.shareable) return false;
  if (viewer.isAdmin) return true;
  for (const role of viewer.roles) if (role === 'coordinator' || role === 'researcher') return true;
  return false;
}
