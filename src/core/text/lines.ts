// Lines of a text: where a line starts and ends (the helpers every layer uses: CRLF, LF and a lone
// CR each end a line), and offset ↔ line/column conversion, counting as VS Code does.
import type { Position, Range } from '../types';
import { work } from '../work';
import { bisect } from './bisect';

/** Where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let o = offset;
  while (o > 0) {
    const c = text.charCodeAt(o - 1);
    if (c === 10 || c === 13) break;
    o--;
  }
  return o;
}

/** Where the line holding `offset` ends: its line ending, or the end of the text. */
export function lineEndOf(text: string, offset: number): number {
  for (let o = offset; o < text.length; o++) {
    const c = text.charCodeAt(o);
    if (c === 10 || c === 13) return o;
  }
  return text.length;
}

/** Just after the line ending at `eol` (`\r\n`, `\n` or `\r`); the end of the text stays. */
export function afterLineEnding(text: string, eol: number): number {
  if (eol >= text.length) return eol;
  return text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? eol + 2 : eol + 1;
}

/** The start of the line after the one holding `offset`; the end of the text on the last line. */
export function nextLineAt(text: string, offset: number): number {
  return afterLineEnding(text, lineEndOf(text, offset));
}

/** Is the line from `at` to its end only spaces and tabs (or nothing)? */
export function isBlankLineAt(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Is `text[from, to)` only spaces and tabs? */
export function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Line starts of a text; CRLF, LF and a lone CR each end a line. Columns are UTF-16 units. */
export class LineIndex {
  private readonly starts: number[];

  /** `bomOffset` is 1 when the original text had a BOM that was stripped before indexing. */
  constructor(
    readonly text: string,
    private readonly bomOffset = 0,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text, 0, text.length, [0]);
  }

  /**
   * The index of `text`, made from this index of the text before an edit that replaced
   * `deleteLength` characters at `offset` by `insertLength` characters (all BOM-less offsets).
   * Costs the number of lines, not the length of the text.
   */
  edited(text: string, offset: number, deleteLength: number, insertLength: number): LineIndex {
    const old = this.starts;
    const delta = insertLength - deleteLength;
    // A line start s depends on the characters at s - 1 and s only: those before the edit keep
    // their starts, those after it shift, and the edited stretch is scanned again.
    const starts = old.slice(0, Math.max(1, upperBound(old, offset - 1)));
    lineStarts(text, Math.max(offset, 1) - 1, offset + insertLength, starts);
    for (let k = upperBound(old, offset + deleteLength); k < old.length; k++) {
      starts.push(old[k]! + delta);
    }
    return new LineIndex(text, this.bomOffset, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset (into the BOM-less text) where 1-based `line` starts. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] ?? 0;
  }

  /** Offset just past the last character of 1-based `line`, before its line ending. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    let end = next;
    if (line < this.starts.length) {
      end--;
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }

  /** Position of an offset into the BOM-less text. */
  position(offset: number): Position {
    work.engineSteps++; // and a binary search: log(lines) steps
    const o = Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { offset: o + this.bomOffset, line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  /** Range of [start, end) offsets into the BOM-less text. */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
}

/**
 * Push onto `starts` the line starts s with `from < s <= to` (s - 1 is the last character of a
 * line ending). CRLF, LF and a lone CR each end a line.
 */
function lineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  const end = Math.min(to, text.length);
  work.engineSteps += end - from;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) continue; // the LF ends the line
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the first element greater than `value` in a sorted array. */
function upperBound(a: readonly number[], value: number): number {
  return bisect(a.length, (i) => a[i]! > value);
}
