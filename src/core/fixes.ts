// Suggested fixes as plain text edits, in the statement's language.
import type { Fix, RuleId, TextEdit } from './types';
import type { LineIndex } from './text/lines';
import type { ProseUnit } from './markdown/prose';
import { sourceEnd } from './markdown/source-map';
import type { ScalarStyle } from './markdown/frontmatter';
import { fixText, format } from './messages';
import { ruleById, type FixContext } from './rules';
import { work } from './work';
import { bisect } from './text/bisect';

/** A finding, as the fixes are given it: what its rule's `fixes` sees, and where it is. */
export interface FixInput extends Omit<FixContext, 'edit' | 'text'> {
  ruleId: RuleId;
  lines: LineIndex;
}

/** All fixes for a finding: the rule's own (see rules/rule.ts), then "disable for this line". */
export function fixesFor(input: FixInput): Fix[] {
  const { ruleId, lines, ...finding } = input;
  const { lang, unit } = input;
  const rule = ruleById(ruleId);
  const texts = rule?.fixTexts ?? {};
  const fixes: Fix[] =
    rule?.fixes({
      ...finding,
      edit: (from, to, newText) => ({ range: lines.range(from, to), newText }),
      text: (key, args = {}) => {
        const entry = texts[key];
        return entry ? format(entry[lang], args) : key;
      },
    }) ?? [];
  const disable = disableFix(input);
  if (disable) fixes.push(disable);
  // In front matter, only what keeps the YAML valid: edits after the front matter (a note) and
  // the comment line of "disable for this line" go in as they are.
  const style = unit.frontMatter?.style;
  if (style) {
    const valueStart = lines.position(unit.start).offset;
    return fixes.filter(
      (f) =>
        f.kind === 'disable-line' ||
        f.edits.every(
          (e) =>
            e.range.start.offset >= unit.blockEnd ||
            fitsScalar(e.newText, style, e.range.start.offset === valueStart),
        ),
    );
  }
  return fixes;
}

/**
 * Can `text` go into a YAML scalar written in `style` as it is (`atStart`: at the start of the
 * value, where a plain scalar cannot begin with an indicator)?
 */
function fitsScalar(text: string, style: ScalarStyle, atStart: boolean): boolean {
  if (/[\r\n]/.test(text)) return false;
  switch (style) {
    case 'plain':
      return !/:\s|:$|\s#/.test(text) && !(atStart && /^[-?:,[\]{}#&*!|>'"%@`]/.test(text));
    case 'single':
      return !text.includes("'");
    case 'double':
      return !text.includes('"') && !text.includes('\\');
    case 'block':
      return true;
  }
}

/**
 * "Disable for this line" (the line the finding starts on): a `disable-next-line` comment on its
 * own line before a top-level paragraph or heading; otherwise a `disable-line` comment after the
 * line's last prose character, which keeps lists, quotes and tables intact.
 */
function disableFix(input: FixInput): Fix | undefined {
  const { ruleId, lang, unit, lines, eol } = input;
  const reason = fixText('disable-line.reason', lang);
  const line = lines.position(input.range[0]).line;
  const title = (kind: string): string => fixText(kind, lang, { rule: ruleId });
  if (unit.frontMatter) {
    // A YAML comment line before the key: only for a finding on the key's line.
    const keyStart = unit.frontMatter.keyStart;
    if (lines.position(keyStart).line !== line) return undefined;
    return {
      kind: 'disable-line',
      title: title('disable-line.title'),
      edits: [
        {
          range: lines.range(keyStart, keyStart),
          newText: `# ${NEXT_LINE} ${ruleId} -- ${reason}${eol}`,
        },
      ],
    };
  }
  if (unit.marker !== undefined) {
    // An admonition's title: a comment on a line of its own before the marker's line, behind the
    // same block quote markers (list markers become spaces), so it stays in the same container.
    const lineStart = lines.lineStart(lines.position(unit.marker).line);
    const prefix = lines.text.slice(lineStart, unit.marker).replace(/[^>\s]/g, ' ');
    return {
      kind: 'disable-line',
      title: title('disable-line.title'),
      edits: [
        {
          range: lines.range(unit.marker, unit.marker),
          newText: `<!-- ${NEXT_LINE} ${ruleId} -- ${reason} -->${eol}${prefix}`,
        },
      ],
    };
  }
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const firstLineOfBlock = lines.position(unit.start).line === line;
  // A line put between a `disable-next-line` comment and its line would take its place.
  const afterNextLine =
    line > 1 && lines.text.slice(lines.lineStart(line - 1), lineStart).includes(NEXT_LINE);
  let at: number;
  let text: string;
  if (
    !unit.nested &&
    unit.kind !== 'tableRow' &&
    firstLineOfBlock &&
    unit.start === lineStart &&
    !afterNextLine
  ) {
    at = lineStart;
    text = `<!-- uxcx-disable-next-line ${ruleId} -- ${reason} -->${eol}`;
  } else {
    // Just after the last prose character on this line: a comment at the start of a line would
    // open an HTML block and swallow the text after it, and one after a table's last pipe is lost.
    // (Inside the finding's range when the range goes on to the next line.)
    const end = proseEnd(unit, lineStart, lineEnd, lines.text);
    at = input.range[1] <= lineEnd ? Math.max(input.range[1], end) : end;
    text = ` <!-- uxcx-disable-line ${ruleId} -- ${reason} -->`;
  }
  // A `<!--` read as text (never closed) before the comment would pair with the comment's `-->`
  // and take in the directive: escaped, it reads the same and stays text. (Past MAX_ESCAPES of
  // them, the comment goes before the first one instead: it then disables that one's line.)
  const opens = commentOpensBefore(unit, at, lines.text);
  const escapes = opens.length > MAX_ESCAPES ? [] : [...opens].map((i) => unit.src[i]!);
  if (opens.length > MAX_ESCAPES) at = unit.src[opens[0]!]!;
  return {
    kind: 'disable-line',
    title: fixText('disable-line.title', lang, { rule: ruleId }),
    edits: [
      ...escapes.map((o): TextEdit => ({ range: lines.range(o, o), newText: '\\' })),
      { range: lines.range(at, at), newText: text },
    ],
  };
}

const NEXT_LINE = 'uxcx-disable-next-line';

/** The most `<!--` one disable-line fix escapes (each finding has its own fix). */
const MAX_ESCAPES = 64;

/**
 * Per unit, the text indices of the `<!--` it reads as text (not escaped, not decoded from a
 * character reference), in source order: found once, not per finding. Indices, not offsets: the
 * incremental linter moves a unit's offsets when text before it changes.
 */
const commentOpens = new WeakMap<ProseUnit, Int32Array>();

/** Text indices, in source order, of the `<!--` the unit reads as text before `at`. */
function commentOpensBefore(unit: ProseUnit, at: number, source: string): Int32Array {
  const { text, src } = unit;
  let opens = commentOpens.get(unit);
  if (!opens) {
    const found: number[] = [];
    for (let i = text.indexOf('<!--'); i >= 0; i = text.indexOf('<!--', i + 1)) {
      const o = src[i]!;
      if (!source.startsWith('<!--', o) || src[i + 3] !== o + 3) continue;
      let slashes = 0;
      while (source[o - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) found.push(i);
    }
    // In source order (the text order, unless `src` goes back somewhere).
    found.sort((x, y) => src[x]! - src[y]!);
    opens = Int32Array.from(found);
    commentOpens.set(unit, opens);
  }
  return opens.subarray(
    0,
    bisect(opens.length, (i) => src[opens[i]!]! >= at),
  );
}

/** Per unit: what finding a line's last prose character takes, once instead of per finding. */
interface ProseIndex {
  /** `unit.src` never decreases along the text, so a line's characters are a run of it. */
  sorted: boolean;
  /** Per text index i, the last index <= i of a character that is not white space (-1: none). */
  lastProse: Int32Array;
}

const proseIndexes = new WeakMap<ProseUnit, ProseIndex>();

function proseIndex(unit: ProseUnit): ProseIndex {
  let index = proseIndexes.get(unit);
  if (!index) {
    const { text, src } = unit;
    const lastProse = new Int32Array(text.length);
    let sorted = true;
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      work.engineSteps++;
      if (!/\s/.test(text[i]!)) last = i;
      lastProse[i] = last;
      if (i > 0 && src[i]! < src[i - 1]!) sorted = false;
    }
    index = { sorted, lastProse };
    proseIndexes.set(unit, index);
  }
  return index;
}

/**
 * Source offset just after the unit's last prose (not white space) character whose source offset
 * is in [lineStart, lineEnd), past the whole character reference it came from (`source` is the
 * document); -1 when there is none.
 */
function proseEnd(unit: ProseUnit, lineStart: number, lineEnd: number, source: string): number {
  const { text, src } = unit;
  const index = proseIndex(unit);
  if (!index.sorted) {
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      work.engineSteps++;
      const o = src[i]!;
      if (o >= lineStart && o < lineEnd && !/\s/.test(text[i]!) && (last < 0 || o >= src[last]!)) {
        last = i;
      }
    }
    return last < 0 ? -1 : sourceEnd(unit, last + 1, source);
  }
  // The last character before the line's end; the last prose character up to it is the one
  // furthest into the source, and on the line when it is not before the line's start.
  const lo = bisect(
    text.length,
    (i) => src[i]! >= lineEnd,
    () => work.engineSteps++,
  );
  const k = lo > 0 ? index.lastProse[lo - 1]! : -1;
  return k >= 0 && src[k]! >= lineStart ? sourceEnd(unit, k + 1, source) : -1;
}
