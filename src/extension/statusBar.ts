// The status bar item: how many findings the active Markdown document has; a click opens the
// explainer sidebar.
import * as vscode from 'vscode';
import type { Linter } from './linter';
import { isLintable } from './lintable';
import { tooLargeMessage } from '../core/limit';
import { uiLang } from './settings';
import { uiText } from './uiText';

/** The command VS Code generates to focus the view `uxcx.explainer`. */
export const FOCUS_SIDEBAR_COMMAND = 'uxcx.explainer.focus';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'uxcx.findings',
    vscode.StatusBarAlignment.Right,
    100,
  );

  constructor(private readonly linter: Linter) {
    this.item.name = 'uxcx-lint';
    this.item.command = FOCUS_SIDEBAR_COMMAND;
  }

  /** Show the count for the active editor's document (hidden for other documents). */
  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isLintable(doc)) {
      this.item.hide();
      return;
    }
    const result = this.linter.result(doc.uri);
    const count = result?.findings.length ?? 0;
    this.item.text = result?.tooLarge ? '$(circle-slash) uxcx' : `$(lightbulb) uxcx ${count}`;
    const summary = !result
      ? uiText('status.notLinted')
      : result.tooLarge
        ? `uxcx-lint: ${tooLargeMessage(result.tooLarge, uiLang())}`
        : count === 1
          ? uiText('status.one')
          : uiText('status.many', { n: count });
    this.item.tooltip = `${summary} ${uiText('status.click')}`;
    this.item.accessibilityInformation = { label: summary, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
