// Incremental linting: after an edit, re-parse only the top-level blocks around it and reuse the
// prose units, statements and findings of the others. The result always equals a full `lint`:
// whenever that cannot be guaranteed, the document is linted in full.
import type { Nodes, Root, RootContent } from 'mdast';
import type { Finding, Lang, Position, Range } from './types';
import { LineIndex } from './text/lines';
import { extractProse, parseMarkdown, type Directive, type ProseUnit } from './markdown/parse';
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

/** How an update was handled (for tests and benchmarks). */
export type UpdateKind = 'full' | 'incremental' | 'unchanged';

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
  statements: Statement[][];
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
  lang: Lang;
  langSource: LintResult['langSource'];
  eol: string;
  frontMatter?: string;
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
    const state: State = {
      ...input,
      blocks,
      lang,
      langSource: source,
      eol: lineEnding(input.body),
      frontMatter,
    };
    const lines = new LineIndex(input.body, input.bom);
    let heading: Statement | undefined;
    for (const block of blocks) heading = this.analyseBlock(state, block, heading, lines);
    // Blocks sharing a line would break the window logic: such a document is always linted in full.
    this.state =
      blocks.every((b, k) => k === 0 || b.lineStart >= blocks[k - 1]!.end) &&
      !unclosedFrontMatter(input.body, blocks)
        ? state
        : undefined;
    return output(state, lines);
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
      return output(state, new LineIndex(state.body, state.bom));
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
    const result = this.incremental(state, bom ? newText.slice(1) : newText, {
      offset: c.offset - bom,
      deleteLength: c.deleteLength,
      insertText: c.insertText,
    });
    if (!result) return this.lintFull(newText);
    this.text = newText;
    this.lastUpdate = 'incremental';
    return result;
  }

  /** The incremental path; undefined when only a full lint is sure to be right. */
  private incremental(state: State, body: string, c: TextChange): LintResult | undefined {
    const old = state.body;
    const blocks = state.blocks;
    const e0 = c.offset;
    const e1 = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;
    if (lineEnding(body) !== state.eol) return undefined;

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
      const outside =
        b < blocks.length
          ? [...definitionsOf(blocks, 0, lo), ...definitionsOf(blocks, b + 1, blocks.length)]
          : definitionsOf(blocks, 0, lo);
      const defs = text.includes('[') ? [...new Set(outside)] : [];
      const source = defs.length
        ? text + '\n\n' + defs.map(syntheticDefinition).join('\n\n')
        : text;
      const tree = parseMarkdown(source, windowStart === 0);
      const kids = tree.children;
      const count = kids.findIndex((k) => offsetsOf(k)[0] >= text.length);
      const n = count < 0 ? kids.length : count;
      if (!syntheticOk(kids.slice(n), defs)) return undefined;
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
      parsed = { tree, source, count: n };
    }
    if (!parsed) return undefined;
    const hi = Math.min(b, blocks.length - 1);

    // The new blocks, in the new text's offsets.
    const fresh = this.makeBlocks(parsed.tree, parsed.source, windowStart, parsed.count, body);
    const oldWindow = blocks.slice(lo, hi + 1);
    if (windowStart === 0) {
      const frontMatter = fresh.find((x) => x.frontMatter !== undefined)?.frontMatter;
      if (frontMatter !== state.frontMatter || unclosedFrontMatter(body, fresh)) return undefined;
    }
    const oldDefs = definitionsOf(oldWindow, 0, oldWindow.length);
    const newDefs = definitionsOf(fresh, 0, fresh.length);
    if (oldDefs.length || newDefs.length) {
      const outside = [
        ...definitionsOf(blocks, 0, lo),
        ...definitionsOf(blocks, hi + 1, blocks.length),
      ];
      if (!sameSet([...outside, ...oldDefs], [...outside, ...newDefs])) return undefined;
    }
    const next = [...blocks.slice(0, lo), ...fresh, ...blocks.slice(hi + 1)];
    const input: LintInput = { body, bom: state.bom, config: state.config };
    const { lang, source } = this.language(next, input, state.frontMatter);
    if (lang !== state.lang) return undefined;

    // Commit: shift the blocks after the window, then analyse the new ones.
    const oldWindowEnd = hi >= 0 ? (blocks[hi]?.end ?? 0) : 0;
    const threshold = Math.max(oldWindowEnd, e1);
    for (let k = hi + 1; k < blocks.length; k++)
      shiftBlock(blocks[k]!, delta, threshold, state.bom);
    state.body = body;
    state.blocks = next;
    state.langSource = source;
    const lines = new LineIndex(body, state.bom);
    let heading = lo > 0 ? next[lo - 1]!.headingOut : undefined;
    for (const block of fresh) heading = this.analyseBlock(state, block, heading, lines);
    // A changed heading reaches the blocks up to the next heading.
    for (let k = lo + fresh.length; k < next.length; k++) {
      const block = next[k]!;
      if (block.headingIn === heading) break;
      heading = this.analyseBlock(state, block, heading, lines);
    }
    return output(state, lines);
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
        statements: [],
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
    blocks: Block[],
    input: LintInput,
    frontMatter: string | undefined,
  ): { lang: Lang; source: LintResult['langSource'] } {
    return documentLanguage(
      { directives: blocks.flatMap((b) => b.directives), frontMatter },
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

  /** Analyse (once) and check a block under `heading`; gives the heading after it. */
  private analyseBlock(
    state: State,
    block: Block,
    heading: Statement | undefined,
    lines: LineIndex,
  ): Statement | undefined {
    this.settle(block);
    if (heading) {
      const owner = this.blockOf.get(heading.unit);
      if (owner) this.settle(owner);
    }
    if (block.statements.length !== block.units.length) {
      const headerCache = new Map<number, Statement | undefined>();
      block.statements = block.units.map((u) =>
        analyseUnit(u, state.lang, state.config, headerCache),
      );
    }
    block.headingIn = heading;
    const findings: Finding[] = [];
    block.units.forEach((unit, k) => {
      const statements = block.statements[k]!;
      for (const f of checkUnit(statements, heading, state.config, lines, state.eol)) {
        findings.push(copyFinding(f, (p) => ({ ...p })));
      }
      if (unit.kind === 'heading') heading = statements[statements.length - 1] ?? heading;
    });
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
function output(state: State, lines: LineIndex): LintResult {
  const directives = state.blocks.flatMap((b) => b.directives);
  const suppressions = new Suppressions(directives, lines);
  const at = (p: Position): Position => lines.position(p.offset - state.bom);
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const block of state.blocks) {
    for (const stored of block.findings) {
      const f = copyFinding(stored, at);
      if (
        suppressions.isSuppressed(f.ruleId, f.range.start.offset - state.bom, f.range.start.line)
      ) {
        suppressed++;
      } else findings.push(f);
    }
  }
  sortFindings(findings);
  return { findings, lang: state.lang, langSource: state.langSource, suppressed, problems: [] };
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
  const move = (p: Position): void => {
    if (p.offset - bom >= threshold) p.offset += delta;
  };
  for (const f of block.findings) {
    forEachRange(f, (r) => {
      move(r.start);
      move(r.end);
    });
  }
}

function forEachRange(f: Finding, fn: (r: Range) => void): void {
  fn(f.range);
  fn(f.statement);
  for (const s of f.spans) fn(s.range);
  for (const x of f.fixes) for (const e of x.edits) fn(e.range);
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

/**
 * A first line `---` that opens no front matter (it is never closed). The front matter parser
 * then leaves the rest of the document unable to start lists or block quotes, so no part of it
 * can be parsed on its own.
 */
function unclosedFrontMatter(body: string, blocks: readonly Block[]): boolean {
  return /^---[ \t]*(?:\r|\n|$)/.test(body) && blocks[0]?.type !== 'yaml';
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

/** Index of the first block satisfying a predicate that is monotone over the blocks. */
function firstIndex(blocks: readonly Block[], pred: (b: Block) => boolean): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(blocks[mid]!)) hi = mid;
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

/** Offset just past the line ending of the line holding `offset` (text length + 1 on the last line). */
function nextLineStart(text: string, offset: number): number {
  for (let o = offset; o < text.length; o++) {
    const c = text.charCodeAt(o);
    if (c === 10) return o + 1;
    if (c === 13) return text.charCodeAt(o + 1) === 10 ? o + 2 : o + 1;
  }
  return text.length + 1;
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
