// The glob matcher's work, counted in steps (`globSteps` in src/core/glob.ts) instead of
// timed, and the bounds its algorithm guarantees. Shared by the glob and pathological-input tests.
import { expandBraces, globSteps } from '../../../src/core/glob';

export interface GlobWork<T> {
  result: T;
  parse: number;
  expand: number;
  match: number;
}

/** What `f` returns, and the matcher's steps while it ran. */
export function countGlobSteps<T>(f: () => T): GlobWork<T> {
  globSteps.parse = 0;
  globSteps.expand = 0;
  globSteps.match = 0;
  const result = f();
  return { result, ...globSteps };
}

/**
 * The most parse steps a glob (not cached yet) may take: the brace scans read it at most four
 * times (pairing, `[…]` sets, depth, expansion), and each pattern it expands to is read at most
 * three times (tokens, sets, set members). A glob without braces is only read as a pattern.
 */
export function parseBound(glob: string): number {
  const patterns = expandBraces(glob) ?? [];
  const expanded = patterns.reduce((sum, p) => sum + p.length, 0);
  return (glob.includes('{') ? 4 * glob.length : 0) + 3 * expanded;
}

/**
 * The most match steps for a glob on a path (`matchesAny` or `globMatches`). Per pattern of m
 * characters and a path of n: the dynamic program visits at most (m + 2)(n + 2) cells, one per
 * (pattern segment, path segment) pair and one more row and column; the two-pointer loop, on one
 * pair, makes passes over the segment's tokens, each reading a pattern character (or set member)
 * at most once, and each pass but the first restarts one character further into the path segment;
 * over all pairs that is at most 2(m + 1)(n + 1) steps.
 */
export function matchBound(glob: string, path: string): number {
  const n = path.length;
  return (expandBraces(glob) ?? []).reduce((sum, p) => sum + 3 * (p.length + 2) * (n + 2), 0);
}
