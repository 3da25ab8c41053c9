// Quick fixes: every fix of every finding is offered, applies as a WorkspaceEdit, and the
// re-lint shows the finding gone or suppressed; "Explain" opens the finding in the sidebar.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { lint, type Finding } from '../../src/core';
import {
  assertMatchesFreshLint,
  codeOf,
  getApi,
  linted,
  openLinted,
  setText,
  uxcxDiagnostics,
  wsUri,
} from './helpers';

const FILE = 'scratch/fixes.md';

/** What identifies a finding across edits (its place moves). */
const identity = (f: Finding) => [f.ruleId, f.messageId, JSON.stringify(f.messageArgs)].join('|');

function diagnosticFor(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
  const d = uxcxDiagnostics(doc.uri).find(
    (x) =>
      codeOf(x) === f.ruleId &&
      x.range.start.line === f.range.start.line - 1 &&
      x.range.start.character === f.range.start.column - 1,
  );
  assert.ok(d, `no diagnostic for ${f.ruleId} at ${f.range.start.line}:${f.range.start.column}`);
  return d;
}

async function actionsFor(
  doc: vscode.TextDocument,
  d: vscode.Diagnostic,
): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    doc.uri,
    d.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // The command returns no `diagnostics` on the actions: the range picks the diagnostic.
  return all;
}

const ORIGINAL = readFileSync(wsUri(FILE).fsPath, 'utf8');
const FINDINGS = lint(ORIGINAL).findings;

describe('quick fixes', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    doc = (await openLinted(FILE)).document;
  });
  after(async () => {
    await setText(doc, ORIGINAL);
    await doc.save();
  });

  it('are offered for every finding: its fixes (preferred marked) and Explain', async () => {
    assert.ok(FINDINGS.length >= 5);
    for (const f of FINDINGS) {
      const actions = await actionsFor(doc, diagnosticFor(doc, f));
      const titles = actions.map((a) => a.title);
      assert.deepEqual(titles, [
        ...f.fixes.map((x) => x.title),
        `Explain ${f.ruleId} in the sidebar`,
      ]);
      for (const [i, fix] of f.fixes.entries()) {
        assert.equal(actions[i]!.isPreferred ?? false, fix.preferred === true, fix.title);
        assert.equal(actions[i]!.kind?.value, vscode.CodeActionKind.QuickFix.value);
      }
    }
  });

  for (const finding of FINDINGS) {
    for (const fix of finding.fixes) {
      const name = `${finding.ruleId} "${finding.statementText.slice(0, 30)}…": ${fix.kind} applies and clears it`;
      it(name, async () => {
        await setText(doc, ORIGINAL);
        const action = (await actionsFor(doc, diagnosticFor(doc, finding))).find(
          (a) => a.title === fix.title,
        );
        assert.ok(action?.edit, `no action "${fix.title}" with an edit`);
        await linted(doc.uri, () => vscode.workspace.applyEdit(action.edit!));
        for (const e of fix.edits) assert.ok(doc.getText().includes(e.newText.trim()));
        assertMatchesFreshLint(doc);
        const relint = lint(doc.getText());
        const gone = !relint.findings.some((f) => identity(f) === identity(finding));
        const ok = fix.kind === 'disable-line' ? gone && relint.suppressed > 0 : gone;
        assert.ok(ok, `still flagged (or not counted as suppressed):\n${doc.getText()}`);
      });
    }
  }

  it('Explain opens the finding in the sidebar', async () => {
    await setText(doc, ORIGINAL);
    const api = await getApi();
    const index = 3;
    const f = FINDINGS[index]!;
    const explain = (await actionsFor(doc, diagnosticFor(doc, f))).at(-1);
    assert.ok(explain?.command);
    await vscode.commands.executeCommand(
      explain.command.command,
      ...((explain.command.arguments ?? []) as unknown[]),
    );
    const state = api.sidebarState();
    assert.ok(state);
    assert.equal(state.uri, doc.uri.toString());
    assert.equal(state.selected, index);
    assert.equal(state.findings[index]?.ruleId, f.ruleId);
  });
});
