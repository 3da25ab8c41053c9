// "Lint all Markdown files in the workspace": closed files fill the Problems panel;
// node_modules and files over maxFileSize are left out.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clearNotices, setSetting, uxcxDiagnostics, wsUri } from './helpers';

const VENDORED = 'node_modules/some-package/README.md';

describe('lint workspace command', () => {
  before(async () => {
    // Written here, not kept in the repository: node_modules is git-ignored.
    const text = '# some-package\n\nThe new dashboard will strengthen brand preference.\n';
    await vscode.workspace.fs.writeFile(wsUri(VENDORED), new TextEncoder().encode(text));
  });
  after(async () => {
    await setSetting('maxFileSize', undefined);
    await vscode.workspace.fs.delete(wsUri('node_modules'), { recursive: true });
    // The open documents over the test's limit got a notice each.
    await clearNotices();
  });

  it('lints closed files, skips node_modules and files over uxcx.maxFileSize', async () => {
    await setSetting('maxFileSize', 400);
    await vscode.commands.executeCommand('uxcx.lintWorkspace');
    const never = uxcxDiagnostics(wsUri('other/never-opened.md'));
    assert.deepEqual(
      never.map((d) => d.message.slice(0, 40)),
      ['"loyalty" is a customer-experience outco'],
    );
    assert.deepEqual(uxcxDiagnostics(wsUri('other/large.md')), [], 'large.md is over the limit');
    assert.deepEqual(uxcxDiagnostics(wsUri(VENDORED)), [], 'node_modules is excluded');
  });

  it('lints files over the old limit once it is raised', async () => {
    await setSetting('maxFileSize', undefined);
    await vscode.commands.executeCommand('uxcx.lintWorkspace');
    assert.equal(uxcxDiagnostics(wsUri('other/large.md')).length, 1);
  });
});
