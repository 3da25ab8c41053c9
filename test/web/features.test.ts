// The web extension does what the desktop one does, in the browser's extension host:
// diagnostics equal to what the CLI (Node) finds in the same English and Dutch documents, hovers,
// a quick fix that clears its finding, the explainer sidebar, the status bar, workspace-wide
// linting and .uxcxrc.json files. Screenshots go to screenshots/web-*.png.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  browserAvailable,
  browserRequest,
  hoverScreenshot,
  takeScreenshot,
  sidebarTextContaining,
} from '../integration/browser';
import {
  assertMatchesFreshLint,
  codeOf,
  getApi,
  linted,
  openLinted,
  openUntitled,
  pause,
  until,
  uxcxDiagnostics,
  wsUri,
} from '../integration/helpers';
import { expectedFindings, type CliFinding } from './harness';

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/** A diagnostic in the CLI's terms (1-based lines and columns). */
function asCliFinding(d: vscode.Diagnostic): CliFinding {
  return {
    ruleId: codeOf(d),
    severity: SEVERITY_NAMES[d.severity]!,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: d.message,
  };
}

const cliFields = (f: CliFinding): CliFinding => ({
  ruleId: f.ruleId,
  severity: f.severity,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
  message: f.message,
});

const order = (a: CliFinding, b: CliFinding) =>
  a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** Markdown source to plain text (the hovers escape Markdown punctuation). */
const plain = (md: string) =>
  md.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-!~<>|$.])/g, '$1');

describe('the web extension', function () {
  before(async function () {
    if (!browserAvailable()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const [file, lang] of [
    ['en/member-portal.md', 'en'],
    ['nl/ledenportaal.md', 'nl'],
  ] as const) {
    it(`shows the diagnostics the CLI finds (${lang}: ${file})`, async () => {
      const expected = (await expectedFindings(file)).map(cliFields).sort(order);
      assert.ok(expected.length >= 3, `the CLI found only ${expected.length} finding(s)`);
      const doc = (await openLinted(file)).document;
      const actual = uxcxDiagnostics(doc.uri).map(asCliFinding).sort(order);
      assert.deepEqual(actual, expected);
      const api = await getApi();
      assert.equal(api.sidebarState()?.lang, lang);
      assert.ok(await takeScreenshot(`web-diagnostics-${lang}`));
    });
  }

  it('re-lints after typing, sending the web worker only the edits', async () => {
    const api = await getApi();
    const editor = await openUntitled('# Notes\n\nThe portal shows the status.\n');
    const doc = editor.document;
    try {
      assert.deepEqual(uxcxDiagnostics(doc.uri), []);
      const before = api.lintCounts();
      await linted(doc.uri, () =>
        editor.edit((b) =>
          b.insert(
            new vscode.Position(3, 0),
            '\nThe redesigned app will increase customer loyalty.\n',
          ),
        ),
      );
      assertMatchesFreshLint(doc);
      assert.deepEqual(uxcxDiagnostics(doc.uri).map(codeOf), ['ux-for-cx-outcome']);
      const after = api.lintCounts();
      assert.ok(after.edits > before.edits, `no lint was sent as edits: ${JSON.stringify(after)}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('shows a hover with the finding (API and mouse)', async () => {
    const doc = (await openLinted('en/member-portal.md')).document;
    const at = doc.getText().indexOf('brand preference');
    assert.ok(at >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      doc.positionAt(at + 2),
    );
    const texts = hovers
      .flatMap((h) => h.contents)
      .map((c) => plain(typeof c === 'string' ? c : (c as vscode.MarkdownString).value));
    const finding = texts.find((t) => t.includes('command:uxcx.explain?'));
    assert.ok(finding, texts.join('\n---\n'));
    assert.ok(finding.includes('ux-for-cx-outcome'), finding);
    assert.ok(finding.includes('CX outcome: *brand preference*'), finding);

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openLinted('en/hover-demo.md');
    await pause(500); // let the squiggle paint before the mouse moves there
    const { path, hoverText } = await hoverScreenshot('web-hover-finding');
    assert.ok(path);
    assert.ok(hoverText.includes('Explain in the sidebar'), hoverText);
    assert.ok(/brand preference/i.test(hoverText), hoverText);
  });

  it('applies a quick fix, and the finding goes', async () => {
    const doc = (await openLinted('scratch/fixes.md')).document;
    const original = doc.getText();
    try {
      const d = uxcxDiagnostics(doc.uri).find((x) => codeOf(x) === 'ux-cx-conflation');
      assert.ok(d, 'no ux-cx-conflation finding in scratch/fixes.md');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        d.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.edit && a.isPreferred) ?? actions.find((a) => a.edit);
      assert.ok(fix?.edit, `no fix with an edit among: ${actions.map((a) => a.title).join(', ')}`);
      const before = uxcxDiagnostics(doc.uri).filter(
        (x) => codeOf(x) === 'ux-cx-conflation',
      ).length;
      await linted(doc.uri, () => vscode.workspace.applyEdit(fix.edit!));
      assert.notEqual(doc.getText(), original, 'the fix changed nothing');
      const after = uxcxDiagnostics(doc.uri).filter((x) => codeOf(x) === 'ux-cx-conflation').length;
      assert.equal(
        after,
        before - 1,
        `"${fix.title}" did not clear the finding:\n${doc.getText()}`,
      );
      assert.ok(await takeScreenshot('web-quick-fix-applied'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('explains a finding in the sidebar, and counts findings in the status bar', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = (await openLinted('nl/ledenportaal.md')).document;
    const findings = api.findings(doc.uri);
    assert.ok(findings.length > 1);
    await vscode.commands.executeCommand('uxcx.explain', doc.uri.toString(), 1);
    const text = await sidebarTextContaining(findings[1]!.message.slice(0, 60));
    assert.ok(text.length > 0);
    const status = await browserRequest<{ texts: string[] }>('element-text', {
      selector: '.statusbar-item',
      hasText: 'uxcx',
    });
    assert.ok(
      status.texts.some((t) => t.includes(`uxcx ${findings.length}`)),
      JSON.stringify(status.texts),
    );
    assert.ok(await takeScreenshot('web-explainer-nl'));
  });

  it('lints the whole workspace, files never opened too', async () => {
    const never = wsUri('other/never-opened.md');
    assert.deepEqual(uxcxDiagnostics(never), []);
    await vscode.commands.executeCommand('uxcx.lintWorkspace');
    assert.deepEqual(
      uxcxDiagnostics(never).map((d) => d.message.slice(0, 40)),
      ['"loyalty" is a customer-experience outco'],
    );
  });

  it('exports the findings report through workspace.fs, with the picture it ships', async () => {
    const target = wsUri('scratch/web-report.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'uxcx.exportReport',
      { scope: 'workspace', target: target.toString(), open: false },
    );
    assert.equal(written?.toString(), target.toString());
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(page, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(page));
    // Read from the extension's media/ through workspace.fs (context.extensionUri).
    assert.match(page, /<svg[^>]*role="img"/, 'the UX ⊂ CX picture');
    assert.ok(page.includes('nl/ledenportaal.md'), 'the Dutch document is in it');
    const articles = (page.match(/<article /g) ?? []).length;
    const shown = (await getApi()).findings(wsUri('en/member-portal.md')).length;
    assert.ok(articles > shown, `${articles} findings in the report`);
  });

  it('honours a .uxcxrc.json in the workspace', async () => {
    const dir = 'web-config';
    const text =
      '# Notes\n\nOur UX/CX team owns it.\n\nThe redesigned app will increase customer loyalty.\n';
    const encoder = new TextEncoder();
    await vscode.workspace.fs.writeFile(wsUri(`${dir}/doc.md`), encoder.encode(text));
    try {
      const doc = (await openLinted(`${dir}/doc.md`)).document;
      const rules = () => uxcxDiagnostics(doc.uri).map(codeOf).sort();
      assert.deepEqual(rules(), ['ux-cx-conflation', 'ux-for-cx-outcome']);
      await linted(doc.uri, () =>
        vscode.workspace.fs.writeFile(
          wsUri(`${dir}/.uxcxrc.json`),
          encoder.encode(
            '{ "rules": { "ux-cx-conflation": "off", "ux-for-cx-outcome": "error" } }\n',
          ),
        ),
      );
      await until(() => rules().join() === 'ux-for-cx-outcome', 'the configuration to apply');
      assert.equal(uxcxDiagnostics(doc.uri)[0]?.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(wsUri(dir), { recursive: true });
    }
  });
});
