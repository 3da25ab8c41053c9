// Configuration: uxcx.* settings and .uxcxrc.json files take effect at once; the file wins
// over settings; problems in the file are shown on the file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  clearNotices,
  codeOf,
  getApi,
  linted,
  openLinted,
  openUntitled,
  setSetting,
  until,
  uxcxDiagnostics,
  within,
  wsUri,
} from './helpers';

const RC = '.uxcxrc.json';
const { Error: ERROR, Warning } = vscode.DiagnosticSeverity;

const bytes = (text: string) => new TextEncoder().encode(text);

/** The severities of a rule's diagnostics in a document. */
function severities(uri: vscode.Uri, rule: string): vscode.DiagnosticSeverity[] {
  return uxcxDiagnostics(uri)
    .filter((d) => codeOf(d) === rule)
    .map((d) => d.severity);
}

/** Write the workspace's .uxcxrc.json and wait until `doc` is linted with it. */
async function writeRc(doc: vscode.TextDocument, text: string): Promise<void> {
  await linted(
    doc.uri,
    () => vscode.workspace.fs.writeFile(wsUri(RC), bytes(text)),
    'a lint after writing .uxcxrc.json',
  );
}

async function removeRc(doc: vscode.TextDocument): Promise<void> {
  const exists = await vscode.workspace.fs.stat(wsUri(RC)).then(
    () => true,
    () => false,
  );
  if (!exists) return;
  await linted(
    doc.uri,
    () => vscode.workspace.fs.delete(wsUri(RC)),
    'a lint after removing .uxcxrc.json',
  );
}

describe('configuration', () => {
  let doc: vscode.TextDocument;
  let original: Uint8Array | undefined;
  before(async () => {
    original = await vscode.workspace.fs.readFile(wsUri(RC)).then(
      (b) => b,
      () => undefined,
    );
    doc = (await openLinted('en/member-portal.md')).document;
    await removeRc(doc);
  });
  afterEach(async () => {
    await setSetting('rules.ux-cx-conflation', undefined);
    await setSetting('rules.unmeasurable-ux-quality', undefined);
    await setSetting('terms', undefined);
    await setSetting('maxFileSize', undefined);
    await setSetting('sensitivity', undefined);
  });
  after(async () => {
    await removeRc(doc);
    if (original) await vscode.workspace.fs.writeFile(wsUri(RC), original);
  });

  it('uxcx.rules.<id> = off turns a rule off, and a severity changes it', async () => {
    assert.deepEqual(severities(doc.uri, 'ux-cx-conflation'), [Warning]);
    await linted(doc.uri, () => setSetting('rules.ux-cx-conflation', 'off'));
    assert.deepEqual(severities(doc.uri, 'ux-cx-conflation'), []);
    await linted(doc.uri, () => setSetting('rules.ux-cx-conflation', 'error'));
    assert.deepEqual(severities(doc.uri, 'ux-cx-conflation'), [ERROR]);
  });

  it('uxcx.sensitivity = thorough adds findings of low confidence; strict hides them', async () => {
    const editor = await openUntitled('We redesign the portal. It will make customers loyal.\n');
    const uri = editor.document.uri;
    try {
      assert.deepEqual(uxcxDiagnostics(uri), []);
      await linted(uri, () => setSetting('sensitivity', 'thorough'));
      assert.deepEqual(uxcxDiagnostics(uri).map(codeOf), ['ux-for-cx-outcome']);
      assert.equal((await getApi()).findings(uri)[0]?.confidence, 'low');
      await linted(uri, () => setSetting('sensitivity', 'strict'));
      assert.deepEqual(uxcxDiagnostics(uri), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('uxcx.terms adds words to the lexicon', async () => {
    const before = severities(doc.uri, 'unmeasurable-ux-quality').length;
    await linted(doc.uri, () => setSetting('terms', { en: { vague: ['plan the session'] } }));
    assert.equal(severities(doc.uri, 'unmeasurable-ux-quality').length, before + 1);
  });

  it('uxcx.maxFileSize skips a larger document, says so once, and lints it when raised', async () => {
    const api = await getApi();
    const size = new TextEncoder().encode(doc.getText()).length;
    assert.ok(uxcxDiagnostics(doc.uri).length > 0);
    // Every open Markdown document is linted again, and the larger ones get their notice.
    const others = vscode.workspace.textDocuments
      .filter((d) => d.languageId === 'markdown' && d.uri.toString() !== doc.uri.toString())
      .map((d) => api.lintDone(d.uri));
    try {
      await linted(doc.uri, () => setSetting('maxFileSize', size - 1));
      await within(Promise.all(others), 'the other open documents linted again');
      assert.deepEqual(uxcxDiagnostics(doc.uri), []);
      assert.deepEqual(api.tooLarge(doc.uri), { bytes: size, limit: size - 1 });
      await linted(doc.uri, () => setSetting('maxFileSize', size));
      assert.equal(api.tooLarge(doc.uri), undefined);
      assert.ok(uxcxDiagnostics(doc.uri).length > 0);
    } finally {
      // Every open document got its notice; the later screenshots should not show them.
      await clearNotices();
    }
  });

  it('.uxcxrc.json changes take effect, and the file wins over settings', async () => {
    await linted(doc.uri, () => setSetting('rules.unmeasurable-ux-quality', 'off'));
    assert.deepEqual(severities(doc.uri, 'unmeasurable-ux-quality'), []);
    await writeRc(doc, '{ "rules": { "unmeasurable-ux-quality": "error" } }\n');
    assert.deepEqual(severities(doc.uri, 'unmeasurable-ux-quality'), [ERROR]);
    await writeRc(
      doc,
      '{ "rules": { "unmeasurable-ux-quality": false, "ux-for-cx-outcome": "info" } }\n',
    );
    assert.deepEqual(severities(doc.uri, 'unmeasurable-ux-quality'), []);
    assert.ok(
      severities(doc.uri, 'ux-for-cx-outcome').every(
        (s) => s === vscode.DiagnosticSeverity.Information,
      ),
    );
    await removeRc(doc);
    assert.deepEqual(severities(doc.uri, 'ux-for-cx-outcome').slice(0, 1), [Warning]);
  });

  it('ignore globs in .uxcxrc.json leave files out', async () => {
    const scratch = (await openLinted('scratch/fixes.md')).document;
    assert.ok(uxcxDiagnostics(scratch.uri).length > 0);
    const api = await getApi();
    const done = api.lintDone(scratch.uri);
    await writeRc(doc, '{ "ignore": ["scratch/**"] }\n');
    await within(done, 'a lint of the ignored file');
    assert.deepEqual(uxcxDiagnostics(scratch.uri), []);
    assert.ok(uxcxDiagnostics(doc.uri).length > 0, 'other files are still linted');
    await removeRc(doc);
  });

  it('problems in .uxcxrc.json are shown on the file, the valid parts still apply', async () => {
    await writeRc(
      doc,
      '{\n  "rules": { "ux-cx-conflation": "loud", "unmeasurable-ux-quality": "off" },\n  "colour": 1\n}\n',
    );
    const rc = wsUri(RC);
    const problems = () => vscode.languages.getDiagnostics(rc).filter((d) => d.source === 'uxcx');
    await until(() => problems().length === 2, 'two problems on .uxcxrc.json');
    const texts = problems().map((d) => d.message);
    assert.ok(
      texts.some((m) => m.includes('"loud"')),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((m) => m.includes('Unknown setting "colour"')),
      texts.join('\n'),
    );
    const rcText = new TextDecoder().decode(await vscode.workspace.fs.readFile(rc));
    const lines = rcText.split('\n');
    const loud = problems().find((d) => d.message.includes('"loud"'))!;
    assert.equal(
      lines[loud.range.start.line]!.slice(loud.range.start.character, loud.range.end.character),
      '"loud"',
    );
    assert.deepEqual(severities(doc.uri, 'unmeasurable-ux-quality'), []);
    await removeRc(doc);
    await until(() => problems().length === 0, 'the problems to go with the file');
  });
});
