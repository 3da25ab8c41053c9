// Which copy of the extension the suite tests: the source tree (extensionDevelopmentPath), or in
// the run against the package (scripts/vscode-tests/main.ts --installed) the .vsix installed into
// the profile's extensions folder. The harness says which; the other tests then show that the
// copy works (diagnostics, hovers, quick fixes, the sidebar).
import * as assert from 'node:assert/strict';
import { existsSync, realpathSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, getApi } from './helpers';

const real = (p: string): string => realpathSync(p);

describe('the extension under test', () => {
  it('is the copy the harness loaded: the source tree, or the installed .vsix', async function () {
    const installedIn = process.env.UXCX_EXPECT_INSTALLED_IN;
    const sourceTree = process.env.UXCX_EXPECT_EXTENSION_PATH;
    if (!installedIn && !sourceTree) this.skip(); // a host that does not say (test-electron)
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    await getApi(); // it activates
    const at = real(ext.extensionPath);
    if (installedIn) {
      // Installed extensions live in <extensions folder>/<publisher>.<name>-<version>.
      const { publisher, name, version } = ext.packageJSON as Record<string, string>;
      assert.equal(path.dirname(at), real(installedIn), `loaded from ${at}`);
      assert.equal(path.basename(at), `${publisher}.${name}-${version}`);
      assert.ok(!existsSync(path.join(at, 'src')), 'the installed copy holds src/');
      assert.ok(existsSync(path.join(at, 'dist', 'lint-worker.js')), 'no lint worker');
    } else {
      assert.equal(at, real(sourceTree!));
    }
  });
});
