// The explainer sidebar is given the active document's findings as they change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, linted, openLinted, openUntitled } from './helpers';

const place = (f: { ruleId: string; range: { start: { offset: number } } }) =>
  `${f.ruleId}@${f.range.start.offset}`;

describe('sidebar state', () => {
  it('follows the active editor (English, then Dutch)', async () => {
    const api = await getApi();
    for (const [file, lang] of [
      ['en/member-portal.md', 'en'],
      ['nl/ledenportaal.md', 'nl'],
    ] as const) {
      const doc = (await openLinted(file)).document;
      const state = api.sidebarState();
      assert.ok(state, 'the sidebar has no state');
      assert.equal(state.uri, doc.uri.toString());
      assert.equal(state.fileName, file.split('/').pop());
      assert.equal(state.isMarkdown, true);
      assert.equal(state.lang, lang);
      assert.equal(state.uiLang, vscode.env.language.startsWith('nl') ? 'nl' : 'en');
      assert.deepEqual(state.findings.map(place), api.findings(doc.uri).map(place));
      assert.ok(state.findings.length > 0);
    }
  });

  it('receives new findings after an edit', async () => {
    const api = await getApi();
    const editor = await openUntitled('# Notes\n');
    const doc = editor.document;
    assert.equal(api.sidebarState()?.findings.length, 0);
    await linted(doc.uri, () =>
      editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nOur UX/CX team owns it.\n')),
    );
    assert.deepEqual(
      api.sidebarState()?.findings.map((f) => f.ruleId),
      ['ux-cx-conflation'],
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
