// The one glob matcher, for the `ignore` setting in the CLI and in the editor alike (see
// `ignoredBy`) and for globs on the CLI's command line (src/node/walk.ts). No file system, so it
// works in virtual workspaces; picomatch's meaning under `{ dot: true }`: dot files match.
//
// The globs come from a `.uxcxrc.json` that may belong to an untrusted workspace, so no regular
// expression is built from them: a pattern such as `*a*a*a*a*b` or `**/**/**/x` would make a
// backtracking engine take polynomial or exponential time. Instead:
// - braces are expanded first, as bash does (`{a,b}`, nested `{a,{b,c}}`), to at most
//   MAX_ALTERNATIVES distinct patterns;
// - each result is split into `/` segments; one segment is matched with the two-pointer
//   wildcard algorithm (it only goes back to the last `*`): O(pattern × segment);
// - a list of segments with `**` is matched by dynamic programming over (pattern segment, path
//   segment): O(pattern segments × path segments) segment matches.
// Parsed globs are cached (CACHE_SIZE of them, the oldest dropped first). `globSteps` counts the
// work done, so that tests bound it by counting rather than by the clock.
//
// Syntax: `**` as a whole segment is zero or more folders (elsewhere it is `*`); `*` is any run of
// characters but `/`; `?` is one character (a code point) but `/`; `[abc]`, `[a-z]`, `[!a]` and
// `[^a]` are one character of (or not of) the set, `]` first in the set is a member; `\x` is `x`
// itself. Where this differs from picomatch, on purpose:
// - braces that expand to more than MAX_ALTERNATIVES patterns (`{a,b}` nine times: 512), or
//   that nest deeper than that, or whose patterns hold more than MAX_EXPANDED_CHARS characters
//   together, make the glob match nothing (picomatch builds a regular expression of any size);
// - braces are expanded before anything else, so each alternative reads as a glob of its own:
//   `{,**}a` is `a` or `**a` (`*a`), where picomatch lets that `**` cross folders; `..` in
//   braces is plain text (no ranges);
// - a `[` set never holds `/` (POSIX: a `[` with a `/` before its `]` is a plain `[`), so a set
//   never matches across folders;
// - `?` and `[…]` match one code point, not one UTF-16 unit;
// - not supported, read literally: extglobs (`@(a|b)`, `+(a)`…), regex groups `(a|b)`, POSIX
//   classes (`[[:alpha:]]`), brace ranges (`{1..3}`) and a leading `!` (negation);
// - `[!a]` is "not a" (POSIX, bash, the old matcher), where picomatch 4 reads "`!` or `a`";
// - `**` that is not a whole segment is `*`, also at the start (picomatch lets `**.md` cross
//   folders, though not `**md`), and `*.*` matches `a.` (picomatch wants a character after `.`);
// - braces that do not balance are matched as bash does (`{a,{b,c}` is `{a,b` or `{a,c`);
// - `*` and `**` also match the segments `.` and `..` (a relative document path has none).
// Kept from picomatch, though odd: a trailing `/**` matches zero folders (`docs/**` matches the
// file `docs`) except after a segment that ends with `*`: `*/**` needs one more folder, so it does
// not match the top-level file `a` (tinyglobby, which the CLI used before, agrees).

/** More alternatives than this after brace expansion: the glob never matches. */
export const MAX_ALTERNATIVES = 256;
/** More characters than this in all of them together: the glob never matches either. */
const MAX_EXPANDED_CHARS = 1 << 20;
/** Parsed globs kept (the configuration holds a few; a bound against unbounded growth). */
const CACHE_SIZE = 256;

/**
 * Work done so far, in steps, for tests (test/unit/glob.test.ts bounds it; nothing else reads it):
 * - `parse`: characters of the glob read while pairing and expanding braces, and characters of
 *   the patterns read while parsing them;
 * - `expand`: characters of the expansions built (and read again to be told apart);
 * - `match`: iterations of the two-pointer loop (set members tried included) and of the dynamic
 *   program's inner loop.
 * Plain increments: they cost nothing worth measuring.
 */
export const globSteps = { parse: 0, expand: 0, match: 0 };

// Token kinds of a segment.
const CHAR = 0;
const ANY = 1;
const STAR = 2;
const SET = 3;

/** `[…]`: `ranges` holds pairs low, high (code points, inclusive). */
interface CharSet {
  negated: boolean;
  ranges: number[];
}

/**
 * One brace-free pattern: its tokens in flat typed arrays (a long pattern makes no object per
 * character) and its `/` segments as ranges of them. kinds[k] is CHAR, ANY, STAR or SET;
 * values[k] the code point (CHAR) or the index in sets (SET).
 */
interface Pattern {
  kinds: Uint8Array;
  values: Int32Array;
  sets: CharSet[];
  segs: Segment[];
}

/** One `/` segment of a pattern: `**`, or the tokens [start, end). */
type Segment = typeof GLOBSTAR | { start: number; end: number };
const GLOBSTAR = 'globstar';

/** A glob after brace expansion: one pattern per alternative (none: never matches). */
type Parsed = Pattern[];

const cache = new Map<string, Parsed>();

/** The parsed form of a glob, cached. */
function parse(glob: string): Parsed {
  let parsed = cache.get(glob);
  if (parsed) return parsed;
  const expanded = expandBraces(glob);
  parsed = expanded ? expanded.map(parsePattern) : [];
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(glob, parsed);
  return parsed;
}

// ----------------------------------------------------------------------------------------------
// Braces

/**
 * A finder of `[…]` sets in `s`: for the `[` at `open`, the index of its closing `]`, or -1 when
 * the `[` is a plain character (no `]` before a `/`, `\/` or the end). Callers go left to right; a
 * failed search is remembered, as every `[` after it up to where it stopped fails as well, so a
 * run of `[[[[…` costs linear time, not quadratic.
 */
function setFinder(s: string): (open: number) => number {
  let failedOpen = -1;
  let failedStop = -1;
  return (open) => {
    if (open > failedOpen && open < failedStop) return -1;
    let j = open + 1;
    if (s[j] === '!' || s[j] === '^') j++;
    if (s[j] === ']') j++;
    for (; j < s.length; j++) {
      globSteps.parse++;
      const c = s[j];
      if (c === '/' || (c === '\\' && s[j + 1] === '/')) break;
      else if (c === '\\') j++;
      else if (c === ']') return j;
    }
    failedOpen = open;
    failedStop = j;
    return -1;
  };
}

/**
 * The glob with its braces expanded (distinct patterns), or undefined when that gives more than
 * MAX_ALTERNATIVES patterns (or MAX_EXPANDED_CHARS characters): counted as the product of the
 * distinct alternatives of successive braces, checked before anything is built; braces nested
 * deeper than that count too. A brace pair expands when it holds a comma of its own; `{a}` is
 * plain text. Pairs are found first with a stack (linear), so unbalanced braces cost no retries.
 * Exported for tests.
 */
export function expandBraces(glob: string): string[] | undefined {
  if (!glob.includes('{')) return [glob];
  const n = glob.length;
  /** For a `{`: its `}`, or -1 (plain text). */
  const closeOf = new Int32Array(n).fill(-1);
  /** For a `{` or one of its commas: the next comma of that brace, or its `}`. */
  const nextSep = new Int32Array(n).fill(-1);
  const hasComma = new Uint8Array(n);
  const open: number[] = [];
  const lastSep: number[] = [];
  const setEnd = setFinder(glob);
  for (let i = 0; i < n; i++) {
    globSteps.parse++;
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = setEnd(i);
      if (end > 0) i = end;
    } else if (c === '{') {
      open.push(i);
      lastSep.push(i);
    } else if (c === ',' && open.length > 0) {
      nextSep[lastSep[lastSep.length - 1]!] = i;
      lastSep[lastSep.length - 1] = i;
      hasComma[open[open.length - 1]!] = 1;
    } else if (c === '}' && open.length > 0) {
      closeOf[open.pop()!] = i;
      nextSep[lastSep.pop()!] = i;
    }
  }
  const expands = (i: number): boolean => closeOf[i]! >= 0 && hasComma[i] === 1;

  // Each nested expanding pair adds at least one alternative: deeper than the cap is over it, and
  // bounding the depth bounds the recursion below.
  let depth = 0;
  const closing: number[] = [];
  for (let i = 0; i < n; i++) {
    globSteps.parse++;
    if (expands(i)) {
      closing.push(closeOf[i]!);
      if (++depth > MAX_ALTERNATIVES) return undefined;
    } else if (closing.length > 0 && closing[closing.length - 1] === i) {
      closing.pop();
      depth--;
    }
  }

  /**
   * The expansions of glob[start, end), or undefined past the cap. Escapes and sets need no care
   * here: the scan above left their braces and commas out.
   */
  const expand = (start: number, end: number): string[] | undefined => {
    let results = [''];
    let size = 0; // characters in results
    let runStart = start;
    /** Appends glob[runStart, to) to every result; false past the size cap. */
    const flush = (to: number): boolean => {
      size += results.length * (to - runStart);
      if (size > MAX_EXPANDED_CHARS) return false;
      globSteps.expand += results.length * (to - runStart);
      if (to > runStart) {
        const text = glob.slice(runStart, to);
        results = results.map((r) => r + text);
      }
      return true;
    };
    for (let i = start; i < end; i++) {
      globSteps.parse++;
      if (!expands(i)) continue;
      const close = closeOf[i]!;
      const alternatives = new Set<string>();
      for (let from = i; from !== close; from = nextSep[from]!) {
        const part = expand(from + 1, nextSep[from]!);
        if (!part) return undefined;
        for (const a of part) {
          globSteps.expand += a.length + 1;
          alternatives.add(a);
        }
        if (alternatives.size > MAX_ALTERNATIVES) return undefined;
      }
      // Bounded before it is built: at most MAX_ALTERNATIVES strings exist at any time.
      if (results.length * alternatives.size > MAX_ALTERNATIVES || !flush(i)) return undefined;
      const alts = [...alternatives];
      const added = alts.reduce((sum, a) => sum + a.length, 0);
      if (size * alts.length + results.length * added > MAX_EXPANDED_CHARS) return undefined;
      if (alts.length === 1) {
        // One distinct alternative (`{a,a}`, `{,}`): text like any other, appended to every
        // result, which stay distinct. A set would read each result whole again: a run of such
        // braces would cost the square of its length.
        const [a] = alts as [string];
        results = results.map((r) => r + a);
        size += results.length * a.length;
        globSteps.expand += results.length * a.length;
      } else {
        const product = new Set<string>();
        for (const r of results) for (const a of alts) product.add(r + a);
        results = [...product];
        size = results.reduce((sum, r) => sum + r.length, 0);
        globSteps.expand += size + results.length;
      }
      runStart = close + 1;
      i = close;
    }
    return flush(end) ? results : undefined;
  };
  return expand(0, glob.length);
}

// ----------------------------------------------------------------------------------------------
// Segments

/**
 * A brace-free pattern read in one pass (`\/` separates segments too: a segment never holds `/`).
 * A trailing `/**` after a segment that ends with `*` needs at least one folder (picomatch).
 */
function parsePattern(pattern: string): Pattern {
  const n = pattern.length;
  // At most one token per character, and one more for the trailing `/**` rule.
  const kinds = new Uint8Array(n + 1);
  const values = new Int32Array(n + 1);
  const sets: CharSet[] = [];
  const segs: Segment[] = [];
  const setEnd = setFinder(pattern);
  let k = 0; // tokens so far
  let segStart = 0; // where the segment starts, in the pattern
  let tokStart = 0; // and in the tokens
  const endSegment = (end: number): void => {
    const globstar = end - segStart === 2 && pattern.startsWith('**', segStart);
    segs.push(globstar ? GLOBSTAR : { start: tokStart, end: k });
    tokStart = k;
  };
  for (let i = 0; i < n;) {
    globSteps.parse++;
    const c = pattern[i];
    let end: number;
    if (c === '/' || (c === '\\' && pattern[i + 1] === '/')) {
      endSegment(i);
      i += c === '/' ? 1 : 2;
      segStart = i;
    } else if (c === '\\' && i + 1 < n) {
      const cp = pattern.codePointAt(i + 1)!;
      kinds[k] = CHAR;
      values[k++] = cp;
      i += cp > 0xffff ? 3 : 2;
    } else if (c === '*') {
      if (k === tokStart || kinds[k - 1] !== STAR) kinds[k++] = STAR;
      i++;
    } else if (c === '?') {
      kinds[k++] = ANY;
      i++;
    } else if (c === '[' && (end = setEnd(i)) > 0) {
      kinds[k] = SET;
      values[k++] = sets.length;
      sets.push(parseSet(pattern, i + 1, end));
      i = end + 1;
    } else {
      const cp = pattern.codePointAt(i)!;
      kinds[k] = CHAR;
      values[k++] = cp;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  endSegment(n);

  let t = segs.length;
  while (t > 0 && segs[t - 1] === GLOBSTAR) t--;
  const before = segs[t - 1];
  if (t < segs.length && before && before !== GLOBSTAR && before.end > before.start) {
    if (kinds[before.end - 1] === STAR) {
      kinds[k] = STAR;
      segs.splice(t, segs.length - t, { start: k, end: k + 1 }, GLOBSTAR);
    }
  }
  return { kinds, values, sets, segs };
}

/** A `[…]` set from what is between the brackets, s[from, to). */
function parseSet(s: string, from: number, to: number): CharSet {
  let i = from;
  const negated = s[i] === '!' || s[i] === '^';
  if (negated) i++;
  const ranges: number[] = [];
  /** The (possibly escaped) character at i, moving i past it. */
  const next = (): number => {
    if (s[i] === '\\' && i + 1 < to) i++;
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    return cp;
  };
  while (i < to) {
    globSteps.parse++;
    const low = next();
    if (s[i] === '-' && i + 1 < to) {
      i++;
      ranges.push(low, next()); // a reversed range (`[z-a]`) holds nothing
    } else ranges.push(low, low);
  }
  return { negated, ranges };
}

/** Whether the token at k (not a STAR) matches the code point. */
function tokenMatches(pat: Pattern, k: number, cp: number): boolean {
  const kind = pat.kinds[k];
  if (kind === CHAR) return pat.values[k] === cp;
  if (kind === ANY) return true;
  const { negated, ranges } = pat.sets[pat.values[k]!]!;
  let inSet = false;
  for (let r = 0; r < ranges.length && !inSet; r += 2) {
    globSteps.match++;
    inSet = cp >= ranges[r]! && cp <= ranges[r + 1]!;
  }
  return inSet !== negated;
}

/**
 * Whether the tokens [start, end) of a pattern match a path segment (code points): the
 * two-pointer wildcard algorithm. On a mismatch it returns to the last `*` only, which then takes
 * one more character; earlier stars never need to change (any text an earlier `*` could take
 * instead, the last one can take), so the cost is O(tokens × characters), with no recursion.
 */
function segmentMatches(
  pat: Pattern,
  start: number,
  end: number,
  text: Int32Array,
  from: number,
  to: number,
): boolean {
  const { kinds } = pat;
  let p = start;
  let s = from;
  let starP = -1;
  let starS = from;
  while (s < to) {
    globSteps.match++;
    if (p < end && kinds[p] === STAR) {
      starP = p++;
      starS = s;
    } else if (p < end && tokenMatches(pat, p, text[s]!)) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (p < end && kinds[p] === STAR) {
    globSteps.match++;
    p++;
  }
  return p === end;
}

/**
 * Whether a pattern matches the path's segments: all of them, or (`prefix`) its first k for some
 * k ≥ 1, i.e. the path or one of its folders. Dynamic programming over (pattern segment, path
 * segment), one row of path segments at a time: each pair is looked at once.
 */
function patternMatches(pat: Pattern, path: Path, prefix: boolean): boolean {
  const { segs } = pat;
  const { cps, starts } = path;
  const P = segs.length;
  const S = starts.length - 1;
  let row = new Uint8Array(P + 1);
  let nextRow = new Uint8Array(P + 1);
  row[0] = 1;
  for (let s = 0; s <= S; s++) {
    nextRow.fill(0);
    let any = false;
    for (let p = 0; p <= P; p++) {
      globSteps.match++;
      if (!row[p]) continue;
      any = true;
      if (p === P) {
        if (s === S || (prefix && s > 0)) return true;
        continue;
      }
      const seg = segs[p]!;
      if (seg === GLOBSTAR) {
        row[p + 1] = 1; // no (more) folders
        if (s < S) nextRow[p] = 1; // one more folder
      } else if (
        s < S &&
        segmentMatches(pat, seg.start, seg.end, cps, starts[s]!, starts[s + 1]!)
      ) {
        nextRow[p + 1] = 1;
      }
    }
    if (!any) return false;
    [row, nextRow] = [nextRow, row];
  }
  return false;
}

/** A path's code points, `/` left out; segment k is cps[starts[k], starts[k + 1]). */
interface Path {
  cps: Int32Array;
  starts: Int32Array;
}

function toPath(relativePath: string): Path {
  const cps = new Int32Array(relativePath.length);
  const starts: number[] = [0];
  let n = 0;
  for (let i = 0; i < relativePath.length;) {
    const cp = relativePath.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (cp === 0x2f) starts.push(n);
    else cps[n++] = cp;
  }
  starts.push(n);
  return { cps, starts: Int32Array.from(starts) };
}

/** Leading `./` (any number) and a trailing `/` are not part of the pattern. */
function normalize(glob: string): string {
  let start = 0;
  while (glob.startsWith('./', start)) start += 2;
  return glob.slice(start, glob.endsWith('/') && glob.length > start ? -1 : undefined);
}

/** Whether one glob matches the whole relative path (no folder rule; for tests). */
export function globMatches(glob: string, relativePath: string): boolean {
  const path = toPath(relativePath);
  return parse(normalize(glob)).some((alt) => patternMatches(alt, path, false));
}

/**
 * Whether a relative path (with `/`) matches one of the globs. A glob that matches a folder
 * matches everything inside it, as tinyglobby's `expandDirectories` did when the CLI used it.
 */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const path = toPath(relativePath);
  return globs.some((g) => parse(normalize(g)).some((alt) => patternMatches(alt, path, true)));
}

/**
 * Whether a configuration's `ignore` globs leave out a document, in the CLI and in the editor
 * alike. `path` and `configDir` are absolute, with `/` (a file's path, or a URI's path); the globs
 * are read relative to `configDir`, the folder of the configuration file. A document outside that
 * folder is never left out by it.
 */
export function ignoredBy(path: string, configDir: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const base = configDir.endsWith('/') ? configDir : `${configDir}/`;
  return path.startsWith(base) && matchesAny(path.slice(base.length), globs);
}
