// The one configuration lookup (src/core/config-files.ts) that the CLI runs over Node's fs and the
// editor over workspace.fs: checked here over an in-memory file system that counts its calls.
import assert from 'node:assert/strict';
import { ConfigFiles, parentOf, type ConfigFileSystem } from '../../src/core/config-files';

function memory(files: Record<string, string | Uint8Array>) {
  const calls = { isFile: 0, read: 0 };
  const fs: ConfigFileSystem = {
    isFile: (p) => {
      calls.isFile++;
      return Promise.resolve(p in files);
    },
    read: (p) => {
      calls.read++;
      const f = files[p];
      if (f === undefined) return Promise.reject(new Error('gone'));
      return Promise.resolve(typeof f === 'string' ? new TextEncoder().encode(f) : f);
    },
    reason: (e) => `reason: ${(e as Error).message}`,
  };
  return { fs, calls };
}

describe('config files: one lookup for the CLI and the editor', () => {
  it('finds the nearest file upward, through the root it is given', async () => {
    const { fs } = memory({ '/w/.uxcxrc.json': '{}', '/w/a/.uxcxrc.json': '{}' });
    const files = new ConfigFiles(fs);
    assert.equal(await files.fileFor('/w/a/b/c'), '/w/a/.uxcxrc.json');
    assert.equal(await files.fileFor('/w/x'), '/w/.uxcxrc.json');
    assert.equal(await new ConfigFiles(fs).fileFor('/w/x', '/w/x'), undefined);
    assert.equal(await new ConfigFiles(fs).fileFor('/other'), undefined);
    assert.equal(
      await new ConfigFiles(memory({ '/.uxcxrc.json': '{}' }).fs).fileFor('/a'),
      '/.uxcxrc.json',
    );
  });

  it('looks each folder up once and reads each file once, until cleared', async () => {
    const { fs, calls } = memory({ '/w/.uxcxrc.json': '{"rules": {}}' });
    const files = new ConfigFiles(fs);
    for (let i = 0; i < 50; i++) {
      const file = await files.fileFor(`/w/d${i % 5}`);
      await files.read(file!);
    }
    // Five folders and /w each looked at once; /w/.uxcxrc.json read once.
    assert.equal(calls.isFile, 6);
    assert.equal(calls.read, 1);
    files.clear();
    await files.read((await files.fileFor('/w/d0'))!);
    assert.equal(calls.read, 2);
  });

  it('reads a file with a byte order mark as without', async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('{"sensitivity": "thorough"}'),
    ]);
    const read = await new ConfigFiles(memory({ '/c.json': bom }).fs).read('/c.json');
    assert.deepEqual(read.problems, []);
    assert.equal(read.config.sensitivity, 'thorough');
  });

  it('gives one problem for a file that cannot be read, and nothing set', async () => {
    const read = await new ConfigFiles(memory({}).fs).read('/w/.uxcxrc.json');
    assert.deepEqual(read.config, {});
    assert.equal(read.problems.length, 1);
    assert.equal(
      read.problems[0]!.message,
      'The configuration file could not be read (reason: gone); using the defaults.',
    );
  });

  it('gives a syntax error with its place', async () => {
    const read = await new ConfigFiles(memory({ '/c.json': '{\n  "rules": {,\n}' }).fs).read(
      '/c.json',
    );
    assert.ok(read.problems.length > 0);
    assert.ok(read.problems[0]!.range, 'the problem has a place');
  });

  it('knows the folder of a path', () => {
    assert.equal(parentOf('/a/b/c.md'), '/a/b');
    assert.equal(parentOf('/a'), '/');
    assert.equal(parentOf('/'), '/');
  });
});
