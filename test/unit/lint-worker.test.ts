// LintWorker: lints on a worker thread and gives what the engine gives, full and incremental.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { lint } from '../../src/core';
import { LintWorker } from '../../src/node/worker-client';

const ROOT = path.resolve(__dirname, '..', '..');

describe('LintWorker', function () {
  this.timeout(30_000);
  let dir: string;
  let workerPath: string;

  before(() => {
    // The worker runs bundled, as in the extension (dist/lint-worker.js).
    dir = mkdtempSync(path.join(tmpdir(), 'uxcx-worker-'));
    workerPath = path.join(dir, 'lint-worker.js');
    buildSync({
      entryPoints: [path.join(ROOT, 'src/node/lint-worker.ts')],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      mainFields: ['module', 'main'],
      outfile: workerPath,
      logLevel: 'warning',
    });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints, then updates a document incrementally, as the engine does', async () => {
    const worker = new LintWorker({ workerPath });
    try {
      const text =
        '# Doelen\n\nHet portaal toont de status.\n\nDe nieuwe app verhoogt de klantloyaliteit.\n';
      assert.deepStrictEqual(await worker.lint(text, {}, 'doc'), lint(text));
      const at = text.indexOf('toont');
      const insert = 'door de redesign ';
      const next = text.slice(0, at) + insert + text.slice(at);
      const result = await worker.update('doc', next, {
        offset: at,
        deleteLength: 0,
        insertText: insert,
      });
      assert.deepStrictEqual(result, lint(next));
      assert.equal(worker.lastIncremental, true);
      // Other options start over with a full lint.
      const en = await worker.update('doc', next, undefined, { lang: 'en' });
      assert.deepStrictEqual(en, lint(next, { lang: 'en' }));
      assert.equal(worker.lastIncremental, false);
    } finally {
      await worker.dispose();
    }
  });

  it('answers requests in order and rejects them after dispose', async () => {
    const worker = new LintWorker({ workerPath });
    const texts = ['The redesign will increase customer loyalty.', 'Plain text.', ''];
    const results = await Promise.all(texts.map((t) => worker.lint(t)));
    results.forEach((r, k) => assert.deepStrictEqual(r, lint(texts[k]!)));
    await worker.dispose();
    await assert.rejects(worker.lint('x'), /disposed/);
  });

  it('rejects a request when the worker cannot start', async () => {
    const worker = new LintWorker({ workerPath: path.join(dir, 'missing.js') });
    await assert.rejects(worker.lint('x'));
    await worker.dispose();
  });
});
