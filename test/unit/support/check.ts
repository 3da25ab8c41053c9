// Independent checks of the engine's output: positions recomputed from scratch, spans compared
// with the source they claim to cover. Shared by the fuzz and position tests.
import assert from 'node:assert/strict';
import type { Finding, Position, Problem, Range } from '../../../src/core';

/** Offsets (into the text as given) where each line starts; CRLF, LF and a lone CR end a line. */
export function lineStarts(text: string): number[] {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const starts = [bom];
  for (const m of text.slice(bom).matchAll(/\r\n|\r|\n/g)) starts.push(bom + m.index + m[0].length);
  return starts;
}

/** The 1-based line and UTF-16 column of an offset, as VS Code counts them (BOM not counted). */
export function expectedPosition(
  text: string,
  offset: number,
  starts = lineStarts(text),
): Omit<Position, 'offset'> {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - starts[line]! + 1 };
}

function checkPosition(text: string, p: Position, starts: number[], what: string): void {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  assert.ok(Number.isInteger(p.offset), `${what}: offset ${p.offset} is not an integer`);
  assert.ok(
    p.offset >= bom && p.offset <= text.length,
    `${what}: offset ${p.offset} outside [${bom}, ${text.length}]`,
  );
  assert.deepEqual(
    { line: p.line, column: p.column },
    expectedPosition(text, p.offset, starts),
    `${what}: line/column disagree with offset ${p.offset}`,
  );
  const before = text.charCodeAt(p.offset - 1);
  const at = text.charCodeAt(p.offset);
  assert.ok(!(before === 13 && at === 10), `${what}: offset ${p.offset} splits a CRLF`);
  assert.ok(
    !(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff),
    `${what}: offset ${p.offset} splits a surrogate pair`,
  );
  const ref = referenceAround(text, p.offset);
  assert.ok(!ref, `${what}: offset ${p.offset} splits the character reference ${ref}`);
}

/**
 * The character reference (`&#x79;`, `&eacute;`) an offset falls strictly inside, if any: one the
 * parser decodes (numeric, or a name in `ENTITIES`), not after an escaping backslash.
 */
function referenceAround(text: string, offset: number): string | undefined {
  const amp = text.lastIndexOf('&', offset - 1);
  if (amp < 0 || amp >= offset || offset - amp > 40 || text[amp - 1] === '\\') return undefined;
  const m = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(
    text.slice(amp, amp + 41),
  );
  if (!m || offset >= amp + m[0].length) return undefined;
  return m[1]!.startsWith('#') || m[1]! in ENTITIES ? m[0] : undefined;
}

/** A range inside the document, start ≤ end, with line/column that agree with the offsets. */
export function checkRange(text: string, r: Range, what: string, starts = lineStarts(text)): void {
  checkPosition(text, r.start, starts, `${what}.start`);
  checkPosition(text, r.end, starts, `${what}.end`);
  assert.ok(
    r.start.offset <= r.end.offset,
    `${what}: start ${r.start.offset} > end ${r.end.offset}`,
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: '\u00a0',
  copy: '\u00a9',
  eacute: '\u00e9',
  euml: '\u00eb',
  // Two code points.
  NotEqualTilde: '\u2242\u0338',
};

/** Undo what Markdown does to characters: backslash escapes and character references. */
export function unescapeMarkdown(s: string): string {
  // One pass: an escaped `\&` is a literal ampersand, so `\&lt;` stays `&lt;`.
  return s.replace(
    /\\([!-/:-@[-`{-~])|&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]*);/g,
    (m, escaped: string | undefined, ref: string | undefined) => {
      if (escaped !== undefined) return escaped;
      if (ref === undefined) return m;
      if (ref.startsWith('#')) {
        const cp =
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)
          ? String.fromCodePoint(cp)
          : '\ufffd';
      }
      return ENTITIES[ref] ?? m;
    },
  );
}

/** Characters of Markdown markup the engine strips from prose. */
export const MARKUP = /[*_[\]()`\\<>|~]/;

/** A literal link (GFM autolink literal: `https://…`, `www.…`, an e-mail address): not prose. */
const LITERAL_LINK = /https?:\/\/|www\.|mailto:|xmpp:|@/i;

/** A template tag (Liquid's `{{ … }}`, `{% … %}`: src/core/markdown/templates.ts): not prose. */
const TEMPLATE = /\{\{|\{%/;

const words = (s: string): string[] => s.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * `text` (from the engine, markup removed) reads as the document `slice`: equal up to white space
 * when the slice holds no markup, no literal link and no template tag; otherwise its letters occur in the slice in
 * order. Either way, a text that starts (ends) with a word character starts (ends) with the same
 * character as the slice.
 */
export function checkReadsAs(slice: string, text: string, what: string, escaped = false): void {
  // A slice that starts just after an escaping backslash reads as if the backslash were there:
  // `\&#128512;…&copy;` reads "&#128512;…©", not "😀…©".
  const src = unescapeMarkdown(escaped ? `\\${slice}` : slice);
  const ws = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const show = `text ${JSON.stringify(text)}, source ${JSON.stringify(slice)}`;
  if (!MARKUP.test(slice) && !LITERAL_LINK.test(slice) && !TEMPLATE.test(slice)) {
    // (The slice may start just after an escaping backslash: `\&lt;` reads "&lt;".)
    if (ws(slice) !== ws(text)) assert.equal(ws(src), ws(text), `${what}: ${show}`);
    return;
  }
  // Inline HTML renders as nothing (so the words around it join, as the engine reads them); an
  // autolink's URL is not prose and keeps the words around it apart.
  const stripped = slice
    .replace(/(?<!\\)<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>/g, ' ')
    .replace(/(?<!\\)(?:<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>)/g, '');
  // Markup may join words (`**the**The` reads "theThe") or split them, so compare the letters.
  // (Also unstripped and undecoded: `<a b;>` is not HTML, and the slice may start just after an
  // escaping backslash.)
  const want = words(text).join('');
  const inOrder = (have: string): boolean => {
    let k = 0;
    for (let i = 0; i < have.length && k < want.length; i++) if (have[i] === want[k]) k++;
    return k === want.length;
  };
  assert.ok(
    [stripped, slice].some((s) => [unescapeMarkdown(s), s].some((t) => inOrder(words(t).join('')))),
    `${what}: letters not in order in the source: ${show}`,
  );
  const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (isWord(text[0])) assert.equal(src[0], text[0], `${what}: starts elsewhere: ${show}`);
  if (isWord(text.at(-1)))
    assert.equal(src.at(-1), text.at(-1), `${what}: ends elsewhere: ${show}`);
}

function slice(text: string, r: Range): string {
  return text.slice(r.start.offset, r.end.offset);
}

/** Does an escaping backslash (an odd run of them) stand right before `r`? */
function escapedStart(text: string, r: Range): boolean {
  let n = 0;
  while (text[r.start.offset - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** Every range of every finding checked against the document; span texts against the source. */
export function checkFindings(text: string, findings: readonly Finding[]): void {
  const starts = lineStarts(text);
  findings.forEach((f, i) => {
    const at = `finding ${i} (${f.ruleId})`;
    checkRange(text, f.range, `${at}.range`, starts);
    checkRange(text, f.statement, `${at}.statement`, starts);
    assert.ok(
      f.statement.start.offset <= f.range.start.offset &&
        f.range.end.offset <= f.statement.end.offset,
      `${at}: range outside its statement`,
    );
    checkReadsAs(
      slice(text, f.statement),
      f.statementText,
      `${at}.statement`,
      escapedStart(text, f.statement),
    );
    f.spans.forEach((s, j) => {
      checkRange(text, s.range, `${at}.spans[${j}]`, starts);
      checkReadsAs(slice(text, s.range), s.text, `${at}.spans[${j}]`, escapedStart(text, s.range));
    });
    f.fixes.forEach((fix, j) => {
      assert.ok(fix.edits.length > 0, `${at}.fixes[${j}] has no edits`);
      fix.edits.forEach((e, k) =>
        checkRange(text, e.range, `${at}.fixes[${j}].edits[${k}]`, starts),
      );
    });
  });
}

/** The range of every problem that has one, checked against the document. */
export function checkProblems(text: string, problems: readonly Problem[]): void {
  const starts = lineStarts(text);
  problems.forEach((p, i) => {
    if (p.range) checkRange(text, p.range, `problem ${i} (${p.kind})`, starts);
  });
}

/** Apply a fix's edits (non-overlapping) to the text. */
export function applyEdits(text: string, edits: Finding['fixes'][number]['edits']): string {
  const sorted = [...edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    assert.ok(e.range.end.offset <= limit, 'edits of one fix overlap');
    out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
    limit = e.range.start.offset;
  }
  return out;
}
