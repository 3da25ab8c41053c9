// What the incremental linter keeps of a document: its top-level blocks, what linting each gave,
// and where each one is (offsets in arrays, which move with every edit before the block).
import type { Finding, Lang } from '../types';
import type { LineIndex } from '../text/lines';
import type { ParsedDocument, ProseUnit } from '../markdown/prose';
import type { Directive } from '../directives';
import { shiftUnit, type ParsedBlock } from '../markdown/blocks';
import type { Statement } from '../analysis';
import { unitScores } from '../lang';
import type { LintInput } from '../input';
import type { LintResult } from '../engine';
import { bisect } from '../text/bisect';

/**
 * How the last call was handled: a full lint, a re-parse of the blocks around the edit, a
 * re-parse of one table row or none at all (an edit inside code or HTML), or no change.
 */
export type UpdateKind = 'full' | 'blocks' | 'in-block' | 'unchanged';

/**
 * A top-level block and what linting it produced. Its offsets live in the state's arrays (they
 * move with every edit before the block); its units' offsets are right for the block start
 * `unitsAt` and are moved when they are needed.
 */
export interface Block {
  /** The mdast node type. */
  type: string;
  units: ProseUnit[];
  unitsAt: number;
  /** Per unit; `undefined` where the unit still has to be analysed. */
  statements: (Statement[] | undefined)[];
  /** The table header statements the analysis cached (see `analyseUnit`). */
  headerCache?: Map<number, Statement | undefined>;
  /** Kept current, like the findings. */
  directives: Directive[];
  /** Link (`l…`) and footnote (`f…`) definition identifiers in the block. */
  definitions: string[];
  frontMatter?: string;
  /** Language evidence of the units (computed when the language is detected). */
  scores?: Record<Lang, number>;
  /** Every finding, suppressed or not; only the offsets of their positions are kept current. */
  findings: Finding[];
  /** For a list: where each item starts (at its marker) and ends, from the block's start. */
  items?: [number, number][];
  /** The nearest heading above the block, and after it. */
  headingIn?: Statement;
  headingOut?: Statement;
}

/** A new block and where it is. */
export interface Placed {
  block: Block;
  start: number;
  end: number;
  lineStart: number;
}

export interface State extends LintInput {
  blocks: Block[];
  /** Per block: start, end, start of its first line, whether it holds a heading. */
  starts: number[];
  ends: number[];
  lineStarts: number[];
  headings: boolean[];
  /** The blocks with findings or directives. */
  notable: Set<Block>;
  /** How many blocks define each definition identifier. */
  definitions: Map<string, number>;
  /** The language evidence of all blocks, once it was needed. */
  scores?: Record<Lang, number>;
  lines: LineIndex;
  lang: Lang;
  langSource: LintResult['langSource'];
  eol: string;
  frontMatter?: string;
  /**
   * The body's estimated parse cost (see budget.ts), within the read budget: counted at the first
   * update (a lint from scratch does not need it).
   */
  cost?: number;
}

/** Old blocks `lo..hi` are replaced by `fresh`; `apply` runs when the state changes. */
export interface Plan {
  lo: number;
  hi: number;
  fresh: Placed[];
  kind: UpdateKind;
  apply?: () => void;
}

/** A block to track, from a parsed block. */
export function track(p: ParsedBlock): Placed {
  return {
    block: newBlock(p.type, p.start, p, p),
    start: p.start,
    end: p.end,
    lineStart: p.lineStart,
  };
}

export function newBlock(
  type: string,
  unitsAt: number,
  doc: Pick<ParsedDocument, 'units' | 'directives' | 'frontMatter'>,
  p?: ParsedBlock,
): Block {
  return {
    type,
    units: doc.units,
    unitsAt,
    statements: doc.units.map(() => undefined),
    directives: doc.directives,
    definitions: p?.definitions ?? [],
    frontMatter: doc.frontMatter,
    items: p?.items,
    findings: [],
  };
}

/** Bring a block's units to its current start. */
export function settle(block: Block, start: number): void {
  const delta = start - block.unitsAt;
  if (delta === 0) return;
  for (const u of block.units) shiftUnit(u, delta);
  block.unitsAt = start;
}

export function holdsHeading(block: Block): boolean {
  return block.units.some((u) => u.kind === 'heading');
}

export function blockScores(b: Block): Record<Lang, number> {
  if (!b.scores) {
    b.scores = { en: 0, nl: 0 };
    for (const u of b.units) addScores(b.scores, unitScores(u), 1);
  }
  return b.scores;
}

export function addScores(into: Record<Lang, number>, s: Record<Lang, number>, sign: 1 | -1): void {
  into.en += sign * s.en;
  into.nl += sign * s.nl;
}

export function countDefinitions(state: State, block: Block, sign: 1 | -1): void {
  for (const d of block.definitions) {
    const n = (state.definitions.get(d) ?? 0) + sign;
    if (n > 0) state.definitions.set(d, n);
    else state.definitions.delete(d);
  }
}

/** The definitions made outside blocks lo..hi. */
export function definitionsOutside(state: State, lo: number, hi: number): string[] {
  if (state.definitions.size === 0) return [];
  const counts = new Map(state.definitions);
  for (let k = lo; k <= hi; k++) {
    for (const d of state.blocks[k]!.definitions) counts.set(d, counts.get(d)! - 1);
  }
  return [...counts].filter(([, n]) => n > 0).map(([d]) => d);
}

/** Index of the first element satisfying a predicate that is monotone over the array. */
export function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  return bisect(items.length, (i) => pred(items[i]!));
}
