// What activate() returns: a small API the integration tests (and other extensions) use.
import type * as vscode from 'vscode';
import type { Finding } from '../core';
import type { TooLarge } from '../core/limit';
import type { LintCounts } from './linter';
import type { SidebarState } from './sidebar/types';

export interface UxcxApi {
  /** Resolves when the next lint of the document has been published. */
  lintDone(uri: vscode.Uri | string): Promise<void>;
  /** The published findings for a document ([] when none or not linted). */
  findings(uri: vscode.Uri | string): Finding[];
  /** Set when the document was skipped for its size. */
  tooLarge(uri: vscode.Uri | string): TooLarge | undefined;
  /** What the explainer sidebar was last given. */
  sidebarState(): SidebarState | undefined;
  /** How many lints reached the worker, and how many of them as edits only. */
  lintCounts(): LintCounts;
  /** Where the engine runs: a Node worker thread (desktop), a web worker or, where no worker
   * can be started, the browser's extension host itself. */
  engine(): EngineHost;
}

/** Where the engine runs. */
export type EngineHost = 'worker thread' | 'web worker' | 'extension host';
