// The patches in patches/ (applied by patch-package after npm install), each checked against
// what upstream does:
// - micromark+4.0.3.patch makes micromark's `resolveAllText` merge adjacent `data` events in one
//   pass instead of splicing the event list once per run, which made a long hard-wrapped
//   paragraph or a paragraph of escapes quadratic: compared on random event lists with the
//   upstream code (copied below as the reference), and on real parses. It also makes `parse`
//   combine a list of extensions once, not on every call (remark-parse passes the same list).
// - mdast-util-from-markdown+2.1.0.patch gives all handlers one context object instead of a new
//   spread one per event: compared with the package's own unpatched development build on the
//   fuzzer's documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parse, postprocess, preprocess } from 'micromark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { markdownDoc } from '../fuzz/generators';

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

describe('micromark patch: extensions combined once per list', () => {
  it('gives the same constructs for the same list, new ones for another or a longer list', () => {
    const extensions = [gfmTable(), gfmStrikethrough()];
    const a = parse({ extensions });
    const b = parse({ extensions });
    assert.equal(a.constructs, b.constructs);
    // Each parser keeps its own state.
    assert.notEqual(a.defined, b.defined);
    assert.notEqual(a.lazy, b.lazy);
    assert.notEqual(parse({ extensions: [...extensions] }).constructs, a.constructs);
    extensions.push(gfmFootnote());
    const c = parse({ extensions });
    assert.notEqual(c.constructs, a.constructs);
    assert.ok('91' in c.constructs.document, 'the footnote definition construct is combined in');
  });

  it('reads a definition in one text and not in the next', () => {
    const extensions = [gfmTable()];
    const events = (text: string) =>
      postprocess(
        parse({ extensions })
          .document()
          .write(preprocess()(text, undefined, true)),
      );
    const link = (text: string) => events(text).some(([, t]) => t.type === 'link');
    assert.ok(link('[a]: https://x.org\n\n[a]\n'));
    assert.ok(!link('[a]\n'));
  });
});

describe('mdast-util-from-markdown patch: one handler context', () => {
  /** The package's development build: the same code, unpatched. */
  let upstreamFromMarkdown: typeof fromMarkdown;
  before(async () => {
    const file = join(dirname(require.resolve('mdast-util-from-markdown')), 'dev/index.js');
    assert.doesNotMatch(readFileSync(join(dirname(file), 'lib/index.js'), 'utf8'), /eventContext/);
    ({ fromMarkdown: upstreamFromMarkdown } = (await import(pathToFileURL(file).href)) as {
      fromMarkdown: typeof fromMarkdown;
    });
  });

  it('is installed (npm install runs patch-package)', () => {
    const file = join(dirname(require.resolve('mdast-util-from-markdown')), 'lib/index.js');
    assert.match(readFileSync(file, 'utf8'), /const eventContext = \{\.\.\.context/);
  });

  it('builds the tree upstream builds, on the fuzzer’s documents', () => {
    const options = () => ({
      extensions: [
        frontmatter(['yaml']),
        gfmFootnote(),
        gfmStrikethrough(),
        gfmTable(),
        gfmTaskListItem(),
      ],
      mdastExtensions: [
        frontmatterFromMarkdown(['yaml']),
        gfmFootnoteFromMarkdown(),
        gfmStrikethroughFromMarkdown(),
        gfmTableFromMarkdown(),
        gfmTaskListItemFromMarkdown(),
      ],
    });
    fc.assert(
      fc.property(markdownDoc, (text) => {
        assert.deepEqual(fromMarkdown(text, options()), upstreamFromMarkdown(text, options()));
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});
