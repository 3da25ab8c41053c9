// Keeps the explainer sidebar showing the active Markdown document and its findings, and
// implements "explain this finding" and "show this finding in the editor".
import * as vscode from 'vscode';
import type { ExplainerViewProvider } from './sidebar/provider';
import type { SidebarState } from './sidebar/types';
import type { Linter } from './linter';
import { isLintable } from './lintable';
import { toRange } from './positions';
import { uiLang } from './settings';

export class SidebarSync {
  constructor(
    private readonly provider: ExplainerViewProvider,
    private readonly linter: Linter,
  ) {}

  /** The state for a document (its latest published findings). */
  stateFor(doc: vscode.TextDocument | undefined, selected?: number): SidebarState {
    if (!doc) return { isMarkdown: false, lang: 'en', uiLang: uiLang(), findings: [] };
    const result = this.linter.result(doc.uri);
    const state: SidebarState = {
      uri: doc.uri.toString(),
      fileName: doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1),
      isMarkdown: isLintable(doc),
      lang: result?.lang ?? 'en',
      uiLang: uiLang(),
      findings: result?.findings ?? [],
    };
    if (selected !== undefined) state.selected = selected;
    return state;
  }

  /** Show the active editor's document. A focus move to a non-editor keeps the last state. */
  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor) this.provider.update(this.stateFor(editor.document));
  }

  /** After a lint: update the sidebar if it is showing that document. */
  published(uri: vscode.Uri): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.refresh();
  }

  /** `uxcx.explain`: open finding `index` of document `uri` in the sidebar. */
  async explain(uri: unknown, index: unknown): Promise<void> {
    const doc = await documentFor(uri);
    if (!doc || typeof index !== 'number') return;
    this.provider.update(this.stateFor(doc, index));
    this.provider.showFinding(index);
  }

  /** The sidebar asked to show finding `index` of `uri` in the editor. */
  async reveal(uri: string, index: number): Promise<void> {
    const doc = await documentFor(uri);
    const finding = doc ? this.linter.result(doc.uri)?.findings[index] : undefined;
    if (!doc || !finding) return;
    const range = toRange(finding.range);
    const editor = await vscode.window.showTextDocument(doc, { selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

async function documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  if (typeof uri !== 'string' && !(uri instanceof vscode.Uri)) return undefined;
  const parsed = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === parsed.toString());
  return open ?? vscode.workspace.openTextDocument(parsed);
}
