// The engine in the asking thread behind the worker protocol (src/worker/in-thread.ts): what the
// web extension falls back to where no web worker can be started. It must lint as the engine
// does, incrementally after edits, in pieces, and forget what it held when replaced.
import * as assert from 'node:assert/strict';
import { lint } from '../../src/core';
import { LintClient, ResyncError } from '../../src/worker/client';
import { startInThread } from '../../src/worker/in-thread';

describe('the engine in the asking thread (LintClient + startInThread)', () => {
  it('lints, edits incrementally and in pieces, as the engine does', async () => {
    const client = new LintClient(startInThread, { pieceLength: 7 });
    try {
      const text =
        '# Doelen\n\nHet portaal toont de status.\n\nDe nieuwe app verhoogt de klantloyaliteit.\n';
      assert.deepStrictEqual(await client.update('doc', text), lint(text));
      const at = text.indexOf('toont');
      const insert = 'door de redesign ';
      const next = text.slice(0, at) + insert + text.slice(at);
      const edited = await client.edit(
        'doc',
        [{ offset: at, deleteLength: 0, insertText: insert }],
        next.length,
      );
      assert.deepStrictEqual(edited, lint(next));
      assert.equal(client.lastIncremental, true);
      assert.deepStrictEqual(await client.lint(next), lint(next));
      await assert.rejects(client.edit('other', [], 0), ResyncError);
    } finally {
      await client.dispose();
    }
    await assert.rejects(client.lint('x'), /disposed/);
  });

  it('starts each engine without the documents an earlier one held', async () => {
    let started = 0;
    const client = new LintClient((events) => {
      started++;
      const port = startInThread(events);
      // The first engine "dies" after its first answer, as a crashed worker would.
      if (started === 1) {
        return {
          ...port,
          postMessage(message) {
            port.postMessage(message);
            if (message.type !== 'close') setTimeout(() => events.failed(new Error('gone')), 5);
          },
        };
      }
      return port;
    });
    try {
      const text = 'The redesigned app will increase customer loyalty.\n';
      await client.update('doc', text);
      await new Promise((resolve) => setTimeout(resolve, 20));
      await assert.rejects(client.edit('doc', [], text.length), ResyncError);
      assert.equal(started, 2);
    } finally {
      await client.dispose();
    }
  });
});
