// Offset ↔ line/column conversion, counting lines and columns as VS Code does.
import type { Position, Range } from '../types';

/** Line starts of a text; CRLF, LF and a lone CR each end a line. Columns are UTF-16 units. */
export class LineIndex {
  private readonly starts: number[];

  /** `bomOffset` is 1 when the original text had a BOM that was stripped before indexing. */
  constructor(
    readonly text: string,
    private readonly bomOffset = 0,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
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
