// "Export findings report" in the editor: the command writes one self-contained HTML page for the
// workspace and Markdown for one document, with as many findings as the editor shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, openLinted, wsUri } from './helpers';

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('export findings report', () => {
  const html = wsUri('scratch/uxcx-report.html');
  const md = wsUri('scratch/uxcx-report.md');
  after(async () => {
    for (const uri of [html, md]) {
      await vscode.workspace.fs.delete(uri).then(
        () => undefined,
        () => undefined,
      );
    }
  });

  it('writes the workspace report as one HTML page without scripts', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'uxcx.exportReport',
      { scope: 'workspace', target: html.toString(), open: false },
    );
    assert.equal(written?.toString(), html.toString());
    const page = await read(html);
    assert.match(page, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(page));
    assert.match(page, /<svg[^>]*role="img"/, 'the UX ⊂ CX picture, from the installed extension');
    assert.ok(page.includes('other/never-opened.md'), 'closed files are in it');
    const api = await getApi();
    const shown = api.findings(wsUri('en/member-portal.md')).length;
    assert.ok(shown > 0);
    const articles = (page.match(/<article /g) ?? []).length;
    assert.ok(articles >= shown, `${articles} findings in the report, ${shown} in one document`);
  });

  it('writes the active document report as Markdown, with the findings the editor shows', async () => {
    const doc = (await openLinted('en/member-portal.md')).document;
    await vscode.commands.executeCommand('uxcx.exportReport', {
      scope: 'document',
      target: md.toString(),
      open: false,
    });
    const text = await read(md);
    assert.match(text, /^# uxcx-lint findings report/);
    const api = await getApi();
    const items = text.match(/^\d+\. Line \d+ /gm) ?? [];
    assert.equal(items.length, api.findings(doc.uri).length);
  });
});
