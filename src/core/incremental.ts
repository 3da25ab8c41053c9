// Incremental linting: after an edit, re-parse only the top-level blocks around it and reuse the
// prose units, statements and findings of the others. The result always equals a full `lint`:
// whenever that cannot be guaranteed, the document is linted in full.
//
// Cost per update: the re-parsed blocks, plus passes over contiguous arrays (block offsets, line
// starts) and over the few blocks that hold findings or directives. Block objects elsewhere are
// not touched: in a long document, visiting them all costs more than the parse (cache misses).
import type { Html, Root } from 'mdast';
import type { Finding, Lang, Position, Range } from './types';
import { LineIndex } from './text/lines';
import { budgetFor, costChange, textCost } from './markdown/budget';
import {
  extractProse,
  listMarkerEnd,
  MAX_NESTING,
  nestingDepth,
  type Directive,
  type ParsedDocument,
  type ProseUnit,
} from './markdown/parse';
import { lineEndOf, lineStartOf } from './text/lines';
import {
  blankBefore,
  collectDefinitions,
  nextLineStart,
  offsetsOf,
  parseBlocks,
  parseWithDefinitions,
  shiftUnit,
  toBlocks,
  unclosedFrontMatter,
  type ParsedBlock,
} from './markdown/blocks';
import type { Statement } from './analysis';
import { Suppressions } from './suppress';
import {
  analyseUnit,
  blocksWithCxNote,
  checkUnit,
  documentLanguage,
  lineEnding,
  prepareInput,
  sortFindings,
  unitScores,
  type LintInput,
  type LintOptions,
  type LintResult,
  unreadableProblems,
} from './engine';
import { bisect } from './text/bisect';

/** A change of a text: `deleteLength` characters at `offset` replaced by `insertText`. */
export interface TextChange {
  offset: number;
  deleteLength: number;
  insertText: string;
}

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
interface Block {
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
interface Placed {
  block: Block;
  start: number;
  end: number;
  lineStart: number;
}

interface State extends LintInput {
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
  /** The body's estimated parse cost (see budget.ts), within the read budget. */
  cost: number;
}

/** Old blocks `lo..hi` are replaced by `fresh`; `apply` runs when the state changes. */
interface Plan {
  lo: number;
  hi: number;
  fresh: Placed[];
  kind: UpdateKind;
  apply?: () => void;
}

/** Re-parsed text around an edit larger than this is linted in full instead. */
const MAX_WINDOW = 256 * 1024;
/** How often the window may grow when its end does not line up with the old blocks. */
const MAX_ATTEMPTS = 6;

/**
 * Lints one document as it is edited. `update` gives exactly what `lint(newText, options)` gives,
 * usually re-parsing only the blocks around the edit.
 */
export class IncrementalLinter {
  private text = '';
  private state: State | undefined;
  /** How the last call was handled. */
  lastUpdate: UpdateKind = 'full';

  constructor(private readonly options: LintOptions = {}) {}

  /** Lint `text` from scratch. */
  lintFull(text: string): LintResult {
    this.text = text;
    this.lastUpdate = 'full';
    this.state = undefined;
    const input = prepareInput(text, this.options);
    if ('result' in input) return input.result;
    const parsed = parseBlocks(input.body);
    const placed = parsed.map(track);
    const frontMatter = placed.find((p) => p.block.frontMatter !== undefined)?.block.frontMatter;
    const state: State = {
      ...input,
      blocks: placed.map((p) => p.block),
      starts: placed.map((p) => p.start),
      ends: placed.map((p) => p.end),
      lineStarts: placed.map((p) => p.lineStart),
      headings: placed.map((p) => holdsHeading(p.block)),
      notable: new Set(placed.filter((p) => p.block.directives.length).map((p) => p.block)),
      definitions: new Map(),
      lines: new LineIndex(input.body, input.bom),
      lang: 'en',
      langSource: 'detected',
      eol: lineEnding(input.body),
      frontMatter,
      cost: textCost(input.body),
    };
    for (const p of placed) countDefinitions(state, p.block, 1);
    ({ lang: state.lang, source: state.langSource } = this.language(state));
    let heading: Statement | undefined;
    for (let k = 0; k < state.blocks.length; k++) heading = this.analyse(state, k, heading);
    // Blocks sharing a line would break the window logic: such a document is always linted in full,
    // as is one with text the parser could not read (its pieces were read apart).
    const unreadable = parsed.flatMap((b) =>
      b.unreadable ? [{ start: b.start, end: b.end, reason: b.unreadable }] : [],
    );
    const { ends, lineStarts } = state;
    if (
      unreadable.length === 0 &&
      lineStarts.every((s, k) => k === 0 || s >= ends[k - 1]!) &&
      !unclosedFrontMatter(input.body, state.blocks[0]?.type)
    ) {
      this.state = state;
    }
    const result = output(state);
    result.problems = unreadableProblems(unreadable, input.body, state.lines, state.lang);
    return result;
  }

  /**
   * Lint the document after an edit. `change` (in the old text's offsets) is optional; without it
   * (or when it does not turn the old text into `newText`) the change is found by comparing texts.
   */
  update(newText: string, change?: TextChange): LintResult {
    const state = this.state;
    if (!state) return this.lintFull(newText);
    const old = this.text;
    const c = change && describes(change, old, newText) ? change : diff(old, newText);
    if (c.deleteLength === 0 && c.insertText.length === 0) {
      this.text = newText;
      this.lastUpdate = 'unchanged';
      return output(state);
    }
    // Text that is not linted (binary, too large), or a BOM that comes or goes: from scratch.
    const input = prepareInput(newText, this.options);
    if ('result' in input || input.bom !== state.bom || c.offset < input.bom) {
      return this.lintFull(newText);
    }
    const { body, bom } = input;
    const edit = { offset: c.offset - bom, deleteLength: c.deleteLength, insertText: c.insertText };
    if (lineEnding(body) !== state.eol) return this.lintFull(newText);
    // Text past the read budget is reported, as a full lint reports it (and the budget is the
    // whole document's): within it, nothing is held back.
    const cost = state.cost + costChange(state.body, body, edit);
    if (cost > budgetFor(body.length)) return this.lintFull(newText);
    const plan = this.inBlock(state, body, edit) ?? this.window(state, body, edit);
    // Past this point the state changes: a failed check means a full lint from scratch.
    const result = plan && this.commit(state, body, edit, plan);
    if (!result) return this.lintFull(newText);
    state.cost = cost;
    this.text = newText;
    this.lastUpdate = plan.kind;
    return result;
  }

  /** Re-parse the blocks the edit touches and a neighbour on each side. */
  private window(state: State, body: string, c: TextChange): Plan | undefined {
    const old = state.body;
    const { blocks, starts, ends, lineStarts } = state;
    const e0 = c.offset;
    const e1 = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;

    // The blocks the edit touches, i..j (j < i when it falls between blocks), and a neighbour on
    // each side: a (whose first line the edit leaves alone) and b (entirely after the edit).
    const i = firstIndex(ends, (end) => end >= e0);
    const j = firstIndex(lineStarts, (s) => s > e1) - 1;
    let a = i - 1;
    if (i < blocks.length && startsItsOwn(old, lineStarts[i]!, e0)) {
      // The edited block itself starts the window: the block above cannot take it in.
      a = i;
    } else {
      // The window starts after a blank line, where the parser starts afresh (see parseBlocks).
      while (a >= 0 && (nextLineStart(old, starts[a]!) > e0 || !blankBefore(old, lineStarts[a]!))) {
        a--;
      }
    }
    let b = j + 1;
    const windowStart = a >= 0 ? lineStarts[a]! : 0;
    const lo = Math.max(a, 0);

    let parsed: { tree: Root; source: string; count: number } | undefined;
    /** The window ends with the first item of list b, which is kept (see below). */
    let listTail = false;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && !parsed; attempt++) {
      // A list after the edit is read up to the end of its first item: when that item starts
      // and ends where it did, the rest of the list reads as before, and the list is kept (a
      // long list of requirements would otherwise be read again for an edit above or below it).
      const after = blocks[b];
      listTail = !!after && (after.items?.length ?? 0) > 1 && after.definitions.length === 0;
      const oldEnd = !after ? old.length : listTail ? starts[b]! + after.items![0]![1] : ends[b]!;
      const windowEnd = oldEnd + delta;
      if (windowEnd - windowStart > MAX_WINDOW) return undefined;
      const text = body.slice(windowStart, windowEnd);
      if (text.charCodeAt(0) === 0xfeff) return undefined; // a parser would drop it as a BOM
      const last = Math.min(b, blocks.length - 1);
      const tree = parseWithDefinitions(text, windowStart === 0, () =>
        definitionsOutside(state, lo, last),
      );
      if (!tree) return undefined;
      const kids = tree.children;
      const n = tree.count;
      if (a >= 0 && (n === 0 || offsetsOf(kids[0]!)[0] !== starts[a]! - windowStart)) {
        return undefined;
      }
      const tail = n > 0 ? kids[n - 1] : undefined;
      const tailEnd = tail ? offsetsOf(tail)[1] : 0;
      if (tailEnd > text.length) return undefined;
      // The window ends with the old block b, after a blank line: the rest parses as before.
      if (
        b < blocks.length &&
        (!tail ||
          tail.type !== blocks[b]!.type ||
          offsetsOf(tail)[0] !== starts[b]! + delta - windowStart ||
          tailEnd !== text.length ||
          !blankBefore(body, lineStarts[b]! + delta))
      ) {
        b = Math.min(blocks.length, b + (1 << attempt));
        continue;
      }
      if (listTail && (tail?.type !== 'list' || tail.children.length !== 1)) return undefined;
      parsed = { tree, source: tree.source, count: listTail ? n - 1 : n };
    }
    if (!parsed) return undefined;
    const hi = listTail ? b - 1 : Math.min(b, blocks.length - 1);

    // The new blocks, in the new text's offsets.
    const fresh = toBlocks(parsed.tree, parsed.source, windowStart, parsed.count, body).map(track);
    if (windowStart === 0) {
      const frontMatter = fresh.find((p) => p.block.frontMatter !== undefined)?.block.frontMatter;
      if (frontMatter !== state.frontMatter || unclosedFrontMatter(body, fresh[0]?.block.type)) {
        return undefined;
      }
    }
    return { lo, hi, fresh, kind: 'blocks' };
  }

  /**
   * An edit inside one block that keeps the block's kind and extent: the content of fenced code
   * or of an HTML block (no prose to lint), or one body row of a table (re-parsed on its own).
   */
  private inBlock(state: State, body: string, c: TextChange): Plan | undefined {
    const k = firstIndex(state.ends, (end) => end >= c.offset);
    const block = state.blocks[k];
    if (!block) return undefined;
    const at = { start: state.starts[k]!, end: state.ends[k]!, lineStart: state.lineStarts[k]! };
    if (c.offset < at.lineStart || c.offset + c.deleteLength > at.end) return undefined;
    const delta = c.insertText.length - c.deleteLength;
    const end = at.end + delta;
    // A line nested too deeply for the parser makes the text around it unreadable, even in code.
    const edited = body.slice(
      lineStartOf(body, c.offset),
      lineEndOf(body, c.offset + c.insertText.length),
    );
    if (nestingDepth(edited) > MAX_NESTING) return undefined;
    switch (block.type) {
      case 'code': {
        if (block.units.length || block.directives.length) return undefined;
        if (!fencedCodeKeeps(state.body, body, at, c)) return undefined;
        const fresh = newBlock(block.type, at.start, { units: [], directives: [] });
        return { lo: k, hi: k, fresh: [{ ...at, end, block: fresh }], kind: 'in-block' };
      }
      case 'html': {
        if (!htmlKeeps(state.body, body, at, c)) return undefined;
        // What the HTML node gives (directives, prose after a directive), read from its new value.
        const node = htmlNode(body.slice(at.start, end), at.start, end);
        const fresh = newBlock(
          block.type,
          at.start,
          extractProse(body, { type: 'root', children: [node] }),
        );
        return { lo: k, hi: k, fresh: [{ ...at, end, block: fresh }], kind: 'in-block' };
      }
      case 'table':
        return this.tableRow(state, body, c, k);
      case 'list':
        return this.listItem(state, body, c, k);
      default:
        return undefined;
    }
  }

  /** An edit inside one body row of a table: re-parse that row under the table's head. */
  private tableRow(state: State, body: string, c: TextChange, k: number): Plan | undefined {
    const old = state.body;
    const block = state.blocks[k]!;
    const start = state.starts[k]!;
    const lineStart = state.lineStarts[k]!;
    const e0 = c.offset;
    const e1 = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;
    if (hasLineEnding(c.insertText) || hasLineEnding(old.slice(e0, e1))) return undefined;
    const units = block.units;
    if (units.length < 2 || units.some((u) => u.kind !== 'tableRow' || u.nested)) return undefined;
    // The head is re-parsed at the start of a text: it must follow a blank line there too.
    if (!blankBefore(old, lineStart)) return undefined;
    settle(block, start);
    const bodyStart = nextLineStart(old, nextLineStart(old, start));
    const r = firstIndex(units, (u) => u.end >= e0);
    const row = units[r];
    if (!row || r === 0) return undefined;
    const rowStart = lineStartOf(old, row.start);
    const rowEnd = lineEndOf(old, row.start);
    if (rowStart < bodyStart || e0 < rowStart || e1 > rowEnd || row.end > rowEnd) return undefined;
    // The head and delimiter rows as they are, then the edited row.
    const head = old.slice(lineStart, bodyStart);
    const text = head + body.slice(rowStart, rowEnd + delta);
    const parsed = parseWithDefinitions(text, false, () => [...state.definitions.keys()]);
    const table = parsed?.children[0];
    if (!parsed || parsed.count !== 1 || table?.type !== 'table' || table.children.length !== 2) {
      return undefined;
    }
    const [, tableEnd] = offsetsOf(table);
    if (tableEnd > text.length) return undefined;
    const shift = rowStart - head.length;
    const end = r === units.length - 1 ? tableEnd + shift : state.ends[k]! + delta;
    const doc = extractProse(parsed.source, { type: 'root', children: [table] });
    const unit = doc.units[1];
    if (!unit) return undefined;
    shiftUnit(unit, shift);
    unit.blockEnd = end;
    const rowDirectives = doc.directives.filter((d) => d.start >= head.length);
    for (const d of rowDirectives) {
      d.start += shift;
      d.end += shift;
    }
    const after = block.directives.filter((d) => d.start > rowEnd);
    const statements = block.statements.slice();
    // The head's statement is analysed in the language of the first body row.
    const headerCache = r === 1 ? undefined : rekey(block.headerCache, end);
    if (headerCache) statements[r] = undefined;
    else statements.fill(undefined);
    const units2 = units.slice();
    units2[r] = unit;
    const fresh: Block = {
      type: block.type,
      units: units2,
      unitsAt: start,
      statements,
      headerCache,
      directives: [
        ...block.directives.filter((d) => d.start < rowStart),
        ...rowDirectives,
        ...after,
      ],
      definitions: [],
      findings: [],
    };
    return {
      lo: k,
      hi: k,
      fresh: [{ block: fresh, start, end, lineStart }],
      kind: 'in-block',
      apply: () => {
        for (const d of after) {
          d.start += delta;
          d.end += delta;
        }
        units.forEach((u, q) => {
          if (q > r) shiftUnit(u, delta);
          if (q !== r) u.blockEnd = end;
        });
      },
    };
  }

  /**
   * An edit inside a top-level list that starts after an item's marker: re-parse the items it
   * touches together with the next one, which must come back where it was (so the new items end
   * where it begins, and nothing after it reads differently). The other items keep their units
   * and statements. A long list of requirements is one block: without this, every keystroke in
   * it (or a new item) would re-parse the whole list.
   */
  private listItem(state: State, body: string, c: TextChange, k: number): Plan | undefined {
    const old = state.body;
    const block = state.blocks[k]!;
    const e0 = c.offset;
    const e1 = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;
    if (block.definitions.length || !block.items) return undefined;
    settle(block, state.starts[k]!);
    // Item offsets are kept relative to the block's start.
    const base = state.starts[k]!;
    const items = block.items;
    const item = (n: number): [number, number] => [base + items[n]![0], base + items[n]![1]];
    // The first item touched: the last one whose text (after its marker) starts at or before the
    // edit. Its first line keeps some text (an empty item reads differently after a paragraph).
    let r = firstIndex(items, ([start]) => base + start > e0) - 1;
    let content = r >= 0 ? afterMarker(old, item(r)[0]) : undefined;
    if (r > 0 && content !== undefined && content > e0) {
      r--;
      content = afterMarker(old, item(r)[0]);
    }
    if (r < 0 || content === undefined || content > e0) return undefined;
    // The first item of a list that interrupts a paragraph reads its first line as interrupting
    // it too (micromark: a list in it not starting at 1 is a paragraph): re-parsed on its own, it
    // would not.
    if (r === 0 && !blankBefore(old, state.lineStarts[k]!)) return undefined;
    if (!old.slice(content, lineEndOf(old, content)).trim()) return undefined;
    if (!body.slice(content, lineEndOf(body, content)).trim()) return undefined;
    // The last item touched: the last one whose line starts at or before the edit's end.
    const q = firstIndex(items, ([start]) => lineStartOf(old, base + start) > e1) - 1;
    const next = q + 1 < items.length ? item(q + 1) : undefined;
    if (!next) {
      // The edit reaches the last item: what follows the list starts after a blank line and
      // without indentation, so no item can continue into it.
      const following = state.lineStarts[k + 1];
      if (
        following !== undefined &&
        (!blankBefore(old, following) || /[ \t]/.test(old.charAt(following)))
      ) {
        return undefined;
      }
    }
    const lineStart = lineStartOf(old, item(r)[0]);
    const text = body.slice(lineStart, (next ? next[1] : state.ends[k]!) + delta);
    const parsed = parseWithDefinitions(text, false, () => [...state.definitions.keys()]);
    const list = parsed?.children[0];
    if (!parsed || parsed.count !== 1 || list?.type !== 'list') return undefined;
    const edited = next ? list.children.slice(0, -1) : list.children;
    if (edited.length === 0 || offsetsOf(edited[0]!)[0] !== item(r)[0] - lineStart) {
      return undefined;
    }
    if (next) {
      const [s1, f1] = offsetsOf(list.children[list.children.length - 1]!);
      if (s1 !== next[0] + delta - lineStart || f1 !== next[1] + delta - lineStart)
        return undefined;
    }
    const definitions: string[] = [];
    for (const item of edited) collectDefinitions(item, definitions);
    if (definitions.length) return undefined;
    const doc = extractProse(parsed.source, {
      type: 'root',
      children: [{ ...list, children: edited }],
    });
    for (const u of doc.units) shiftUnit(u, lineStart);
    for (const d of doc.directives) {
      d.start += lineStart;
      d.end += lineStart;
    }
    // The old items' units and directives, and those after them (moved when the plan applies).
    // Those after start at the next item's marker or later: an item may end past that marker
    // (one whose HTML or fenced code is never closed ends after the next line's marker).
    const { units, directives } = block;
    const from = item(r)[0];
    const to = next ? next[0] : Infinity;
    const u0 = firstIndex(units, (u) => u.start >= from);
    const u1 = firstIndex(units, (u) => u.start >= to);
    const d0 = firstIndex(directives, (d) => d.start >= from);
    const d1 = firstIndex(directives, (d) => d.start >= to);
    const unitsAfter = units.slice(u1);
    const directivesAfter = directives.slice(d1);
    const itemsAfter = items.slice(q + 1);
    const units2 = [...units.slice(0, u0), ...doc.units, ...unitsAfter];
    // Table header statements are cached by the table's end, which moves: analyse rows again.
    const tables = units2.some((u) => u.kind === 'tableRow');
    const statements = [
      ...block.statements.slice(0, u0),
      ...doc.units.map(() => undefined),
      ...block.statements.slice(u1),
    ].map((st, n) => (tables && units2[n]!.kind === 'tableRow' ? undefined : st));
    const placed = edited.map((node): [number, number] => {
      const [s0, f0] = offsetsOf(node);
      return [s0 + lineStart - base, f0 + lineStart - base];
    });
    const fresh: Block = {
      type: block.type,
      units: units2,
      unitsAt: block.unitsAt,
      statements,
      headerCache: tables ? undefined : block.headerCache,
      directives: [...directives.slice(0, d0), ...doc.directives, ...directivesAfter],
      definitions: [],
      items: [...items.slice(0, r), ...placed, ...itemsAfter],
      findings: [],
    };
    const end = next ? state.ends[k]! + delta : base + placed[placed.length - 1]![1];
    return {
      lo: k,
      hi: k,
      fresh: [{ block: fresh, start: state.starts[k]!, end, lineStart: state.lineStarts[k]! }],
      kind: 'in-block',
      apply: () => {
        for (const u of unitsAfter) shiftUnit(u, delta);
        for (const d of directivesAfter) {
          d.start += delta;
          d.end += delta;
        }
        for (const it of itemsAfter) {
          it[0] += delta;
          it[1] += delta;
        }
      },
    };
  }

  /**
   * Apply a plan, analyse the new blocks and give the result; undefined when a check fails (the
   * definitions or the document language changed), and then the state is no longer usable.
   */
  private commit(state: State, body: string, c: TextChange, plan: Plan): LintResult | undefined {
    const { lo, hi, fresh } = plan;
    const delta = c.insertText.length - c.deleteLength;
    const threshold = hi >= 0 ? Math.max(state.ends[hi]!, c.offset + c.deleteLength) : 0;
    const defined = [...state.definitions.keys()];
    for (let k = lo; k <= hi; k++) {
      const b = state.blocks[k]!;
      state.notable.delete(b);
      countDefinitions(state, b, -1);
      if (state.scores) addScores(state.scores, blockScores(b), -1);
    }
    plan.apply?.();
    // Everything after the window moves.
    for (const b of state.notable) shiftNotable(b, delta, threshold, state.bom);
    const { starts, ends, lineStarts } = state;
    for (let k = hi + 1; k < starts.length; k++) {
      starts[k]! += delta;
      ends[k]! += delta;
      lineStarts[k]! += delta;
    }
    const splice = <T>(list: T[], items: T[]): T[] =>
      list.slice(0, lo).concat(items, list.slice(hi + 1));
    state.blocks = splice(
      state.blocks,
      fresh.map((p) => p.block),
    );
    state.starts = splice(
      starts,
      fresh.map((p) => p.start),
    );
    state.ends = splice(
      ends,
      fresh.map((p) => p.end),
    );
    state.lineStarts = splice(
      lineStarts,
      fresh.map((p) => p.lineStart),
    );
    state.headings = splice(
      state.headings,
      fresh.map((p) => holdsHeading(p.block)),
    );
    for (const { block } of fresh) {
      countDefinitions(state, block, 1);
      if (state.scores) addScores(state.scores, blockScores(block), 1);
      if (block.directives.length) state.notable.add(block);
    }
    state.lines = state.lines.edited(body, c.offset, c.deleteLength, c.insertText.length);
    state.body = body;

    // Definitions anywhere change how references parse everywhere.
    if (defined.length !== state.definitions.size) return undefined;
    if (defined.some((d) => !state.definitions.has(d))) return undefined;
    const { lang, source } = this.language(state);
    if (lang !== state.lang) return undefined;
    state.langSource = source;

    let heading = lo > 0 ? state.blocks[lo - 1]!.headingOut : undefined;
    for (let k = lo; k < lo + fresh.length; k++) heading = this.analyse(state, k, heading);
    // The block above reads the first unit after it (a CX note may follow it).
    let above = lo - 1;
    while (above >= 0 && state.blocks[above]!.units.length === 0) above--;
    if (above >= 0) this.analyse(state, above, state.blocks[above]!.headingIn);
    // A changed heading reaches the blocks up to the next heading. So does one the edit moved
    // that is still the same statement (a heading in a list item after the edited items): the
    // findings after the window point into it, and only offsets after the window were moved.
    const windowHeading = heading;
    const moved =
      delta !== 0 &&
      !!windowHeading &&
      windowHeading.unit.start >= c.offset + c.insertText.length &&
      fresh.some((p) => p.block.units.includes(windowHeading.unit));
    for (let k = lo + fresh.length; k < state.blocks.length; k++) {
      if (state.blocks[k]!.headingIn === heading && !(moved && heading === windowHeading)) break;
      heading = this.analyse(state, k, heading);
    }
    return output(state);
  }

  private language(state: State): { lang: Lang; source: LintResult['langSource'] } {
    return documentLanguage(
      {
        // Only read when no option or front matter decides.
        get directives() {
          return directivesOf(state);
        },
        frontMatter: state.frontMatter,
      },
      state.config,
      this.options.lang,
      () => {
        if (!state.scores) {
          state.scores = { en: 0, nl: 0 };
          for (const b of state.blocks) addScores(state.scores, blockScores(b), 1);
        }
        return { ...state.scores };
      },
    );
  }

  /** Analyse (where needed) and check block `k` under `heading`; gives the heading after it. */
  private analyse(state: State, k: number, heading: Statement | undefined): Statement | undefined {
    const block = state.blocks[k]!;
    settle(block, state.starts[k]!);
    if (heading) {
      // The heading's block: the nearest one above that holds a heading. Spans may point into it.
      let h = k - 1;
      while (h > 0 && !state.headings[h]) h--;
      if (h >= 0) settle(state.blocks[h]!, state.starts[h]!);
    }
    block.headingIn = heading;
    // A CX note right after a unit's block scopes its claims; the note may be in a later block.
    let next = k + 1;
    while (next < state.blocks.length && state.blocks[next]!.units.length === 0) next++;
    const after = state.blocks[next];
    if (after) settle(after, state.starts[next]!);
    const noted = blocksWithCxNote(after ? [...block.units, after.units[0]!] : block.units);
    const findings: Finding[] = [];
    for (let u = 0; u < block.units.length; u++) {
      const unit = block.units[u]!;
      let statements = block.statements[u];
      if (!statements) {
        block.headerCache ??= new Map();
        statements = analyseUnit(unit, state.lang, state.config, block.headerCache);
        block.statements[u] = statements;
      }
      const cxNote = noted.has(unit.blockEnd);
      for (const f of checkUnit(
        statements,
        heading,
        state.config,
        state.lines,
        state.eol,
        cxNote,
      )) {
        findings.push(copyFinding(f, copyPosition));
      }
      if (unit.kind === 'heading') heading = statements[statements.length - 1] ?? heading;
    }
    block.findings = findings;
    block.headingOut = heading;
    if (findings.length || block.directives.length) state.notable.add(block);
    else state.notable.delete(block);
    return heading;
  }
}

/** A block to track, from a parsed block. */
function track(p: ParsedBlock): Placed {
  return {
    block: newBlock(p.type, p.start, p, p),
    start: p.start,
    end: p.end,
    lineStart: p.lineStart,
  };
}

function newBlock(
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
function settle(block: Block, start: number): void {
  const delta = start - block.unitsAt;
  if (delta === 0) return;
  for (const u of block.units) shiftUnit(u, delta);
  block.unitsAt = start;
}

/**
 * Does the block whose first line starts at `lineStart` start afresh whatever an edit from `e0`
 * does? It follows a blank line, and the edit leaves its line's indentation (at most three
 * spaces) and first character alone, which opens no list item or block quote: after a blank
 * line, only those (or indentation) let a line continue the block above.
 */
function startsItsOwn(text: string, lineStart: number, e0: number): boolean {
  if (!blankBefore(text, lineStart)) return false;
  let p = lineStart;
  while (p - lineStart < 3 && text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  const opens = c === 45 || c === 42 || c === 43 || c === 62 || (c >= 48 && c <= 57);
  return !opens && c !== 32 && c !== 9 && c !== 10 && c !== 13 && p < text.length && e0 > p;
}

/**
 * Where a list item's content starts: after its marker (`-`, `*`, `+`, `1.`, `1)`) and the white
 * space after it on the marker's line; undefined when `at` holds no marker.
 */
function afterMarker(text: string, at: number): number | undefined {
  let o = at;
  while (o - at < 3 && text.charCodeAt(o) === 32) o++;
  const after = listMarkerEnd(text, o);
  if (after < 0) return undefined;
  o = after;
  while (text.charCodeAt(o) === 32 || text.charCodeAt(o) === 9) o++;
  return o > after || o >= text.length || text.charCodeAt(o) === 10 || text.charCodeAt(o) === 13
    ? o
    : undefined;
}

function holdsHeading(block: Block): boolean {
  return block.units.some((u) => u.kind === 'heading');
}

function blockScores(b: Block): Record<Lang, number> {
  if (!b.scores) {
    b.scores = { en: 0, nl: 0 };
    for (const u of b.units) addScores(b.scores, unitScores(u), 1);
  }
  return b.scores;
}

function addScores(into: Record<Lang, number>, s: Record<Lang, number>, sign: 1 | -1): void {
  into.en += sign * s.en;
  into.nl += sign * s.nl;
}

function countDefinitions(state: State, block: Block, sign: 1 | -1): void {
  for (const d of block.definitions) {
    const n = (state.definitions.get(d) ?? 0) + sign;
    if (n > 0) state.definitions.set(d, n);
    else state.definitions.delete(d);
  }
}

/** The definitions made outside blocks lo..hi. */
function definitionsOutside(state: State, lo: number, hi: number): string[] {
  if (state.definitions.size === 0) return [];
  const counts = new Map(state.definitions);
  for (let k = lo; k <= hi; k++) {
    for (const d of state.blocks[k]!.definitions) counts.set(d, counts.get(d)! - 1);
  }
  return [...counts].filter(([, n]) => n > 0).map(([d]) => d);
}

/** All directives, in document order. */
function directivesOf(state: State): Directive[] {
  const all: Directive[] = [];
  for (const b of state.notable) for (const d of b.directives) all.push(d);
  return all.sort((x, y) => x.start - y.start);
}

/** The result: findings with positions recomputed, suppressions applied, sorted. */
function output(state: State): LintResult {
  const { lines, bom } = state;
  const suppressions = new Suppressions(directivesOf(state), lines);
  const at = (p: Position): Position => lines.position(p.offset - bom);
  const findings: Finding[] = [];
  let suppressed = 0;
  // Blocks do not overlap, so sorting by position gives document order whatever the set's order.
  for (const block of state.notable) {
    for (const stored of block.findings) {
      const f = copyFinding(stored, at);
      if (suppressions.isSuppressed(f.ruleId, f.range.start.offset - bom, f.range.start.line)) {
        suppressed++;
      } else findings.push(f);
    }
  }
  sortFindings(findings);
  return { findings, lang: state.lang, langSource: state.langSource, suppressed, problems: [] };
}

function copyPosition(p: Position): Position {
  return { offset: p.offset, line: p.line, column: p.column };
}

function copyFinding(f: Finding, pos: (p: Position) => Position): Finding {
  const range = (r: Range): Range => ({ start: pos(r.start), end: pos(r.end) });
  return {
    ...f,
    range: range(f.range),
    statement: range(f.statement),
    messageArgs: { ...f.messageArgs },
    spans: f.spans.map((s) => ({ ...s, range: range(s.range) })),
    fixes: f.fixes.map((x) => ({
      ...x,
      edits: x.edits.map((e) => ({ ...e, range: range(e.range) })),
    })),
  };
}

/** An mdast HTML node as the parser makes it for `value` at [start, end). */
function htmlNode(value: string, start: number, end: number): Html {
  return {
    type: 'html',
    value,
    position: {
      start: { line: 1, column: 1, offset: start },
      end: { line: 1, column: 1, offset: end },
    },
  };
}

/**
 * Move what a block with findings or directives holds by `delta`, where it lies at or after
 * `threshold` (the end of the edit window): a finding may point into a heading above the window.
 */
function shiftNotable(block: Block, delta: number, threshold: number, bom: number): void {
  if (delta === 0) return;
  for (const d of block.directives) {
    if (d.start >= threshold) {
      d.start += delta;
      d.end += delta;
    }
  }
  const min = threshold + bom;
  const move = (p: Position): void => {
    if (p.offset >= min) p.offset += delta;
  };
  for (const f of block.findings) {
    move(f.range.start);
    move(f.range.end);
    move(f.statement.start);
    move(f.statement.end);
    for (const s of f.spans) {
      move(s.range.start);
      move(s.range.end);
    }
    for (const x of f.fixes) {
      for (const e of x.edits) {
        move(e.range.start);
        move(e.range.end);
      }
    }
  }
}

/** A header cache for a table whose end moved (one table per block: at most one entry). */
function rekey(
  cache: Map<number, Statement | undefined> | undefined,
  end: number,
): Map<number, Statement | undefined> | undefined {
  if (!cache || cache.size !== 1) return undefined;
  const [value] = cache.values();
  return new Map([[end, value]]);
}

interface Extent {
  start: number;
  end: number;
  lineStart: number;
}

/**
 * Is the edit inside the content of a closed fenced code block, and does it leave the block
 * closed by the same fence? Then the block only grows or shrinks.
 */
function fencedCodeKeeps(old: string, body: string, block: Extent, c: TextChange): boolean {
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(old.slice(block.lineStart, lineEndOf(old, block.start)));
  if (!open) return false;
  const fence = open[1]!;
  const closeStart = lineStartOf(old, block.end);
  if (closeStart <= block.start || lineEndOf(old, closeStart) !== block.end) return false;
  if (!closes(old.slice(closeStart, block.end), fence)) return false;
  if (c.offset < nextLineStart(old, block.start)) return false;
  if (c.offset + c.deleteLength > lineEndingBefore(old, closeStart)) return false;
  return everyLine(body, c.offset, c.offset + c.insertText.length, (line) => !closes(line, fence));
}

/** Is `line` a closing fence for an opening `fence`? */
function closes(line: string, fence: string): boolean {
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!m && m[1]![0] === fence[0] && m[1]!.length >= fence.length;
}

/**
 * Is the edit inside an HTML block after its first line, and does the block keep its end? HTML
 * comments end at the first line with `-->`, blocks of other tags at a blank line; the rarer
 * kinds (`<script>`, `<?`, `<!X`, CDATA) are left to the block path.
 */
function htmlKeeps(old: string, body: string, block: Extent, c: TextChange): boolean {
  const first = old.slice(block.lineStart, lineEndOf(old, block.start)).replace(/^ {0,3}/, '');
  if (c.offset < nextLineStart(old, block.start) || lineEndOf(old, block.end) !== block.end) {
    return false;
  }
  const e1 = c.offset + c.deleteLength;
  const to = c.offset + c.insertText.length;
  if (first.startsWith('<!--')) {
    const closeStart = lineStartOf(old, block.end);
    if (!old.slice(closeStart, block.end).includes('-->')) return false;
    if (e1 > lineEndingBefore(old, closeStart)) return false;
    return everyLine(body, c.offset, to, (line) => !line.includes('-->'));
  }
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(first) || /^<[!?]/.test(first)) {
    return false;
  }
  // Ended by a blank line (or the end of the text): the line after it must be one.
  const after = nextLineStart(old, block.end);
  if (after <= old.length && !isBlank(old.slice(after, lineEndOf(old, after)))) return false;
  return everyLine(body, c.offset, to, (line) => !isBlank(line));
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

function hasLineEnding(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/** Does `test` hold for every line of `text` that holds a character of [from, to]? */
function everyLine(
  text: string,
  from: number,
  to: number,
  test: (line: string) => boolean,
): boolean {
  let start = lineStartOf(text, from);
  for (;;) {
    const end = lineEndOf(text, start);
    if (!test(text.slice(start, end))) return false;
    if (end >= to) return true;
    start = nextLineStart(text, start);
    if (start > text.length) return true;
  }
}

/** Index of the first element satisfying a predicate that is monotone over the array. */
function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  return bisect(items.length, (i) => pred(items[i]!));
}

/** Where the line ending before the line starting at `lineStart` begins. */
function lineEndingBefore(text: string, lineStart: number): number {
  return text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13
    ? lineStart - 2
    : lineStart - 1;
}

/** Can `c` apply to `text` (whole offsets, its deleted range inside the text)? */
function fits(c: TextChange, text: string): boolean {
  return (
    Number.isInteger(c.offset) &&
    Number.isInteger(c.deleteLength) &&
    c.offset >= 0 &&
    c.deleteLength >= 0 &&
    c.offset + c.deleteLength <= text.length &&
    typeof c.insertText === 'string'
  );
}

/** `text` after the change `c`; undefined when `c` does not fit `text`. */
export function applyChange(text: string, c: TextChange): string | undefined {
  if (!fits(c, text)) return undefined;
  return text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength);
}

/** Does `c` turn `old` into `text`? */
function describes(c: TextChange, old: string, text: string): boolean {
  const end = c.offset + c.deleteLength;
  return (
    fits(c, old) &&
    old.length - c.deleteLength + c.insertText.length === text.length &&
    text.startsWith(c.insertText, c.offset) &&
    text.slice(0, c.offset) === old.slice(0, c.offset) &&
    text.slice(c.offset + c.insertText.length) === old.slice(end)
  );
}

/** The change from `a` to `b`: their common prefix and suffix are kept. */
export function diff(a: string, b: string): TextChange {
  const n = Math.min(a.length, b.length);
  let p = 0;
  const CHUNK = 1024;
  while (p + CHUNK <= n && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  const m = n - p;
  while (
    s + CHUNK <= m &&
    a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)
  ) {
    s += CHUNK;
  }
  while (s < m && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { offset: p, deleteLength: a.length - p - s, insertText: b.slice(p, b.length - s) };
}
