// LintWorker: lints on a worker thread and gives what the engine gives, full and incremental.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { lint } from '../../src/core';
import type { TextChange } from '../../src/core/incremental';
import { LintTimeoutError, LintWorker, ResyncError } from '../../src/node/worker-client';
import { buildLintWorker } from '../../scripts/bundle';

describe('LintWorker', () => {
  let dir: string;
  let workerPath: string;

  before(() => {
    // The worker runs bundled, as in the extension (dist/lint-worker.js).
    dir = mkdtempSync(path.join(tmpdir(), 'uxcx-worker-'));
    workerPath = path.join(dir, 'lint-worker.js');
    buildLintWorker(workerPath);
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

  it('takes edits instead of texts, applied in order, and asks for the text when it lacks it', async () => {
    const worker = new LintWorker({ workerPath });
    try {
      const opts = { lang: 'en' as const };
      // Without the document, or after it was closed: a ResyncError, never a guess.
      await assert.rejects(worker.edit('doc', [], 0, opts), ResyncError);
      let text = '# Goals\n\nThe portal shows the status.\n\nSee the plan.\n';
      await worker.update('doc', text, undefined, opts);
      // Two changes of one event, the later one first (as VS Code reports them).
      const changes: TextChange[] = [
        { offset: text.indexOf('See'), deleteLength: 3, insertText: 'Read' },
        {
          offset: text.indexOf('shows'),
          deleteLength: 'shows the status'.length,
          insertText: 'redesign will increase customer loyalty',
        },
      ];
      for (const c of changes) {
        text = text.slice(0, c.offset) + c.insertText + text.slice(c.offset + c.deleteLength);
      }
      const result = await worker.edit('doc', changes, text.length, opts);
      assert.deepStrictEqual(result, lint(text, opts));
      assert.equal(result.findings.length > 0, true, 'the edit made a claim');
      assert.equal(worker.lastIncremental, true);
      // A wrong length (the client and the worker disagree): resync, and the state is dropped.
      await assert.rejects(worker.edit('doc', [], text.length + 1, opts), ResyncError);
      await assert.rejects(worker.edit('doc', [], text.length, opts), ResyncError);
      // A change that does not fit the text.
      await worker.update('doc', text, undefined, opts);
      const bad = { offset: text.length, deleteLength: 5, insertText: '' };
      await assert.rejects(worker.edit('doc', [bad], text.length - 5, opts), ResyncError);
      worker.close('other');
    } finally {
      await worker.dispose();
    }
  });

  it('sends a long text in pieces that arrive whole, in order with other requests', async () => {
    const worker = new LintWorker({ workerPath, pieceLength: 7 });
    try {
      const text = 'The redesigned app will increase customer loyalty.\n\nNo claim here.\n';
      const [a, b] = await Promise.all([
        worker.update('doc', text),
        worker.edit('doc', [{ offset: 0, deleteLength: 4, insertText: 'Our ' }], text.length),
      ]);
      assert.deepStrictEqual(a, lint(text));
      assert.deepStrictEqual(b, lint(`Our ${text.slice(4)}`));
      // A text linted once (a file that is not open) goes in pieces too.
      assert.deepStrictEqual(await worker.lint(text), lint(text));
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

  it('replaces a worker that runs past its time limit, and lints on with a new one', async () => {
    // A stand-in worker that never answers a text containing HANG (a lint the read budget did
    // not foresee) and lints everything else with the real worker's code.
    const hanging = path.join(dir, 'hanging-worker.js');
    writeFileSync(
      hanging,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (m) => {
         if (typeof m.text === 'string' && m.text.includes('HANG')) for (;;) {}
       });
       require(${JSON.stringify(workerPath)});`,
    );
    // The limit must outlast a worker's start and first lint on a busy machine (seconds under
    // load): the hang costs the test this long, but a slow machine cannot fail it.
    const worker = new LintWorker({ workerPath: hanging, timeoutMs: 20_000 });
    try {
      const text = 'The redesign will increase customer loyalty.';
      assert.deepStrictEqual(await worker.lint(text, {}, 'doc'), lint(text));
      // A request queued behind the hang is rejected too: the worker holding it is gone.
      const hang = worker.lint('HANG', {}, 'other');
      const behind = worker.lint(text, {}, 'third');
      await assert.rejects(hang, LintTimeoutError);
      await assert.rejects(behind, LintTimeoutError);
      assert.equal(worker.timeouts, 1);
      // The new worker does not hold the documents: an edit asks for the text again.
      await assert.rejects(worker.edit('doc', [], text.length), ResyncError);
      assert.deepStrictEqual(await worker.lint(text, {}, 'doc'), lint(text));
      assert.equal(worker.timeouts, 1);
    } finally {
      await worker.dispose();
    }
  });

  it('rejects a request when the worker cannot start', async () => {
    const worker = new LintWorker({ workerPath: path.join(dir, 'missing.js') });
    await assert.rejects(worker.lint('x'));
    await worker.dispose();
  });
});
