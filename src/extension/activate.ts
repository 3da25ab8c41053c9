// The extension, wired: the engine's findings into diagnostics, hovers, quick fixes, the status
// bar and the explainer sidebar. All work is guarded; errors go to the "uxcx-lint" output
// channel and never reach the editor. The same for both hosts: the entry points differ only in
// where the engine runs (src/extension/extension.ts: a Node worker thread; src/web/extension.ts:
// a web worker), which they hand in as the lint backend.
import * as vscode from 'vscode';
import type { EngineHost, UxcxApi } from './api';
import { CodeActionProvider } from './codeActions';
import { ConfigService } from './configService';
import { HoverProvider, EXPLAIN_COMMAND } from './hover';
import { Linter, type LintBackend } from './linter';
import { isLintable } from './lintable';
import { guard, guarded, log } from './log';
import { runMode } from './settings';
import { ExplainerViewProvider } from './sidebar/provider';
import { SidebarSync } from './sidebarSync';
import { StatusBar } from './statusBar';
import { lintWorkspace } from './workspaceLint';
import { EXPORT_REPORT_COMMAND, exportReport, type ExportRequest } from './report';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export function activateExtension(
  context: vscode.ExtensionContext,
  backend: LintBackend,
  engine: EngineHost,
): UxcxApi {
  const subs = context.subscriptions;
  const diagnostics = vscode.languages.createDiagnosticCollection('uxcx');
  const configDiagnostics = vscode.languages.createDiagnosticCollection('uxcx-config');
  const configs = new ConfigService(configDiagnostics);
  const linter = new Linter(diagnostics, configs, backend);
  const statusBar = new StatusBar(linter);
  const provider = new ExplainerViewProvider(context.extensionUri, {
    reveal: (uri, index) => void guard('Showing a finding', () => sidebar.reveal(uri, index)),
  });
  const sidebar = new SidebarSync(provider, linter);
  subs.push(log(), diagnostics, configDiagnostics, configs, linter, statusBar, provider);

  const refreshViews = (): void => {
    statusBar.refresh();
    sidebar.refresh();
  };

  subs.push(
    vscode.window.registerWebviewViewProvider(ExplainerViewProvider.viewType, provider),
    vscode.languages.registerHoverProvider(MARKDOWN, new HoverProvider(linter)),
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      new CodeActionProvider(linter),
      CodeActionProvider.metadata,
    ),
    vscode.commands.registerCommand('uxcx.lintWorkspace', () =>
      guard('Linting the workspace', () => lintWorkspace(linter, configs)),
    ),
    vscode.commands.registerCommand('uxcx.lintDocument', () =>
      guard('Linting the document', async () => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc && isLintable(doc)) await linter.lintDocument(doc);
      }),
    ),
    vscode.commands.registerCommand(EXPLAIN_COMMAND, (uri: unknown, index: unknown) =>
      guard('Explain', () => sidebar.explain(uri, index)),
    ),
    vscode.commands.registerCommand('uxcx.showOutput', () => log().show(true)),
    vscode.commands.registerCommand(EXPORT_REPORT_COMMAND, (request?: ExportRequest) =>
      guard('Exporting the findings report', () =>
        exportReport(typeof request === 'object' && request ? request : {}, {
          extensionUri: context.extensionUri,
          linter,
          configs,
          version: String((context.extension.packageJSON as { version?: string }).version ?? ''),
        }),
      ),
    ),

    linter.onDidPublish(
      guarded('Showing results', (result) => {
        if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri.toString()) {
          refreshViews();
        }
      }),
    ),
    configs.onDidChange(guarded('Reloading the configuration', () => linter.relintOpen())),
    vscode.workspace.onDidOpenTextDocument(
      guarded('Linting an opened document', (doc) => {
        return isLintable(doc) && runMode() !== 'manual' ? linter.lintDocument(doc) : undefined;
      }),
    ),
    vscode.workspace.onDidChangeTextDocument(
      guarded('Linting a changed document', (e) => {
        if (isLintable(e.document)) linter.recordChanges(e);
        if (e.contentChanges.length > 0 && isLintable(e.document) && runMode() === 'onType') {
          linter.schedule(e.document);
        }
      }),
    ),
    vscode.workspace.onDidSaveTextDocument(
      guarded('Linting a saved document', (doc) => {
        return isLintable(doc) && runMode() !== 'manual' ? linter.lintDocument(doc) : undefined;
      }),
    ),
    vscode.workspace.onDidCloseTextDocument(
      guarded('Clearing a closed document', (doc) => {
        linter.clear(doc.uri);
        if (isLintable(doc)) refreshViews();
      }),
    ),
    vscode.window.onDidChangeActiveTextEditor(guarded('Following the editor', refreshViews)),
  );

  // Documents already open when the extension starts.
  if (runMode() !== 'manual') {
    for (const doc of vscode.workspace.textDocuments) {
      if (isLintable(doc)) void linter.lintDocument(doc);
    }
  }
  refreshViews();
  log().info(`uxcx-lint activated; the engine runs in: ${engine}.`);

  return {
    lintDone: (uri) => linter.lintDone(uri),
    findings: (uri) => linter.result(uri)?.findings ?? [],
    tooLarge: (uri) => linter.result(uri)?.tooLarge,
    sidebarState: () => provider.getStateForTests(),
    lintCounts: () => linter.lintCounts(),
    engine: () => engine,
  };
}
