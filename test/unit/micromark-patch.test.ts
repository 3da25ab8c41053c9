// patches/micromark+4.0.3.patch (applied by patch-package after npm install) makes micromark's
// `resolveAllText` merge adjacent `data` events in one pass instead of splicing the event list once
// per run, which made a long hard-wrapped paragraph or a paragraph of escapes quadratic. The
// patched resolver must do exactly what the upstream one does: compared here on random event
// lists with the upstream code (copied below as the reference), and on real parses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';

interface Token {
  type: string;
  end: number;
}
type Event = [string, Token];

/** micromark 4.0.3's resolveAllText, as published (lib/initialize/text.js), without the extra resolver. */
function upstream(events: Event[]): Event[] {
  let index = -1;
  let enter: number | undefined;
  while (++index <= events.length) {
    if (enter === undefined) {
      if (events[index] && events[index]![1].type === 'data') {
        enter = index;
        index++;
      }
    } else if (!events[index] || events[index]![1].type !== 'data') {
      if (index !== enter + 2) {
        events[enter]![1].end = events[index - 1]![1].end;
        events.splice(enter + 2, index - enter - 2);
        index = enter + 2;
      }
      enter = undefined;
    }
  }
  return events;
}

/** The installed file (not in the package's exports: found next to its entry). */
const FILE = join(dirname(require.resolve('micromark')), 'lib/initialize/text.js');
type Resolve = (events: Event[], context: unknown) => Event[];

/** Event lists as the tokenizer makes them: enter/exit pairs of data and other tokens. */
const eventLists = fc
  .array(fc.record({ data: fc.boolean(), nest: fc.boolean() }), { maxLength: 40 })
  .map((specs) => {
    const events: Event[] = [];
    let at = 0;
    for (const s of specs) {
      const token: Token = {
        type: s.data ? 'data' : s.nest ? 'emphasis' : 'lineEnding',
        end: ++at,
      };
      events.push(['enter', token], ['exit', token]);
    }
    return events;
  });

/** A deep copy that keeps enter and exit sharing one token. */
function copy(events: Event[]): Event[] {
  const tokens = new Map<Token, Token>();
  return events.map(([kind, t]) => {
    if (!tokens.has(t)) tokens.set(t, { ...t });
    return [kind, tokens.get(t)!];
  });
}

describe('micromark patch: resolveAllText in one pass', () => {
  /** The resolver as installed (the one without the line-suffix step). */
  let installed: Resolve;
  before(async () => {
    const mod = (await import(pathToFileURL(FILE).href)) as { resolver: { resolveAll: Resolve } };
    installed = mod.resolver.resolveAll;
  });

  it('is installed (npm install runs patch-package)', () => {
    assert.match(readFileSync(FILE, 'utf8'), /Merge adjacent `data` events in one pass/);
  });

  it('gives the upstream result on random event lists', () => {
    fc.assert(
      fc.property(eventLists, (events) => {
        const expected = upstream(copy(events));
        const actual = installed(copy(events), {});
        assert.deepEqual(
          actual.map(([k, t]) => [k, t.type, t.end]),
          expected.map(([k, t]) => [k, t.type, t.end]),
        );
      }),
      { numRuns: 2_000, seed: 11 },
    );
  });

  it('leaves no two data tokens side by side in a real parse', () => {
    for (const text of [
      'a\nb\nc\n'.repeat(50),
      'Ok \\* '.repeat(100),
      'x &amp; y\\\n'.repeat(30),
    ]) {
      const events = postprocess(
        parse()
          .document()
          .write(preprocess()(text, undefined, true)),
      );
      const data = events.filter(([kind, t]) => kind === 'enter' && t.type === 'data');
      // Adjacent data tokens never survive the resolver.
      for (let i = 0; i + 2 < events.length; i++) {
        const [k1, t1] = events[i]!;
        const [k2, t2] = events[i + 2]!;
        assert.ok(!(k1 === 'enter' && t1.type === 'data' && k2 === 'enter' && t2.type === 'data'));
      }
      assert.ok(data.length > 0);
    }
  });
});
