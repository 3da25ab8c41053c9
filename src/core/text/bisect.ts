// The one binary search of the engine.

/**
 * The first index in [0, length) at which `past(i)` holds, where `past` is false and then true
 * along the range; `length` when it never holds. `step` is called once per probe (the work
 * counters that the step-bound tests read).
 */
export function bisect(length: number, past: (i: number) => boolean, step?: () => void): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    step?.();
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
