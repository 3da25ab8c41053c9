// The files a folder stands for (src/core/scope.ts) and the `ignore` decision (ignoredBy in
// src/core/glob.ts): one definition each, used by the CLI and by the editor.
import assert from 'node:assert/strict';
import { ignoredBy } from '../../src/core/glob';
import { inFolderScope, isSkippedFolder } from '../../src/core/scope';

describe('files a folder stands for', () => {
  const cases: [string, boolean][] = [
    ['a.md', true],
    ['README.MD', true],
    ['docs/spec.markdown', true],
    ['docs/Spec.Markdown', true],
    ['docs/a.mdx', false],
    ['docs/a.md.txt', false],
    ['docs/.draft.md', false], // hidden file
    ['.github/issue.md', false], // hidden folder
    ['docs/.cache/a.md', false],
    ['node_modules/x/readme.md', false],
    ['a/node_modules/readme.md', false],
    ['node_modules.md', true],
    ['a.b/c.md', true],
  ];
  for (const [rel, expected] of cases) {
    it(`${rel}: ${expected ? 'read' : 'not read'}`, () =>
      assert.equal(inFolderScope(rel), expected));
  }

  it('skips dependency and hidden folders only', () => {
    assert.ok(isSkippedFolder('node_modules'));
    assert.ok(isSkippedFolder('.git'));
    assert.ok(isSkippedFolder('.vscode-test'));
    assert.ok(!isSkippedFolder('docs'));
    assert.ok(!isSkippedFolder('node_modules2'));
  });
});

describe('ignoredBy: the ignore globs of a configuration file', () => {
  it('reads the globs relative to the configuration file’s folder', () => {
    assert.ok(ignoredBy('/w/docs/drafts/a.md', '/w/docs', ['drafts/**']));
    assert.ok(ignoredBy('/w/docs/drafts/a.md', '/w/docs/', ['drafts']));
    assert.ok(!ignoredBy('/w/drafts/a.md', '/w/docs', ['drafts/**']));
  });

  it('never leaves out a document outside that folder, nor one in a folder of a similar name', () => {
    assert.ok(!ignoredBy('/w/docs2/a.md', '/w/docs', ['**']));
    assert.ok(!ignoredBy('/other/a.md', '/w', ['**']));
  });

  it('reads `*.*` as the editor always did: `a.` matches', () => {
    assert.ok(ignoredBy('/w/a.', '/w', ['*.*']));
    assert.ok(!ignoredBy('/w/a', '/w', ['*.*']));
  });

  it('leaves out nothing without globs', () => {
    assert.ok(!ignoredBy('/w/a.md', '/w', []));
  });
});
