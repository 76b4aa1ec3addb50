/**
 * The first index in [0, n) where `before(i)` is false, for a `before` that is true up to some
 * index and false after it (a binary search over any sorted array).
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the line (0-based) whose start is the last one at or before `offset`. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  return Math.max(partitionPoint(lineStarts.length, (i) => lineStarts[i] <= offset) - 1, 0);
}
