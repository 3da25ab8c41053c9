// Incremental linting: after an edit, re-parse only the top-level blocks around it and reuse the
// prose units, statements and findings of the others. The result always equals a full `lint`:
// whenever that cannot be guaranteed, the document is linted in full.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Finding, Lang, Position, Range } from './types';
import { LineIndex } from './text/lines';
import {
  collectDirectives,
  extractProse,
  parseMarkdown,
  type Directive,
  type ProseUnit,
} from './markdown/parse';
import type { Statement } from './analysis';
import { languageScores } from './lang';
import { Suppressions } from './suppress';
import {
  analyseUnit,
  checkUnit,
  documentLanguage,
  lineEnding,
  prepareInput,
  sortFindings,
  type LintInput,
  type LintOptions,
  type LintResult,
} from './engine';

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

/** A top-level Markdown block and everything linting it produced. Offsets are current. */
interface Block {
  /** The mdast node type. */
  type: string;
  start: number;
  end: number;
  /** Where the block's first line starts. */
  lineStart: number;
  units: ProseUnit[];
  /** Offset shift not yet applied to the units (applied when they are needed). */
  pending: number;
  /** Per unit; `undefined` where the unit still has to be analysed. */
  statements: (Statement[] | undefined)[];
  /** The table header statements the analysis cached (see `analyseUnit`). */
  headerCache?: Map<number, Statement | undefined>;
  directives: Directive[];
  /** Link (`l…`) and footnote (`f…`) definition identifiers in the block. */
  definitions: string[];
  frontMatter?: string;
  /** Language evidence of the units (computed when the language is detected). */
  scores?: Record<Lang, number>;
  /** Every finding, suppressed or not; only the offsets of their positions are kept current. */
  findings: Finding[];
  /** The nearest heading above the block, and after it. */
  headingIn?: Statement;
  headingOut?: Statement;
}

interface State extends LintInput {
  blocks: Block[];
  lines: LineIndex;
  lang: Lang;
  langSource: LintResult['langSource'];
  eol: string;
  frontMatter?: string;
}

/** Old blocks `lo..hi` are replaced by `fresh`; `apply` runs once the change is certain. */
interface Plan {
  lo: number;
  hi: number;
  fresh: Block[];
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
  private readonly blockOf = new WeakMap<ProseUnit, Block>();
  /** How the last call was handled. */
  lastUpdate: UpdateKind = 'full';

  constructor(private readonly options: LintOptions = {}) {}

  /** Lint `text` from scratch. */
  lintFull(text: string): LintResult {
    this.text = text;
    this.lastUpdate = 'full';
    const input = prepareInput(text, this.options);
    if ('result' in input) {
      this.state = undefined;
      return input.result;
    }
    const tree = parseMarkdown(input.body);
    const blocks = this.makeBlocks(tree, input.body, 0, tree.children.length);
    const frontMatter = blocks.find((b) => b.frontMatter !== undefined)?.frontMatter;
    const { lang, source } = this.language(blocks, input, frontMatter);
    const lines = new LineIndex(input.body, input.bom);
    const state: State = {
      ...input,
      blocks,
      lines,
      lang,
      langSource: source,
      eol: lineEnding(input.body),
      frontMatter,
    };
    let heading: Statement | undefined;
    for (const block of blocks) heading = this.analyseBlock(state, block, heading);
    // Blocks sharing a line would break the window logic: such a document is always linted in full.
    this.state =
      blocks.every((b, k) => k === 0 || b.lineStart >= blocks[k - 1]!.end) &&
      !unclosedFrontMatter(input.body, blocks)
        ? state
        : undefined;
    return output(state);
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
    const bom = newText.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (
      bom !== state.bom ||
      c.offset < bom ||
      newText.length > state.config.maxFileSize ||
      c.insertText.includes('\u0000')
    ) {
      return this.lintFull(newText);
    }
    const body = bom ? newText.slice(1) : newText;
    const edit = { offset: c.offset - bom, deleteLength: c.deleteLength, insertText: c.insertText };
    if (lineEnding(body) !== state.eol) return this.lintFull(newText);
    const plan = this.inBlock(state, body, edit) ?? this.window(state, body, edit);
    const result = plan && this.commit(state, body, edit, plan);
    if (!result) return this.lintFull(newText);
    this.text = newText;
    this.lastUpdate = plan.kind;
    return result;
  }

  /** Re-parse the blocks the edit touches and a neighbour on each side. */
  private window(state: State, body: string, c: TextChange): Plan | undefined {
    const old = state.body;
    const blocks = state.blocks;
    const e0 = c.offset;
    const e1 = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;

    // The blocks the edit touches, i..j (j < i when it falls between blocks), and a neighbour on
    // each side: a (whose first line the edit leaves alone) and b (entirely after the edit).
    const i = firstIndex(blocks, (b) => b.end >= e0);
    const j = firstIndex(blocks, (b) => b.lineStart > e1) - 1;
    let a = i - 1;
    while (a >= 0 && nextLineStart(old, blocks[a]!.start) > e0) a--;
    let b = j + 1;
    const windowStart = a >= 0 ? blocks[a]!.lineStart : 0;
    const lo = Math.max(a, 0);

    let parsed: { tree: Root; source: string; count: number } | undefined;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && !parsed; attempt++) {
      const oldEnd = b < blocks.length ? blocks[b]!.end : old.length;
      const windowEnd = oldEnd + delta;
      if (windowEnd - windowStart > MAX_WINDOW) return undefined;
      const text = body.slice(windowStart, windowEnd);
      if (text.charCodeAt(0) === 0xfeff) return undefined; // a parser would drop it as a BOM
      const outside = () =>
        definitionsOf(blocks, 0, lo).concat(
          b < blocks.length ? definitionsOf(blocks, b + 1, blocks.length) : [],
        );
      const tree = parseWithDefinitions(text, windowStart === 0, outside);
      if (!tree) return undefined;
      const kids = tree.children;
      const n = tree.count;
      if (a >= 0 && (n === 0 || offsetsOf(kids[0]!)[0] !== blocks[a]!.start - windowStart)) {
        return undefined;
      }
      const last = n > 0 ? kids[n - 1] : undefined;
      const lastEnd = last ? offsetsOf(last)[1] : 0;
      if (lastEnd > text.length) return undefined;
      if (b < blocks.length) {
        const old = blocks[b]!;
        if (
          !last ||
          last.type !== old.type ||
          offsetsOf(last)[0] !== old.start + delta - windowStart ||
          lastEnd !== text.length
        ) {
          b = Math.min(blocks.length, b + (1 << attempt));
          continue;
        }
      }
      parsed = { tree, source: tree.source, count: n };
    }
    if (!parsed) return undefined;
    const hi = Math.min(b, blocks.length - 1);

    // The new blocks, in the new text's offsets.
    const fresh = this.makeBlocks(parsed.tree, parsed.source, windowStart, parsed.count, body);
    if (windowStart === 0) {
      const frontMatter = fresh.find((x) => x.frontMatter !== undefined)?.frontMatter;
      if (frontMatter !== state.frontMatter || unclosedFrontMatter(body, fresh)) return undefined;
    }
    const oldDefs = definitionsOf(blocks, lo, hi + 1);
    const newDefs = definitionsOf(fresh, 0, fresh.length);
    if (oldDefs.length || newDefs.length) {
      const outside = definitionsOf(blocks, 0, lo).concat(
        definitionsOf(blocks, hi + 1, blocks.length),
      );
      if (!sameSet(outside.concat(oldDefs), outside.concat(newDefs))) return undefined;
    }
    return { lo, hi, fresh, kind: 'blocks' };
  }

  /**
   * An edit inside one block that keeps the block's kind and extent: the content of fenced code
   * or of an HTML block (no prose to lint), or one body row of a table (re-parsed on its own).
   */
  private inBlock(state: State, body: string, c: TextChange): Plan | undefined {
    const blocks = state.blocks;
    const k = firstIndex(blocks, (b) => b.end >= c.offset);
    const block = blocks[k];
    const e1 = c.offset + c.deleteLength;
    if (!block || c.offset < block.lineStart || e1 > block.end) return undefined;
    const delta = c.insertText.length - c.deleteLength;
    switch (block.type) {
      case 'code': {
        if (!fencedCodeKeeps(state.body, body, block, c)) return undefined;
        return { lo: k, hi: k, fresh: [moved(block, delta, [])], kind: 'in-block' };
      }
      case 'html': {
        if (!htmlKeeps(state.body, body, block, c)) return undefined;
        const directives: Directive[] = [];
        collectDirectives(body.slice(block.start, block.end + delta), block.start, directives);
        return { lo: k, hi: k, fresh: [moved(block, delta, directives)], kind: 'in-block' };
      }
      case 'table':
        return this.tableRow(state, body, c, k);
      default:
        return undefined;
    }
  }

  /** An edit inside one body row of a table: re-parse that row under the table's head. */
  private tableRow(state: State, body: string, c: TextChange, k: number): Plan | undefined {
    const old = state.body;
    const block = state.blocks[k]!;
    const e0 = c.offset;
    const e1 = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;
    if (hasLineEnding(c.insertText) || hasLineEnding(old.slice(e0, e1))) return undefined;
    const units = block.units;
    if (units.length < 2 || units.some((u) => u.kind !== 'tableRow' || u.nested)) return undefined;
    this.settle(block);
    const bodyStart = nextLineStart(old, nextLineStart(old, block.start));
    const r = firstIndex(units, (u) => u.end >= e0);
    const row = units[r];
    if (!row || r === 0) return undefined;
    const rowStart = lineStartOf(old, row.start);
    const rowEnd = contentEnd(old, row.start);
    if (rowStart < bodyStart || e0 < rowStart || e1 > rowEnd || row.end > rowEnd) return undefined;
    // The head and delimiter rows as they are, then the edited row.
    const head = old.slice(block.lineStart, bodyStart);
    const line = body.slice(rowStart, rowEnd + delta);
    const text = head + line;
    const parsed = parseWithDefinitions(text, false, () =>
      definitionsOf(state.blocks, 0, state.blocks.length),
    );
    const table = parsed?.children[0];
    if (!parsed || parsed.count !== 1 || table?.type !== 'table' || table.children.length !== 2) {
      return undefined;
    }
    const [, tableEnd] = offsetsOf(table);
    if (tableEnd > text.length) return undefined;
    const shift = rowStart - head.length;
    const last = r === units.length - 1;
    const end = last ? tableEnd + shift : block.end + delta;
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
    const before = block.directives.filter((d) => d.start < rowStart);
    const after = block.directives.filter((d) => d.start > rowEnd);
    const nextUnits = units.slice();
    nextUnits[r] = unit;
    const statements = block.statements.slice();
    // The head's statement is analysed in the language of the first body row.
    const headerCache = r === 1 ? undefined : rekey(block.headerCache, end);
    if (headerCache) statements[r] = undefined;
    else statements.fill(undefined);
    let scores: Record<Lang, number> | undefined;
    if (block.scores) {
      const was = languageScores(row.text);
      const is = languageScores(unit.text);
      scores = { en: block.scores.en - was.en + is.en, nl: block.scores.nl - was.nl + is.nl };
    }
    const fresh: Block = {
      ...block,
      end,
      units: nextUnits,
      statements,
      headerCache,
      directives: [...before, ...rowDirectives, ...after],
      scores,
      findings: [],
    };
    this.blockOf.set(unit, fresh);
    return {
      lo: k,
      hi: k,
      fresh: [fresh],
      kind: 'in-block',
      apply: () => {
        for (const d of after) {
          d.start += delta;
          d.end += delta;
        }
        units.forEach((u, q) => {
          if (q > r) shiftUnit(u, delta);
          if (q !== r) u.blockEnd = end;
          this.blockOf.set(u, fresh);
        });
      },
    };
  }

  /** Check a plan, then apply it, analyse the new blocks and give the result. */
  private commit(state: State, body: string, c: TextChange, plan: Plan): LintResult | undefined {
    const { lo, hi, fresh } = plan;
    const blocks = state.blocks;
    const delta = c.insertText.length - c.deleteLength;
    const next = blocks.slice(0, lo).concat(fresh, blocks.slice(hi + 1));
    const input: LintInput = { body, bom: state.bom, config: state.config };
    const { lang, source } = this.language(next, input, state.frontMatter);
    if (lang !== state.lang) return undefined;

    plan.apply?.();
    const threshold = hi >= 0 ? Math.max(blocks[hi]!.end, c.offset + c.deleteLength) : 0;
    for (let k = hi + 1; k < blocks.length; k++)
      shiftBlock(blocks[k]!, delta, threshold, state.bom);
    state.lines = state.lines.edited(body, c.offset, c.deleteLength, c.insertText.length);
    state.body = body;
    state.blocks = next;
    state.langSource = source;
    let heading = lo > 0 ? next[lo - 1]!.headingOut : undefined;
    for (const block of fresh) heading = this.analyseBlock(state, block, heading);
    // A changed heading reaches the blocks up to the next heading.
    for (let k = lo + fresh.length; k < next.length; k++) {
      const block = next[k]!;
      if (block.headingIn === heading) break;
      heading = this.analyseBlock(state, block, heading);
    }
    return output(state);
  }

  /** Blocks for the first `count` top-level nodes of a tree parsed from text at `base`. */
  private makeBlocks(
    tree: Root,
    source: string,
    base: number,
    count: number,
    body: string = source,
  ): Block[] {
    const blocks: Block[] = [];
    for (let k = 0; k < count; k++) {
      const node = tree.children[k]!;
      const [start, end] = offsetsOf(node);
      const doc = extractProse(source, { type: 'root', children: [node] });
      if (base) {
        for (const u of doc.units) shiftUnit(u, base);
        for (const d of doc.directives) {
          d.start += base;
          d.end += base;
        }
      }
      const definitions: string[] = [];
      collectDefinitions(node, definitions);
      const block: Block = {
        type: node.type,
        start: start + base,
        end: end + base,
        lineStart: lineStartOf(body, start + base),
        units: doc.units,
        pending: 0,
        statements: doc.units.map(() => undefined),
        directives: doc.directives,
        definitions,
        frontMatter: doc.frontMatter,
        findings: [],
      };
      for (const u of doc.units) this.blockOf.set(u, block);
      blocks.push(block);
    }
    return blocks;
  }

  private language(
    blocks: readonly Block[],
    input: LintInput,
    frontMatter: string | undefined,
  ): { lang: Lang; source: LintResult['langSource'] } {
    return documentLanguage(
      { directives: allDirectives(blocks), frontMatter },
      input.config,
      this.options.lang,
      () => {
        const sum = { en: 0, nl: 0 };
        for (const b of blocks) {
          if (!b.scores) {
            b.scores = { en: 0, nl: 0 };
            for (const u of b.units) {
              const s = languageScores(u.text);
              b.scores.en += s.en;
              b.scores.nl += s.nl;
            }
          }
          sum.en += b.scores.en;
          sum.nl += b.scores.nl;
        }
        return sum;
      },
    );
  }

  /** Analyse (where needed) and check a block under `heading`; gives the heading after it. */
  private analyseBlock(
    state: State,
    block: Block,
    heading: Statement | undefined,
  ): Statement | undefined {
    this.settle(block);
    if (heading) {
      const owner = this.blockOf.get(heading.unit);
      if (owner) this.settle(owner);
    }
    block.headingIn = heading;
    const findings: Finding[] = [];
    for (let k = 0; k < block.units.length; k++) {
      const unit = block.units[k]!;
      let statements = block.statements[k];
      if (!statements) {
        block.headerCache ??= new Map();
        statements = analyseUnit(unit, state.lang, state.config, block.headerCache);
        block.statements[k] = statements;
      }
      for (const f of checkUnit(statements, heading, state.config, state.lines, state.eol)) {
        findings.push(copyFinding(f, copyPosition));
      }
      if (unit.kind === 'heading') heading = statements[statements.length - 1] ?? heading;
    }
    block.findings = findings;
    block.headingOut = heading;
    return heading;
  }

  /** Apply a block's pending shift to its units. */
  private settle(block: Block): void {
    if (block.pending === 0) return;
    for (const u of block.units) shiftUnit(u, block.pending);
    block.pending = 0;
  }
}

/** The result: findings with positions recomputed, suppressions applied, sorted. */
function output(state: State): LintResult {
  const { lines, bom } = state;
  const suppressions = new Suppressions(allDirectives(state.blocks), lines);
  const at = (p: Position): Position => lines.position(p.offset - bom);
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const block of state.blocks) {
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

function allDirectives(blocks: readonly Block[]): Directive[] {
  const out: Directive[] = [];
  for (const b of blocks) for (const d of b.directives) out.push(d);
  return out;
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

/** A copy of a block whose end moved by `delta`, with new directives (code and HTML only). */
function moved(block: Block, delta: number, directives: Directive[]): Block {
  return { ...block, end: block.end + delta, directives, findings: [] };
}

/** Move a block after an edit by `delta`; finding positions at or after `threshold` move too. */
function shiftBlock(block: Block, delta: number, threshold: number, bom: number): void {
  if (delta === 0) return;
  block.start += delta;
  block.end += delta;
  block.lineStart += delta;
  block.pending += delta;
  for (const d of block.directives) {
    d.start += delta;
    d.end += delta;
  }
  const min = threshold + bom;
  for (const f of block.findings) {
    movePosition(f.range.start, delta, min);
    movePosition(f.range.end, delta, min);
    movePosition(f.statement.start, delta, min);
    movePosition(f.statement.end, delta, min);
    for (const s of f.spans) {
      movePosition(s.range.start, delta, min);
      movePosition(s.range.end, delta, min);
    }
    for (const x of f.fixes) {
      for (const e of x.edits) {
        movePosition(e.range.start, delta, min);
        movePosition(e.range.end, delta, min);
      }
    }
  }
}

function movePosition(p: Position, delta: number, min: number): void {
  if (p.offset >= min) p.offset += delta;
}

function shiftUnit(u: ProseUnit, delta: number): void {
  const src = u.src;
  for (let i = 0; i < src.length; i++) src[i]! += delta;
  u.start += delta;
  u.end += delta;
  u.blockEnd += delta;
  if (u.cells) {
    for (const c of u.cells) {
      c.start += delta;
      c.end += delta;
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

/**
 * Parse `text` (a stretch of the document) so that references resolve as in the whole document:
 * definitions made elsewhere are appended. `count` is the number of nodes from `text` itself.
 */
function parseWithDefinitions(
  text: string,
  frontMatter: boolean,
  outside: () => string[],
): (Root & { count: number; source: string }) | undefined {
  const defs = text.includes('[') ? [...new Set(outside())] : [];
  const source = defs.length ? text + '\n\n' + defs.map(syntheticDefinition).join('\n\n') : text;
  const tree = parseMarkdown(source, frontMatter);
  const kids = tree.children;
  const first = kids.findIndex((k) => offsetsOf(k)[0] >= text.length);
  const count = first < 0 ? kids.length : first;
  if (!syntheticOk(kids.slice(count), defs)) return undefined;
  return Object.assign(tree, { count, source });
}

/**
 * A first line `---` that opens no front matter (it is never closed). The front matter parser
 * then leaves the rest of the document unable to start lists or block quotes, so no part of it
 * can be parsed on its own.
 */
function unclosedFrontMatter(body: string, blocks: readonly Block[]): boolean {
  return /^---[ \t]*(?:\r|\n|$)/.test(body) && blocks[0]?.type !== 'yaml';
}

/**
 * Is the edit inside the content of a closed fenced code block, and does it leave the block
 * closed by the same fence? Then the block only grows or shrinks.
 */
function fencedCodeKeeps(old: string, body: string, block: Block, c: TextChange): boolean {
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(
    old.slice(block.lineStart, contentEnd(old, block.start)),
  );
  if (!open) return false;
  const fence = open[1]!;
  const closeStart = lineStartOf(old, block.end);
  if (closeStart <= block.start || contentEnd(old, closeStart) !== block.end) return false;
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
function htmlKeeps(old: string, body: string, block: Block, c: TextChange): boolean {
  const first = old.slice(block.lineStart, contentEnd(old, block.start)).replace(/^ {0,3}/, '');
  if (c.offset < nextLineStart(old, block.start) || contentEnd(old, block.end) !== block.end) {
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
  if (after <= old.length && !isBlank(old.slice(after, contentEnd(old, after)))) return false;
  return everyLine(body, c.offset, to, (line) => !isBlank(line));
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

function hasLineEnding(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/** Does `test` hold for every line of `text` that holds a character of [from, to]? */
function everyLine(text: string, from: number, to: number, test: (line: string) => boolean) {
  let start = lineStartOf(text, from);
  for (;;) {
    const end = contentEnd(text, start);
    if (!test(text.slice(start, end))) return false;
    if (end >= to) return true;
    start = nextLineStart(text, start);
    if (start > text.length) return true;
  }
}

function offsetsOf(node: Nodes): [number, number] {
  return [node.position?.start.offset ?? 0, node.position?.end.offset ?? 0];
}

function collectDefinitions(node: RootContent, into: string[]): void {
  switch (node.type) {
    case 'definition':
      into.push(`l${node.identifier}`);
      return;
    case 'footnoteDefinition':
      into.push(`f${node.identifier}`);
      for (const c of node.children) collectDefinitions(c, into);
      return;
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const c of node.children) collectDefinitions(c, into);
      return;
    default:
      return;
  }
}

function definitionsOf(blocks: readonly Block[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) for (const d of blocks[k]!.definitions) out.push(d);
  return out;
}

/** A definition that makes references to `id` resolve, as the real one elsewhere does. */
function syntheticDefinition(id: string): string {
  return id.startsWith('f') ? `[^${id.slice(1)}]: x` : `[${id.slice(1)}]: x`;
}

/** Did the synthetic definitions parse as exactly those definitions? */
function syntheticOk(nodes: RootContent[], defs: string[]): boolean {
  if (nodes.length !== defs.length) return false;
  return nodes.every((n, k) => {
    const got: string[] = [];
    collectDefinitions(n, got);
    return got.length === 1 && got[0] === defs[k];
  });
}

function sameSet(a: string[], b: string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Index of the first element satisfying a predicate that is monotone over the array. */
function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lineStartOf(text: string, offset: number): number {
  let o = offset;
  while (o > 0) {
    const c = text.charCodeAt(o - 1);
    if (c === 10 || c === 13) break;
    o--;
  }
  return o;
}

/** Where the line holding `offset` ends, before its line ending. */
function contentEnd(text: string, offset: number): number {
  for (let o = offset; o < text.length; o++) {
    const c = text.charCodeAt(o);
    if (c === 10 || c === 13) return o;
  }
  return text.length;
}

/** Offset just past the line ending of the line holding `offset` (text length + 1 on the last line). */
function nextLineStart(text: string, offset: number): number {
  const end = contentEnd(text, offset);
  if (end >= text.length) return text.length + 1;
  return text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
}

/** Where the line ending before the line starting at `lineStart` begins. */
function lineEndingBefore(text: string, lineStart: number): number {
  return text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13
    ? lineStart - 2
    : lineStart - 1;
}

/** Does `c` turn `old` into `text`? */
function describes(c: TextChange, old: string, text: string): boolean {
  const end = c.offset + c.deleteLength;
  return (
    Number.isInteger(c.offset) &&
    Number.isInteger(c.deleteLength) &&
    c.offset >= 0 &&
    c.deleteLength >= 0 &&
    end <= old.length &&
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
