// Incremental linting, and the one lint: `lint` is this linter run from an empty document
// (`lintFull`). After an edit, re-parse only the top-level blocks around it (window.ts), the edited
// row of a table (table.ts) or items of a list (list.ts), or nothing (in-block.ts: code, HTML),
// and reuse the prose units, statements and findings of the others (state.ts, findings.ts). The
// result always equals a lint from scratch: whenever that cannot be guaranteed, the document is
// linted in full.
//
// Cost per update: the re-parsed blocks, plus passes over contiguous arrays (block offsets, line
// starts) and over the few blocks that hold findings or directives. Block objects elsewhere are
// not touched: in a long document, visiting them all costs more than the parse (cache misses).
import type { Finding, Lang } from '../types';
import { LineIndex } from '../text/lines';
import { budgetFor, costChange, textCost } from '../markdown/budget';
import { parseBlocks, unclosedFrontMatter } from '../markdown/blocks';
import type { Statement } from '../analysis';
import { analyseUnit, blocksWithCxNote, checkUnit, lineEnding, unreadableProblems } from '../check';
import { documentLanguage } from '../lang';
import { prepareInput } from '../input';
import type { LintOptions, LintResult } from '../engine';
import { applyChange, describes, diff, type TextChange } from './text-change';
import {
  addScores,
  blockScores,
  countDefinitions,
  holdsHeading,
  settle,
  track,
  type Plan,
  type State,
  type UpdateKind,
} from './state';
import { copyFinding, copyPosition, directivesOf, output, shiftNotable } from './findings';
import { windowPlan } from './window';
import { inBlockPlan } from './in-block';

export { applyChange, diff, type TextChange, type UpdateKind };

/**
 * Lints one document as it is edited. `update` gives exactly what `lint(newText, options)` gives,
 * usually re-parsing only the blocks around the edit.
 */
export class IncrementalLinter {
  private text = '';
  private state: State | undefined;
  /** Whether the last full lint kept what updates reuse (statements, findings to move). */
  private keep = true;
  /** How the last call was handled. */
  lastUpdate: UpdateKind = 'full';

  constructor(private readonly options: LintOptions = {}) {}

  /**
   * Lint `text` from scratch. `keep: false` is for a lint no update follows (`lint`): what only
   * updates reuse (the statements of every unit, a copy of every finding) is not kept, and the
   * findings are given as they were made (their positions are current).
   */
  lintFull(text: string, keep = true): LintResult {
    this.text = text;
    this.keep = keep;
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
    };
    for (const p of placed) countDefinitions(state, p.block, 1);
    ({ lang: state.lang, source: state.langSource } = this.language(state));
    let heading: Statement | undefined;
    for (let k = 0; k < state.blocks.length; k++) heading = this.analyse(state, k, heading, true);
    // Blocks sharing a line would break the window logic: such a document is always linted in full,
    // as is one with text the parser could not read (its pieces were read apart).
    const unreadable = parsed.flatMap((b) =>
      b.unreadable ? [{ start: b.start, end: b.end, reason: b.unreadable }] : [],
    );
    const { ends, lineStarts } = state;
    if (
      keep &&
      unreadable.length === 0 &&
      lineStarts.every((s, k) => k === 0 || s >= ends[k - 1]!) &&
      !unclosedFrontMatter(input.body, state.blocks[0]?.type)
    ) {
      this.state = state;
    }
    const result = output(state, !keep);
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
    const cost = (state.cost ??= textCost(state.body)) + costChange(state.body, body, edit);
    if (cost > budgetFor(body.length)) return this.lintFull(newText);
    const plan = inBlockPlan(state, body, edit) ?? windowPlan(state, body, edit);
    // Past this point the state changes: a failed check means a full lint from scratch.
    const result = plan && this.commit(state, body, edit, plan);
    if (!result) return this.lintFull(newText);
    state.cost = cost;
    this.text = newText;
    this.lastUpdate = plan.kind;
    return result;
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

  /**
   * Analyse (where needed) and check block `k` under `heading`; gives the heading after it.
   * `placed`: every block's units are at its start (a full lint), so none has to be moved.
   */
  private analyse(
    state: State,
    k: number,
    heading: Statement | undefined,
    placed = false,
  ): Statement | undefined {
    const block = state.blocks[k]!;
    if (!placed) settle(block, state.starts[k]!);
    if (heading && !placed) {
      // The heading's block: the nearest one above that holds a heading. Spans may point into it.
      let h = k - 1;
      while (h > 0 && !state.headings[h]) h--;
      if (h >= 0) settle(state.blocks[h]!, state.starts[h]!);
    }
    block.headingIn = heading;
    // A CX note right after a unit's block scopes its claims; the note may be in a later block.
    // (A block without units skips the search: a run of them is searched once, not once each.)
    let next = k + 1;
    while (block.units.length && next < state.blocks.length && !state.blocks[next]!.units.length) {
      next++;
    }
    const after = block.units.length ? state.blocks[next] : undefined;
    if (after && !placed) settle(after, state.starts[next]!);
    const noted = blocksWithCxNote(after ? [...block.units, after.units[0]!] : block.units);
    const findings: Finding[] = [];
    for (let u = 0; u < block.units.length; u++) {
      const unit = block.units[u]!;
      let statements = block.statements[u];
      if (!statements) {
        block.headerCache ??= new Map();
        statements = analyseUnit(unit, state.lang, state.config, block.headerCache);
        if (this.keep) block.statements[u] = statements;
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
        findings.push(this.keep ? copyFinding(f, copyPosition) : f);
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
