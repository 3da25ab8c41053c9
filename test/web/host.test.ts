// Which host runs this suite and the extension: the browser's extension host (a web worker in
// Chromium, no Node), the extension loaded from package.json's "browser" entry, its engine on a
// web worker of its own. What was seen goes to the harness (.uxcx-test/host.json), which prints it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi, workspaceRoot } from '../integration/helpers';
import { SHARED_FOLDER, writeAtomically } from './harness';

const g = globalThis as Record<string, unknown>;

describe('the browser extension host', () => {
  it('runs the web extension in a web worker in the browser, with the engine on a web worker', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    const api = await getApi();
    const WorkerGlobalScope = g.WorkerGlobalScope as (new () => unknown) | undefined;
    const navigator = g.navigator as { userAgent?: string } | undefined;
    const seen = {
      workerGlobalScope:
        typeof WorkerGlobalScope === 'function' && globalThis instanceof WorkerGlobalScope,
      userAgent: navigator?.userAgent ?? '',
      typeofProcess: typeof g.process,
      typeofRequire: typeof g.require,
      uiKind: vscode.UIKind[vscode.env.uiKind],
      extensionKind: vscode.ExtensionKind[ext.extensionKind],
      remoteName: vscode.env.remoteName ?? '',
      language: vscode.env.language,
      browserEntry: (ext.packageJSON as { browser?: string }).browser,
      engine: api.engine(),
    };
    await writeAtomically(
      vscode.Uri.joinPath(workspaceRoot(), SHARED_FOLDER, 'host.json'),
      JSON.stringify(seen, null, 2),
    );
    // A web worker of a browser, not Node: Node's extension host has no WorkerGlobalScope and a
    // `process` with a version.
    assert.equal(seen.workerGlobalScope, true, JSON.stringify(seen));
    assert.match(seen.userAgent, /Chrom/);
    assert.ok(
      typeof (g.process as { versions?: { node?: string } } | undefined)?.versions?.node !==
        'string',
      'this host has Node',
    );
    // VS Code says so too: a web UI, and the extension runs on the UI side (in code-server's
    // Node host it would be a workspace extension).
    assert.equal(seen.uiKind, 'Web');
    assert.equal(seen.extensionKind, 'UI');
    assert.equal(seen.browserEntry, './dist/web/extension.js');
    // Only src/web/extension.ts reports a web worker: the engine runs on one.
    assert.equal(seen.engine, 'web worker');
  });
});
