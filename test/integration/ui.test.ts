// What a user sees, through the harness's browser (scripts/vscode-tests/): squiggles,
// a hover with a definition, the explainer sidebar with the finding's text, the Problems panel.
// Skipped under hosts without the harness (@vscode/test-electron).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { GLOSSARY } from '../../src/core';
import {
  browserAvailable,
  hoverScreenshot,
  sidebarTextContaining,
  takeScreenshot,
} from './browser';
import { getApi, openLinted, openUntitled, pause, setSetting } from './helpers';

function definition(id: string): string {
  const entry = GLOSSARY.find((g) => g.id === id);
  assert.ok(entry, id);
  return entry.definition.en;
}

/** `light` or `dark`, from the theme the harness started VS Code with. */
function themeName(): string {
  const theme = vscode.workspace.getConfiguration('workbench').get<string>('colorTheme') ?? '';
  return /dark/i.test(theme) ? 'dark' : 'light';
}

/**
 * The extension development host under code-server starts with the fallback theme (Light+)
 * whatever workbench.colorTheme says; changing the setting makes the workbench apply it.
 */
async function applyRequestedTheme(): Promise<void> {
  const workbench = vscode.workspace.getConfiguration('workbench');
  const wanted = workbench.inspect<string>('colorTheme')?.globalValue;
  if (!wanted) return;
  const other = /dark/i.test(wanted) ? 'Default Light+' : 'Default Dark+';
  await workbench.update('colorTheme', other, vscode.ConfigurationTarget.Global);
  await workbench.update('colorTheme', wanted, vscode.ConfigurationTarget.Global);
  await pause(500); // the workbench repaints with the new theme
}

describe('in the browser', function () {
  before(async function () {
    if (!browserAvailable()) this.skip();
    await applyRequestedTheme();
  });

  it('shows squiggles and the explainer with the selected finding', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = (await openLinted('en/member-portal.md')).document;
    const findings = api.findings(doc.uri);
    await vscode.commands.executeCommand('uxcx.explain', doc.uri.toString(), 0);
    const text = await sidebarTextContaining(findings[0]!.message.slice(0, 60));
    assert.ok(text.length > 0);
    const shot = await takeScreenshot(`explainer-en-${themeName()}`);
    assert.ok(shot);
  });

  it('shows a Dutch document with its findings in the explainer', async () => {
    const api = await getApi();
    const doc = (await openLinted('nl/ledenportaal.md')).document;
    const findings = api.findings(doc.uri);
    await vscode.commands.executeCommand('uxcx.explain', doc.uri.toString(), 1);
    await sidebarTextContaining(findings[1]!.message.slice(0, 60));
    assert.ok(await takeScreenshot(`explainer-nl-${themeName()}`));
  });

  it('shows how sure a finding is in the explainer (sensitivity thorough)', async () => {
    const api = await getApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('sensitivity', 'thorough');
    try {
      const editor = await openUntitled(
        '# Goals\n\nWe redesign the member portal. That way members will stay loyal to the club.\n',
      );
      const uri = editor.document.uri;
      assert.equal(api.findings(uri)[0]?.confidence, 'low');
      await vscode.commands.executeCommand('uxcx.explain', uri.toString(), 0);
      const text = await sidebarTextContaining('Confidence: low');
      assert.ok(text.includes('low confidence'), 'the list marks the finding');
      assert.ok(await takeScreenshot(`explainer-low-confidence-${themeName()}`));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await setSetting('sensitivity', undefined);
    }
  });

  it('shows a hover with the finding and the glossary definition', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openLinted('en/hover-demo.md');
    await pause(500); // let the squiggle paint before the mouse moves there
    const { path, hoverText } = await hoverScreenshot(`hover-finding-${themeName()}`);
    assert.ok(path);
    assert.ok(hoverText.includes(definition('brand-preference').slice(0, 50)), hoverText);
    assert.ok(hoverText.includes('Explain in the sidebar'), hoverText);
  });

  it('shows a hover with a glossary definition on a plain term', async () => {
    const { path, hoverText } = await hoverScreenshot(`hover-term-${themeName()}`, {
      text: 'NPS is measured',
    });
    assert.ok(path);
    assert.ok(hoverText.includes(definition('nps').slice(0, 50)), hoverText);
    assert.ok(!hoverText.includes('Explain in the sidebar'), hoverText);
  });

  it('fills the Problems panel from the workspace command', async () => {
    await vscode.commands.executeCommand('uxcx.lintWorkspace');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('notifications.clearAll');
    await pause(1500); // a finished progress notification stays up for a moment
    assert.ok(await takeScreenshot(`problems-${themeName()}`));
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
