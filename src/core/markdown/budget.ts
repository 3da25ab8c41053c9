// How much work the parser will do on a text, estimated before it is given the text, so that
// every input is read in bounded time or reported where it is not read.
//
// micromark's time is not proportional to the length of its input. Some text costs far more per
// character than prose (a run of `[`, block quotes or list items on every line), and inline
// constructs within one paragraph look back or ahead over each other (nested emphasis, brackets,
// code-span openers, `<`), which is quadratic in their number. A linear scan counts what drives
// those costs, group by group (text between blank lines, where the parser starts afresh), in
// units of about one character of prose. Groups are read in order while their cost stays within
// the document's budget (`budgetFor`); a group that would pass it is not read. Each stretch not
// read is reported at its place (see `Unreadable` in parse.ts). The decision
// depends only on the text, never on a clock: the same document gives the same result on a busy
// machine.
import { isBlankLineAt, lineEndOf, lineStartOf, nextLineAt } from '../text/lines';

/** A stretch of text and its estimated parse cost. */
export interface Group {
  start: number;
  /** Just after the group's blank line (or the end of the text). */
  end: number;
  cost: number;
}

/**
 * The weights of the cost model, in units of about one character of prose (a unit is about a
 * microsecond of linting on a 2-core machine; `npm run bench:shapes` shows time against cost).
 */
export const WEIGHTS = {
  /** A line: the parser and the engine do work per line (prefixes, line endings, positions). */
  line: 8,
  /** A blank line. */
  blankLine: 2,
  /** ASCII punctuation: the parser may try a construct at it. */
  mark: 1,
  /**
   * A character that starts a construct the parser works hard on: brackets, `!`, `<`, `&`, `\`,
   * and a run of backticks or emphasis markers (events, look-ahead, attempts that fail).
   */
  costly: 8,
  /** A cell of a table row (a `|` in a table). */
  cell: 8,
  /** A block quote or list level carried by a line: each line checks each open container. */
  container: 6,
  /** The square of the nesting of list items on a line (mdast prepares lists per level). */
  listSquare: 0.1,
  /** A link reference definition (the document is then parsed whole). */
  definition: 100,
  /**
   * A character of the paragraph that an inline closer scans back over or that a match moves:
   * micromark looks back from a `]` to its `[` (to the paragraph's start when there is none) and
   * from a run of `*`, `_` or `~` to an opener, and splices the paragraph's events at each match
   * (nested emphasis or images are quadratic). A setext underline likewise looks back over the
   * group.
   */
  scan: 0.1,
  /** How much more an image's match costs than a link's (see `scan`). */
  image: 10,
  /**
   * A character of the paragraph that an unclosed inline HTML comment, instruction, CDATA section
   * or declaration (`<!--`, `<?`, `<![CDATA[`, `<!X`) scans ahead over: micromark looks for its
   * end from every opener to the end of the paragraph (about 26 ns a character).
   */
  htmlScan: 0.03,
};

/**
 * The most a document may cost per character of its length, where the length counts as at least
 * 1 MB. Ordinary writing costs one to two units per character (prose about 1.1, a long list or
 * table of requirements up to 1.9), so it is always read in full; dense markup is read up to the
 * budget, and what is super-linear in the parser is not read past a small size.
 */
export const DENSITY = 2;
export const MIN_LENGTH = 1 << 20;

/**
 * The budget in force. The benchmark and the tests that compare with an unbounded read set
 * `density` to Infinity; nothing else changes it.
 */
export const readBudget = { density: DENSITY };

/** The budget of a text of `length` characters. */
export function budgetFor(length: number): number {
  return readBudget.density * Math.max(length, MIN_LENGTH);
}

/** Character classes of ASCII: punctuation the parser may treat as markup, and costly marks. */
const MARK = 1;
const COSTLY = 2;
const CLASS = new Uint8Array(128);
for (const c of '!"#$%&\'()*+-/:;<=>?@[\\]^_`{|}~') CLASS[c.charCodeAt(0)] = MARK;
for (const c of '[]!<&\\`*_~') CLASS[c.charCodeAt(0)] = MARK | COSTLY;

/** ASCII punctuation that micromark may treat as markup (events, attempts at constructs). */
function isMark(c: number): boolean {
  return c < 128 && (CLASS[c]! & MARK) !== 0;
}

/** A space, tab or line ending (or the edge of the text). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** A line of only `=` or only `-` (with spaces): a setext underline after paragraph text. */
function isUnderline(text: string, from: number, to: number): boolean {
  let c0 = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    if (c !== 61 && c !== 45) return false;
    if (c0 && c !== c0) return false;
    c0 = c;
  }
  return c0 !== 0;
}

/** Where YAML front matter at the start of `text` ends (after its closing line); 0 if none. */
function frontMatterEnd(text: string): number {
  const isFence = (from: number, to: number): boolean => {
    const line = text.slice(from, to).trimEnd();
    return line === '---' || (from > 0 && line === '...');
  };
  const eol = lineEndOf(text, 0);
  if (!isFence(0, eol) || eol >= text.length) return 0;
  for (let i = nextLineAt(text, eol); i < text.length;) {
    const end = lineEndOf(text, i);
    if (isFence(i, end)) return nextLineAt(text, end);
    i = nextLineAt(text, end);
  }
  return 0;
}

/** Whether a run of `*`, `_` or `~` between `before` and `after` can open and can close. */
function flanking(c: number, before: number, after: number): [boolean, boolean] {
  const punctBefore = isMark(before);
  const punctAfter = isMark(after);
  const left = !isSpace(after) && (!punctAfter || isSpace(before) || punctBefore);
  const right = !isSpace(before) && (!punctBefore || isSpace(after) || punctAfter);
  if (c !== 95 /* _ */) return [left, right];
  return [left && (!right || punctBefore), right && (!left || punctAfter)];
}

/**
 * The groups of `text` with their estimated cost: stretches of lines with text, each up to a
 * blank line, and the blank lines between them (where the parser starts afresh). Linear in the
 * length of the text: each character is looked at once or twice.
 */
export function costGroups(text: string): Group[] {
  const groups: Group[] = [];
  const n = text.length;
  let start = 0;
  let cost = 0;
  /** The current group holds lines with text (else only blank lines, or nothing yet). */
  let content = false;
  // The current paragraph (reset where a new block starts): where it starts, the open `[` (the
  // last one's offset), and the length of open emphasis runs that a later run could close.
  let paraStart = 0;
  let openLabels = 0;
  let openImages = 0;
  let lastLabel = -1;
  let openRuns = 0;
  // Inline HTML openers not yet closed, by kind (comment, instruction, CDATA, declaration): how
  // many, and the sum of their offsets; each scans ahead to the paragraph's end.
  const htmlOpen = [0, 0, 0, 0];
  const htmlSum = [0, 0, 0, 0];
  let htmlScan = 0;
  let htmlOpened = false;
  const inlineHtml = (j: number, c: number): void => {
    const k = htmlKind(text, j);
    if (k >= 0) {
      htmlOpen[k]!++;
      htmlSum[k]! += j;
      htmlOpened = true;
    } else if (c === 62) closeHtml(text, j, htmlOpen, htmlSum);
  };
  let inTable = false;
  let prevText = false;
  const endParagraph = (at: number): void => {
    if (htmlOpened) {
      for (let k = 0; k < 4; k++) {
        htmlScan += htmlOpen[k]! * at - htmlSum[k]!;
        htmlOpen[k] = 0;
        htmlSum[k] = 0;
      }
      htmlOpened = false;
    }
    paraStart = at;
    openLabels = 0;
    openImages = 0;
    lastLabel = -1;
    openRuns = 0;
  };
  const endGroup = (end: number): void => {
    endParagraph(end);
    cost += WEIGHTS.htmlScan * htmlScan;
    htmlScan = 0;
    groups.push({ start, end, cost: Math.round(cost) });
    start = end;
    cost = 0;
    inTable = false;
    prevText = false;
  };
  // Front matter is read as raw text.
  let i = frontMatterEnd(text);
  if (i > 0) {
    cost += i;
    content = true;
  }
  while (i < n) {
    // A line: its container prefix (quotes, list markers, indentation), then its content.
    const lineStart = i;
    let quotes = 0;
    let items = 0;
    let indent = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32) indent++;
      else if (c === 9) indent += 4;
      else if (c === 62 /* > */) quotes++;
      else {
        const m = markerEnd(text, i);
        if (m < 0) break;
        items++;
        i = m;
        continue;
      }
      i++;
    }
    const contentStart = i;
    let eol = i;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    let next = eol;
    if (text.charCodeAt(next) === 13) next++;
    if (next < n && text.charCodeAt(next) === 10) next++;
    const blank = eol === contentStart && quotes === 0 && items === 0;
    if (blank) {
      // Blank lines: a group of their own, cheap.
      if (content) endGroup(lineStart);
      content = false;
      cost += next - lineStart + WEIGHTS.blankLine;
      i = next;
      continue;
    }
    if (!content && lineStart > start) endGroup(lineStart);
    content = true;
    const first = text.charCodeAt(contentStart);
    // A new block starts here (a list item, a heading, a table row): inline state resets.
    if (items > 0 || first === 35 /* # */ || inTable) endParagraph(contentStart);
    let scan = 0;
    if (prevText && items === 0 && isUnderline(text, contentStart, eol)) {
      scan += contentStart - start;
      endParagraph(eol);
    }
    let marks = 0;
    let costly = 0;
    let pipes = 0;
    let delimiterRow = true;
    // An HTML block is read raw, a definition is costly.
    const html = first === 60 /* < */ && htmlBlockStart(text, contentStart, eol);
    if (html) {
      costly++;
      // Its text is not counted as markup, but it may be a paragraph with inline HTML.
      for (let j = contentStart; j < eol; j++) {
        const c = text.charCodeAt(j);
        if (c === 60 || c === 62) inlineHtml(j, c);
      }
    }
    if (first === 91 /* [ */) {
      let j = contentStart;
      while (j < eol - 1 && !(text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 58)) j++;
      if (j < eol - 1) cost += WEIGHTS.definition;
    }
    for (let j = html ? eol : contentStart; j < eol;) {
      const c = text.charCodeAt(j);
      if (!isMark(c)) {
        if (c !== 32 && c !== 9) delimiterRow = false;
        j++;
        continue;
      }
      marks++;
      if (CLASS[c]! & COSTLY) costly++;
      if (c === 92 /* \ */ && isMark(text.charCodeAt(j + 1))) {
        // An escape: the next character is text.
        j += 2;
        continue;
      }
      if (c === 124 /* | */) pipes++;
      else if (c !== 45 && c !== 58) delimiterRow = false;
      if (c === 60 /* < */ || c === 62 /* > */) inlineHtml(j, c);
      if (c === 96 /* ` */ || c === 42 || c === 95 || c === 126) {
        // A run of backticks or emphasis markers is one sequence.
        let end = j + 1;
        while (end < eol && text.charCodeAt(end) === c) end++;
        if (c !== 96) {
          // A closer looks back for an opener (to the paragraph's start when none is open), and
          // each match splices the paragraph's events.
          const length = end - j;
          const [opens, closes] = flanking(c, text.charCodeAt(j - 1), text.charCodeAt(end));
          if (closes) {
            scan += (j - paraStart) * (openRuns > 0 ? Math.min(length, openRuns) : 1);
            openRuns = Math.max(0, openRuns - length);
          }
          if (opens) openRuns += length;
        }
        j = end;
        continue;
      }
      if (c === 91 /* [ */) {
        openLabels++;
        if (text.charCodeAt(j - 1) === 33 /* ! */) openImages++;
        lastLabel = j;
      } else if (c === 93 /* ] */) {
        const after = text.charCodeAt(j + 1);
        // A likely link or image (`](`, `][`) is matched and spliced (an image, which may hold
        // images, is resolved again at each level); otherwise the look-back goes to the last open
        // `[`, or to the paragraph's start when none is open.
        if (openLabels > 0 && (after === 40 || after === 91)) {
          scan += (j - paraStart) * (openImages > 0 ? WEIGHTS.image : 1);
        } else scan += j - (openLabels > 0 ? lastLabel : paraStart);
        if (openLabels > 0) openLabels--;
        if (openImages > openLabels) openImages = openLabels;
      }
      j++;
    }
    if (pipes > 0 && delimiterRow && eol > contentStart) {
      inTable = true;
      endParagraph(eol);
    }
    const levels = quotes + items + (indent >> 1);
    const nestedItems = items + (items > 0 ? indent >> 1 : 0);
    cost +=
      next -
      lineStart +
      WEIGHTS.line +
      WEIGHTS.mark * marks +
      WEIGHTS.costly * costly +
      (inTable ? WEIGHTS.cell * pipes : 0) +
      WEIGHTS.container * levels +
      WEIGHTS.listSquare * nestedItems * nestedItems +
      WEIGHTS.scan * scan;
    prevText = eol > contentStart;
    i = next;
  }
  if (i > start || groups.length === 0) endGroup(n);
  return groups;
}

/** Tag names that start an HTML block wherever they stand (CommonMark kinds 1 and 6). */
const BLOCK_TAGS = new Set(
  (
    'pre script style textarea address article aside base basefont blockquote body caption ' +
    'center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu ' +
    'menuitem nav noframes ol optgroup option p param search section summary table tbody td ' +
    'tfoot th thead title tr track ul'
  ).split(' '),
);

/**
 * Whether the line from `<` at `from` to `eol` starts an HTML block, which the parser reads raw:
 * a comment, instruction, declaration or CDATA section, a block-level tag, or another tag alone
 * on its line. Otherwise it is a paragraph whose tags are inline markup.
 */
function htmlBlockStart(text: string, from: number, eol: number): boolean {
  const c = text.charCodeAt(from + 1);
  if (c === 33 /* ! */ || c === 63 /* ? */) return true;
  let i = from + 1 + (c === 47 /* / */ ? 1 : 0);
  const nameStart = i;
  for (; i < eol; i++) {
    const d = text.charCodeAt(i) | 32;
    if (!((d >= 97 && d <= 122) || (i > nameStart && ((d >= 48 && d <= 57) || d === 45)))) break;
  }
  if (i === nameStart) return false;
  if (BLOCK_TAGS.has(text.slice(nameStart, i).toLowerCase())) return true;
  // Kind 7: one tag, then only white space.
  let end = eol;
  while (end > i && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (text.charCodeAt(end - 1) !== 62 /* > */) return false;
  for (let j = i; j < end - 1; j++) if (text.charCodeAt(j) === 62) return false;
  return true;
}

/** The kind of inline HTML that opens at `<` at `i` and scans ahead for its end; -1 if none. */
function htmlKind(text: string, i: number): number {
  if (text.charCodeAt(i) !== 60) return -1;
  const c = text.charCodeAt(i + 1);
  if (c === 63 /* ? */) return 1;
  if (c !== 33 /* ! */) return -1;
  if (text.startsWith('--', i + 2)) return 0;
  if (text.startsWith('[CDATA[', i + 2)) return 2;
  const d = text.charCodeAt(i + 2) | 32;
  return d >= 97 && d <= 122 ? 3 : -1;
}

/**
 * A `>` at `i` ends the first open inline HTML of the kinds it closes (`-->`, `?>`, `]]>`, `>`);
 * the openers after that one lie inside it and are never tried, so none of that kind stays open.
 */
function closeHtml(text: string, i: number, open: number[], sum: number[]): void {
  const close = (k: number): void => {
    open[k] = 0;
    sum[k] = 0;
  };
  close(3);
  if (text.charCodeAt(i - 1) === 63) close(1);
  if (text.charCodeAt(i - 1) === 45 && text.charCodeAt(i - 2) === 45) close(0);
  if (text.charCodeAt(i - 1) === 93 && text.charCodeAt(i - 2) === 93) close(2);
}

/** Just past a list item marker at `i` followed by a space or tab (or the line end); -1 if none. */
function markerEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let j = i;
  if (c === 45 || c === 42 || c === 43) j = i + 1;
  else {
    while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const d = text.charCodeAt(j);
    if (j === i || (d !== 46 && d !== 41)) return -1;
    j++;
  }
  const after = text.charCodeAt(j);
  return after === 32 || after === 9 ? j + 1 : -1;
}

/** A stretch of text that is not to be given to the parser. */
export interface OverBudget {
  start: number;
  end: number;
}

/**
 * The stretches of `text` not to read: groups are read in order while the cost of those read stays
 * within `budgetFor(text.length)`; a group that would take it past is not read (a later, cheaper
 * one still is). Empty for any text within the budget (nearly every real document).
 */
export function overBudget(text: string): OverBudget[] {
  const out: OverBudget[] = [];
  const budget = budgetFor(text.length);
  let total = 0;
  for (const g of costGroups(text)) {
    if (total + g.cost > budget) push(out, g.start, g.end);
    else total += g.cost;
  }
  return out;
}

function push(out: OverBudget[], start: number, end: number): void {
  const last = out[out.length - 1];
  if (last && last.end === start) last.end = end;
  else out.push({ start, end });
}

/** The estimated cost of the whole text (the sum of its groups). */
export function textCost(text: string): number {
  let total = 0;
  for (const g of costGroups(text)) total += g.cost;
  return total;
}

/**
 * How much the estimated cost changes when `change` turns `before` into `after`: the groups around
 * the edit (from a line with text after a blank line, to a blank line after text) are counted
 * again, in both texts. The cost of a text is the sum of its groups', so this is exact; it reads
 * the edited groups only, not the whole text.
 */
export function costChange(
  before: string,
  after: string,
  change: { offset: number; deleteLength: number; insertText: string },
): number {
  // Back to a line with text whose previous line is blank (or the start).
  let from = lineStartOf(before, change.offset);
  while (from > 0) {
    const prev = lineStartOf(before, from - 1);
    if (!isBlankLineAt(before, from) && isBlankLineAt(before, prev)) break;
    from = prev;
  }
  // On to a blank line after a line with text, past the edit's last line (or the end).
  let to = nextLineAt(before, change.offset + change.deleteLength);
  let prevText = !isBlankLineAt(before, lineStartOf(before, Math.max(0, to - 1)));
  while (to < before.length) {
    const blank = isBlankLineAt(before, to);
    if (blank && prevText) break;
    prevText = !blank;
    to = nextLineAt(before, to);
  }
  const delta = change.insertText.length - change.deleteLength;
  const old = from === 0 ? textCost(before.slice(0, to)) : sliceCost(before, from, to);
  const now =
    from === 0 ? textCost(after.slice(0, to + delta)) : sliceCost(after, from, to + delta);
  return now - old;
}

/** The cost of the groups in [from, to) of a text (from after a blank line: no front matter). */
function sliceCost(text: string, from: number, to: number): number {
  // A leading blank line keeps a slice from starting with front matter's `---`.
  return textCost(`\n${text.slice(from, to)}`) - 1 - WEIGHTS.blankLine;
}
