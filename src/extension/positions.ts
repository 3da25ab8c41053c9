// Engine positions (1-based lines and UTF-16 columns) to VS Code positions (0-based), and back.
import * as vscode from 'vscode';
import type { Position, Range } from '../core';

/** The VS Code position of an engine position. */
export function toPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line - 1, p.column - 1);
}

/** The VS Code range of an engine range. */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(toPosition(r.start), toPosition(r.end));
}

/** Whether an engine range covers exactly the same place as a VS Code range. */
export function sameRange(r: Range, v: vscode.Range): boolean {
  return toRange(r).isEqual(v);
}
