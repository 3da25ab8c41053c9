// The prose fields of YAML front matter (title, description, lead, …), read where they stand.
//
// A small reader for the forms these fields take, not a YAML parser: top-level `key: value`
// lines whose value is a plain scalar (which may go on over more indented lines), a single- or
// double-quoted scalar (over lines too; escapes decoded) or a block scalar (`|`, `>`, with
// chomping and indentation indicators; each stretch between blank lines is a paragraph). Each
// value is read as Markdown (links, inline HTML, Liquid as in the body), with every character
// mapped back to its place in the file. Not read: keys below the top level, values in flow
// collections (`[…]`, `{…}`), anchors, aliases and tags, and `key:` with the value on the next
// lines unless they are more indented text. Comment lines `# uxcx-…` are directives, like
// `<!-- uxcx-… -->` in the body.
import type { ParsedDocument, ProseUnit } from './prose';
import type { Directive } from '../directives';

/** The keys whose string values are prose. */
export const PROSE_KEYS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'lead',
  'intro',
  'summary',
  'subtitle',
  'excerpt',
]);

/** How a value is written, which decides what a fix may insert into it (see fixes.ts). */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

/** A value's text and, per character, its source offset (`map[text.length]`: the end). */
interface Value {
  text: string;
  map: number[];
  style: ScalarStyle;
  /** Where the key's line starts. */
  keyStart: number;
}

/** Reads a value's text (parsed as Markdown) into prose units; see parse.ts. */
export type ReadValue = (text: string) => ParsedDocument;

interface Line {
  start: number;
  /** Before the line ending. */
  end: number;
  text: string;
}

/**
 * Units for the prose fields of the YAML front matter at `source[start, end)` (the `---` lines
 * included), and directives for its `# uxcx-…` comment lines, added to `out`.
 */
export function frontMatterProse(
  source: string,
  start: number,
  end: number,
  out: ParsedDocument,
  read: ReadValue,
): void {
  const lines = linesOf(source, start, end);
  // Without the fences.
  const body = lines.slice(1, lines.length - 1);
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    if (line.text.startsWith('#')) {
      directive(line, out.directives);
      continue;
    }
    const colon = keyEnd(line.text);
    if (colon < 0) continue;
    const key = line.text
      .slice(0, colon)
      .trim()
      .replace(/^["']|["']$/g, '');
    if (!PROSE_KEYS.has(key.toLowerCase())) continue;
    // The lines after the key's that belong to its value: indented or blank.
    let n = k + 1;
    while (n < body.length && (/^[ \t]/.test(body[n]!.text) || !body[n]!.text.trim())) n++;
    while (n > k + 1 && !body[n - 1]!.text.trim()) n--;
    const more = body.slice(k + 1, n);
    for (const v of valueOf(line, colon + 1, more)) push(v, end, out, read);
  }
}

/** The lines of `source[start, end)`. */
function linesOf(source: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let p = start;
  while (p < end) {
    let e = p;
    while (e < end && source.charCodeAt(e) !== 10 && source.charCodeAt(e) !== 13) e++;
    lines.push({ start: p, end: e, text: source.slice(p, e) });
    p = e + (source.charCodeAt(e) === 13 && source.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** Where a top-level `key:` ends (at its colon, followed by white space or the line end); else -1. */
function keyEnd(text: string): number {
  const m = KEY.exec(text);
  return m ? m[0].length - 1 : -1;
}
const KEY = /^(?:"[^"\n]*"|'[^'\n]*'|[A-Za-z_][\w.-]*)[ \t]*:(?=[ \t]|$)/;

/** The value(s) of a key: `line` holds `key:` up to `from`, `more` the lines under it. */
function valueOf(line: Line, from: number, more: Line[]): Value[] {
  let i = from;
  while (i < line.text.length && (line.text[i] === ' ' || line.text[i] === '\t')) i++;
  const rest = line.text.slice(i);
  const at = line.start + i;
  const keyStart = line.start;
  const c = rest.charAt(0);
  if (c === '|' || c === '>') {
    if (!/^[|>][-+1-9]*[ \t]*(?:#.*)?$/.test(rest)) return [];
    return blockScalar(more, keyStart);
  }
  if (c === '"' || c === "'") {
    const v = quoted(line, i, more, c);
    return v ? [{ ...v, keyStart }] : [];
  }
  if (c === '[' || c === '{' || c === '&' || c === '*' || c === '!' || c === '#') return [];
  if (!rest && more.some((l) => /^[ \t]*(?:-[ \t]|-$|[^\s:#][^:#]*:(?:[ \t]|$))/.test(l.text))) {
    return []; // a mapping or a sequence
  }
  // A plain scalar: up to a comment (` #`), then the more indented lines, each trimmed.
  const value: Value = { text: '', map: [], style: 'plain', keyStart };
  const add = (text: string, base: number): void => {
    const lead = text.length - text.trimStart().length;
    let body = text.slice(lead);
    const comment = body.search(/[ \t]#/);
    if (comment >= 0) body = body.slice(0, comment);
    body = body.trimEnd();
    if (!body) return;
    if (value.text) {
      value.text += '\n';
      value.map.push(value.map[value.map.length - 1]! + 1);
    }
    value.text += body;
    for (let j = 0; j < body.length; j++) value.map.push(base + lead + j);
  };
  add(rest, at);
  for (const l of more) {
    if (l.text.trimStart().startsWith('#')) break;
    add(l.text, l.start);
  }
  if (!value.text) return [];
  value.map.push(value.map[value.map.length - 1]! + 1);
  return [value];
}

/** A quoted scalar opening at `line.text[i]` (possibly over the `more` lines). */
function quoted(
  line: Line,
  i: number,
  more: Line[],
  quote: string,
): Omit<Value, 'keyStart'> | undefined {
  const double = quote === '"';
  let text = '';
  const map: number[] = [];
  const all = [line, ...more];
  let j = i + 1;
  for (let n = 0; n < all.length; n++) {
    const l = all[n]!;
    if (n > 0) {
      // A line break folds to a space (here kept as a line break); leading white space goes.
      text += '\n';
      map.push(all[n - 1]!.end);
      j = 0;
      while (j < l.text.length && (l.text[j] === ' ' || l.text[j] === '\t')) j++;
    }
    for (; j < l.text.length; j++) {
      const ch = l.text[j]!;
      const at = l.start + j;
      if (!double && ch === "'") {
        if (l.text[j + 1] === "'") {
          text += "'";
          map.push(at);
          j++;
          continue;
        }
        map.push(at);
        return { text, map, style: 'single' };
      }
      if (double && ch === '"') {
        map.push(at);
        return { text, map, style: 'double' };
      }
      if (double && ch === '\\') {
        const [decoded, length] = unescape(l.text, j);
        if (length === 0) break; // an escaped line break: the lines join
        text += decoded;
        // A two-character escape (`\"`) maps to its second character, a longer one to the `\`.
        for (let q = 0; q < decoded.length; q++) map.push(length === 2 ? at + 1 : at);
        j += length - 1;
        continue;
      }
      text += ch;
      map.push(at);
    }
  }
  return undefined; // never closed
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

/** The escape at `text[j]` (a backslash): what it stands for and its length (0: line end). */
function unescape(text: string, j: number): [string, number] {
  const c = text[j + 1];
  if (c === undefined) return ['', 0];
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (hex) {
    const digits = text.slice(j + 2, j + 2 + hex);
    if (digits.length === hex && /^[0-9a-fA-F]+$/.test(digits)) {
      const cp = parseInt(digits, 16);
      if (cp <= 0x10ffff) return [String.fromCodePoint(cp), 2 + hex];
    }
  }
  return [ESCAPES[c] ?? c, 2];
}

/** A block scalar's paragraphs (stretches between blank lines), without the indentation. */
function blockScalar(more: Line[], keyStart: number): Value[] {
  const first = more.find((l) => l.text.trim());
  if (!first) return [];
  const indent = first.text.length - first.text.trimStart().length;
  const values: Value[] = [];
  let value: Value | undefined;
  for (const l of more) {
    if (!l.text.trim()) {
      value = undefined;
      continue;
    }
    const lead = Math.min(indent, l.text.length - l.text.trimStart().length);
    if (!value) {
      value = { text: '', map: [], style: 'block', keyStart };
      values.push(value);
    } else {
      value.text += '\n';
      value.map.push(value.map[value.map.length - 1]! + 1);
    }
    const body = l.text.slice(lead).trimEnd();
    value.text += body;
    for (let j = 0; j < body.length; j++) value.map.push(l.start + lead + j);
  }
  for (const v of values) v.map.push(v.map[v.map.length - 1]! + 1);
  return values;
}

/** Read a value as Markdown and add its units, mapped back into the file. */
function push(value: Value, blockEnd: number, out: ParsedDocument, read: ReadValue): void {
  if (!value.text.trim()) return;
  const doc = read(value.text);
  const at = (o: number): number => value.map[Math.min(o, value.text.length)]!;
  // An end: just after the character before it (the next one may be on the next line).
  const endAt = (o: number): number => (o > 0 ? at(o - 1) + 1 : at(0));
  for (const u of doc.units) {
    const src = u.src.map(at);
    src[src.length - 1] = endAt(u.src[u.src.length - 1]!);
    const unit: ProseUnit = {
      ...u,
      src,
      start: at(u.start),
      end: endAt(u.end),
      blockEnd,
      nested: false,
      frontMatter: { style: value.style, keyStart: value.keyStart },
    };
    // (Not `delete`: an object that loses a property becomes slow to read everywhere.)
    if (u.cells) unit.cells = u.cells.map((c) => ({ start: at(c.start), end: endAt(c.end) }));
    out.units.push(unit);
  }
}

/** A `# uxcx-name args -- reason` comment line: a directive. */
function directive(line: Line, into: Directive[]): void {
  const body = line.text.slice(1).trim();
  if (!body.startsWith('uxcx-')) return;
  const reasonAt = body.indexOf(' -- ');
  const words = (reasonAt >= 0 ? body.slice(0, reasonAt) : body).split(/\s+/).filter(Boolean);
  const [name, ...args] = words;
  if (!name) return;
  into.push({
    name: name.slice('uxcx-'.length),
    args: args.flatMap((a) => a.split(',')).filter(Boolean),
    start: line.start,
    end: line.end,
  });
}
