// Editing: diagnostics follow the text, a result never belongs to an older version than the
// one it was published for, and `uxcx.run` decides when linting happens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../src/core';
import {
  assertMatchesFreshLint,
  codeOf,
  openLinted,
  openUntitled,
  getApi,
  linted,
  pause,
  setSetting,
  setText,
  uxcxDiagnostics,
  within,
} from './helpers';

/** A diagnostic's rule and place, to compare with a lint of some version's text. */
function describeRange(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  const r = d.range;
  return `${String(code)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

function sameFindings(text: string, actual: string[]): boolean {
  const expected = lint(text).findings.map(
    (f) =>
      `${f.ruleId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`,
  );
  return JSON.stringify(expected.sort()) === JSON.stringify([...actual].sort());
}

const START = '# Draft\n\nThe checkout shows the total price before payment.\n';

async function typeAtEnd(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const ok = await editor.edit((b) => b.insert(end, text));
  assert.ok(ok, 'edit not applied');
}

describe('editing', () => {
  afterEach(async () => {
    await setSetting('run', undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('lints untitled documents and follows edits', async () => {
    const editor = await openUntitled(START);
    assert.equal(uxcxDiagnostics(editor.document.uri).length, 0);
    await linted(editor.document.uri, () =>
      typeAtEnd(editor, '\nOur UX/CX team owns the roadmap.\n'),
    );
    assert.deepEqual(
      uxcxDiagnostics(editor.document.uri).map((d) => editor.document.getText(d.range)),
      ['UX/CX'],
    );
    assertMatchesFreshLint(editor.document);
  });

  it('publishes only results that belong to a version, never an older one (rapid edits)', async () => {
    const editor = await openUntitled(START);
    const doc = editor.document;
    const key = doc.uri.toString();
    // Every version's text, and for each diagnostics change the versions whose lint it equals.
    const texts = new Map<number, string>([[doc.version, doc.getText()]]);
    const published: number[][] = [];
    const subs = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === key) texts.set(e.document.version, e.document.getText());
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === key)) return;
        const actual = uxcxDiagnostics(doc.uri).map((d) => describeRange(d));
        published.push([...texts].filter(([, text]) => sameFindings(text, actual)).map(([v]) => v));
      }),
    ];
    try {
      const pieces = [
        '\nThe new app will',
        ' strengthen brand preference.',
        '\n\nThe form must be seamless.',
        '\n\nOur UX/CX team',
        ' owns it.',
        '\n\nAs a member I want a modern app so that I stay loyal.',
      ];
      // Bursts faster than the typing delay, with pauses that let a lint run in between.
      for (const [i, piece] of pieces.entries()) {
        await typeAtEnd(editor, piece);
        await pause(i % 2 === 0 ? 30 : 340);
      }
      const api = await getApi();
      const last = api.lintDone(doc.uri);
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      await within(last, 'the final lint');
      await pause(200); // diagnostics events are delivered debounced
    } finally {
      for (const s of subs) s.dispose();
    }
    assert.ok(published.length >= 2, `only ${published.length} diagnostics change(s)`);
    let previous = -Infinity;
    for (const [i, versions] of published.entries()) {
      assert.ok(versions.length > 0, `publish #${i} matches no version of the text`);
      const next = versions.filter((v) => v >= previous).sort((a, b) => a - b)[0];
      assert.ok(
        next !== undefined,
        `publish #${i} (v${versions.join(', v')}) is older than v${previous}`,
      );
      previous = next;
    }
    assertMatchesFreshLint(doc);
    // The two undos took back the last two pieces.
    assert.ok(doc.getText().endsWith('Our UX/CX team'), doc.getText());
  });

  it('keeps the worker in step through multi-cursor edits, replacements, deletions and undo', async () => {
    // After the first lint only the edits go to the worker; a mistake would show as findings
    // that do not match a fresh lint of the text.
    const editor = await openUntitled(
      '# Goals\n\nThe portal shows the status.\n\nThe form is short.\n\nSee the plan.\n',
    );
    const doc = editor.document;
    const at = (s: string): vscode.Position => doc.positionAt(doc.getText().indexOf(s));
    const steps: ((b: vscode.TextEditorEdit) => void)[] = [
      // Three places in one edit (one event with three content changes).
      (b) => {
        b.insert(at('The portal'), 'The redesigned app will increase customer loyalty. ');
        b.replace(new vscode.Range(at('short'), at('short').translate(0, 5)), 'seamless');
        b.insert(at('See'), 'Our UX/CX team owns it. ');
      },
      (b) => b.delete(new vscode.Range(at('The portal'), at('The form'))),
      (b) => b.insert(new vscode.Position(0, 0), '\uFEFF'),
      (b) => b.replace(new vscode.Range(at('# Goals'), at('# Goals').translate(0, 7)), '# Doelen'),
    ];
    for (const step of steps) {
      await linted(doc.uri, () => editor.edit(step));
      assertMatchesFreshLint(doc);
    }
    await linted(doc.uri, () => vscode.commands.executeCommand('undo'));
    assertMatchesFreshLint(doc);
    assert.ok(uxcxDiagnostics(doc.uri).length >= 2);
  });

  it('marks lines nested too deeply to read, and still lints the rest', async () => {
    const editor = await openUntitled(
      `The redesigned app will increase customer loyalty.\n\n${'>'.repeat(3_000)} deep\n`,
    );
    const described = uxcxDiagnostics(editor.document.uri).map(
      (d) => `${codeOf(d)} ${d.range.start.line}`,
    );
    assert.deepEqual(described.sort(), ['input 2', 'ux-for-cx-outcome 0']);
  });

  it('with uxcx.run = manual lints only on request', async () => {
    const editor = await openUntitled(START);
    await setSetting('run', 'manual');
    await typeAtEnd(editor, '\nOur UX/CX team owns the roadmap.\n');
    await pause(800); // longer than the typing delay: a lint would have happened by now
    assert.equal(uxcxDiagnostics(editor.document.uri).length, 0);
    await linted(editor.document.uri, () => vscode.commands.executeCommand('uxcx.lintDocument'));
    assert.equal(uxcxDiagnostics(editor.document.uri).length, 1);
  });

  it('with uxcx.run = onSave lints on save, not while typing', async () => {
    const editor = await openLinted('scratch/save.md');
    const doc = editor.document;
    const original = doc.getText();
    // A settings change re-lints open documents: wait for that before typing.
    await linted(doc.uri, () => setSetting('run', 'onSave'));
    try {
      await typeAtEnd(editor, '\nThe app must be intuitive.\n');
      await pause(800);
      assert.equal(uxcxDiagnostics(doc.uri).length, 0);
      await linted(doc.uri, () => doc.save());
      assert.deepEqual(
        uxcxDiagnostics(doc.uri).map((d) => doc.getText(d.range)),
        ['intuitive'],
      );
    } finally {
      await setSetting('run', undefined);
      await setText(doc, original);
      await doc.save();
    }
  });
});
