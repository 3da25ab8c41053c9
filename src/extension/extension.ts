// The desktop extension's entry point (package.json "main", dist/extension.js): the extension of
// activate.ts, with the engine on a Node worker thread (dist/lint-worker.js, beside this bundle).
// The browser's entry point is src/web/extension.ts.
import type * as vscode from 'vscode';
import { LintWorker } from '../node/worker-client';
import { activateExtension } from './activate';
import type { UxcxApi } from './api';

export function activate(context: vscode.ExtensionContext): UxcxApi {
  return activateExtension(context, new LintWorker(), 'worker thread');
}

export function deactivate(): void {
  // Everything is disposed through the extension context's subscriptions.
}
