// Quick fixes for uxcx diagnostics: one per suggested fix of the finding (the preferred one
// marked), and "Explain", which opens the finding in the explainer sidebar.
import * as vscode from 'vscode';
import type { Fix } from '../core';
import { ruleIdOf } from './diagnostics';
import { EXPLAIN_COMMAND } from './hover';
import type { Linter } from './linter';
import { guard } from './log';
import { sameRange, toRange } from './positions';
import { uiText } from './uiText';

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(private readonly linter: Linter) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    return (await guard('Quick fixes', () => this.actions(doc, context))) ?? [];
  }

  private async actions(
    doc: vscode.TextDocument,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((d) => ruleIdOf(d) !== undefined);
    if (ours.length === 0) return [];
    const result = await this.linter.currentFindings(doc);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const index = result.findings.findIndex(
        (f) => f.ruleId === ruleIdOf(diagnostic) && sameRange(f.range, diagnostic.range),
      );
      const finding = result.findings[index];
      if (!finding) continue;
      for (const fix of finding.fixes) actions.push(fixAction(fix, doc.uri, diagnostic));
      const explain = new vscode.CodeAction(
        uiText('action.explain', { rule: finding.ruleId }),
        vscode.CodeActionKind.QuickFix,
      );
      explain.diagnostics = [diagnostic];
      explain.command = {
        command: EXPLAIN_COMMAND,
        title: explain.title,
        arguments: [doc.uri.toString(), index],
      };
      actions.push(explain);
    }
    return actions;
  }
}

/** A code action applying a fix's edits. */
function fixAction(fix: Fix, uri: vscode.Uri, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred === true;
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(uri, toRange(e.range), e.newText);
  action.edit = edit;
  return action;
}
