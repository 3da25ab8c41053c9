// Shared helpers for the integration suite: the extension's API, documents, waiting on events,
// and diagnostics in a comparable form.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint, type Finding, type ResolvedConfig } from '../../src/core';
import type { UxcxApi } from '../../src/extension/api';

export const EXTENSION_ID = 'uxcx.uxcx-lint';

/** The extension's API (activating it if needed). */
export async function getApi(): Promise<UxcxApi> {
  const ext = vscode.extensions.getExtension<UxcxApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** The test workspace's folder. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (test/integration/workspace)');
  return folder.uri;
}

/** A file in the test workspace. */
export function wsUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Reject after `ms` with a message saying what was awaited. */
export function within<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Wait until `check` holds, re-checking on every diagnostics change (and now). */
export async function until(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  if (check()) return;
  let sub: vscode.Disposable | undefined;
  const done = new Promise<void>((resolve) => {
    sub = vscode.languages.onDidChangeDiagnostics(() => {
      if (check()) resolve();
    });
  });
  try {
    await within(done, what, ms);
  } finally {
    sub?.dispose();
  }
}

/** Resolve after `ms` (only to assert that something does NOT happen). */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Clear the notices a test raised (they reach the window a moment after the work behind them). */
export async function clearNotices(): Promise<void> {
  await pause(300);
  await vscode.commands.executeCommand('notifications.clearAll');
}

/** Run `action` and wait for the next published lint of `uri`. */
export async function linted<T>(
  uri: vscode.Uri,
  action: () => T | Thenable<T>,
  what = `a lint of ${uri.path}`,
): Promise<T> {
  const api = await getApi();
  const done = api.lintDone(uri);
  const result = await action();
  await within(done, what);
  return result;
}

/** Open a workspace document in an editor and wait until it is linted at its current version. */
export async function openLinted(relative: string): Promise<vscode.TextEditor> {
  const uri = wsUri(relative);
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await linted(uri, () => vscode.commands.executeCommand('uxcx.lintDocument'));
  return editor;
}

/** A new untitled Markdown document in an editor, linted. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(doc);
  await linted(doc.uri, () => vscode.commands.executeCommand('uxcx.lintDocument'));
  return editor;
}

/** Our diagnostics for a document. */
export function uxcxDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'uxcx');
}

/** The rule id of a diagnostic. */
export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/** A diagnostic as one readable line: `rule severity L:C-L:C "text under range" message`. */
export function describeDiagnostic(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  const r = d.range;
  const at = `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
  return `${codeOf(d)} ${SEVERITY_NAMES[d.severity]} ${at} ${JSON.stringify(doc.getText(r))} ${d.message}`;
}

/** A finding in the same form, with the text under its range read from `text`. */
export function describeFinding(text: string, f: Finding): string {
  const at = `${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`;
  const under = text.slice(f.range.start.offset, f.range.end.offset);
  return `${f.ruleId} ${f.severity} ${at} ${JSON.stringify(under)} ${f.message}`;
}

/** Assert the document's diagnostics are exactly what a fresh lint of its text gives. */
export function assertMatchesFreshLint(doc: vscode.TextDocument, config?: ResolvedConfig): void {
  const text = doc.getText();
  const expected = lint(text, config ? { config } : {}).findings.map((f) =>
    describeFinding(text, f),
  );
  const actual = uxcxDiagnostics(doc.uri).map((d) => describeDiagnostic(doc, d));
  assert.deepEqual(actual.sort(), expected.sort());
}

/** Replace a document's whole text (and wait for the re-lint). */
export async function setText(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  edit.replace(doc.uri, new vscode.Range(0, 0, end.line, end.character), text);
  await linted(doc.uri, () => vscode.workspace.applyEdit(edit));
}

/** Update a `uxcx` setting in the user settings (undefined removes it); resolves once the
 * extension host has seen the change. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration('uxcx');
  if (config.inspect(key)?.globalValue === value) return;
  let sub: vscode.Disposable | undefined;
  const seen = new Promise<void>((resolve) => {
    sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`uxcx.${key}`)) resolve();
    });
  });
  try {
    await config.update(key, value, vscode.ConfigurationTarget.Global);
    await within(seen, `the setting uxcx.${key} to change`);
  } finally {
    sub?.dispose();
  }
}
