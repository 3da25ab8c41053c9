// The explainer sidebar: a webview view that explains the active document's findings.
import * as vscode from 'vscode';
import { GLOSSARY } from '../../core/glossary/data';
import { createNonce, renderShell } from './html';
import { carrySelection, validSelection } from './state';
import type { SidebarState, ToWebview } from './types';
import { isFromWebview } from './types';

export interface ExplainerHandlers {
  /** Show finding `findingIndex` of the document `uri` in the editor. */
  reveal(uri: string, findingIndex: number): void;
}

export class ExplainerViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'uxcx.explainer';

  private view: vscode.WebviewView | undefined;
  /** Whether the page has loaded and said `ready` (messages posted before that are lost). */
  private ready = false;
  private state: SidebarState | undefined;
  private viewDisposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly handlers: ExplainerHandlers,
  ) {}

  /** Called by VS Code when the view is first shown (and again after it was closed). */
  resolveWebviewView(
    webviewView: vscode.WebviewView,
    _context: vscode.WebviewViewResolveContext,
    _token: vscode.CancellationToken,
  ): void {
    this.disposeView();
    this.view = webviewView;
    this.ready = false;
    const webview = webviewView.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    webview.html = this.html(webview);
    this.viewDisposables.push(
      webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      // Without retainContextWhenHidden a hidden page is unloaded; it says `ready` again when shown.
      webviewView.onDidChangeVisibility(() => {
        if (!webviewView.visible) this.ready = false;
      }),
      webviewView.onDidDispose(() => {
        if (this.view !== webviewView) return;
        this.view = undefined;
        this.ready = false;
        this.disposeView();
      }),
    );
  }

  /** Shows a new state (the active document and its findings). */
  update(state: SidebarState): void {
    this.state = carrySelection(this.state, state);
    this.post({ type: 'state', state: this.state });
  }

  /** Opens the explanation of finding `index` of the current state and brings the view forward. */
  showFinding(index: number): void {
    if (!this.state) return;
    const selected = validSelection({ ...this.state, selected: index });
    if (selected === undefined) return;
    this.state = { ...this.state, selected };
    if (this.view) {
      this.view.show(true);
    } else {
      void vscode.commands.executeCommand(`${ExplainerViewProvider.viewType}.focus`);
    }
    this.post({ type: 'select', index: selected });
  }

  getStateForTests(): SidebarState | undefined {
    return this.state;
  }

  dispose(): void {
    this.disposeView();
    this.view = undefined;
  }

  private onMessage(message: unknown): void {
    if (!isFromWebview(message, this.state?.findings.length ?? 0)) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'glossary', entries: GLOSSARY });
        if (this.state) this.post({ type: 'state', state: this.state });
        return;
      case 'select':
        if (this.state) this.state = { ...this.state, selected: message.index };
        return;
      case 'reveal':
        if (!this.state) return;
        this.state = { ...this.state, selected: message.index };
        if (this.state.uri !== undefined) this.handlers.reveal(this.state.uri, message.index);
        return;
    }
  }

  private post(message: ToWebview): void {
    if (!this.view || !this.ready) return;
    void this.view.webview.postMessage(message);
  }

  private html(webview: vscode.Webview): string {
    const media = (file: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    const uiLang = this.state?.uiLang ?? (vscode.env.language.startsWith('nl') ? 'nl' : 'en');
    return renderShell({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('sidebar.js'),
      rulesScriptUri: media('sidebar-rules.js'),
      modelScriptUri: media('sidebar-model.js'),
      stringsScriptUri: media('sidebar-strings.js'),
      styleUri: media('sidebar.css'),
      primerImageUris: { en: media('ux-in-cx.svg'), nl: media('ux-in-cx.nl.svg') },
      uiLang,
    });
  }

  private disposeView(): void {
    for (const d of this.viewDisposables) d.dispose();
    this.viewDisposables = [];
  }
}
