// Hovers (src/extension/hover.ts) with a fake vscode: document text in a hover is escaped so it
// shows as the text it is, the finding hover is trusted for uxcx.explain only and renders no
// HTML. What VS Code's renderer makes of it is checked in the browser by
// test/integration/security.test.ts; here the Markdown is read by remark (CommonMark) and the
// steps of VS Code's renderer that remark lacks are checked on the source.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import Module, { createRequire } from 'node:module';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type * as vscode from 'vscode';
import { lint, type Finding } from '../../src/core';
import type * as HoverModule from '../../src/extension/hover';
import type { GlossaryHit } from '../../src/extension/glossaryMatch';

const ROOT = path.resolve(__dirname, '..', '..');
const load = createRequire(__filename);

/** Text a requirements document may contain, aimed at a Markdown hover. */
const HOSTILE = [
  '[x](command:workbench.action.terminal.new)',
  '[x](command:uxcx.explain?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%2C0%5D)',
  '[link](javascript:alert(1))',
  '![leak](https://example.invalid/leak.png)',
  '<img src="https://example.invalid/leak.png">',
  '<script>alert(1)</script>',
  '<span style="color:red">red</span>',
  '<https://example.invalid/autolink>',
  'https://example.invalid/bare',
  'www.example.invalid',
  'someone@example.invalid',
  '&lt;b&gt; &amp; &#x41;',
  '$(terminal) $(alert~spin)',
  '\\$(terminal) \\\\$(terminal)',
  '*em* _em_ **strong** ~~del~~ `code`',
  '# heading',
  '1. item',
  '> quote',
  '| a | b |',
  '[^1] [ref]: https://example.invalid',
  'line one\n\n# heading\n\n<script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
  'back\\slash \\* \\[',
];

/** The `$(name)` syntax VS Code turns into a theme icon, unless a backslash escapes it. */
const ICON = /(\\)?\$\(([A-Za-z0-9-]+(?:~[A-Za-z]+)?)\)/g;

/** What the rendered hover shows of a text: theme icons as ⟨icon:name⟩, the rest as text. */
function shown(text: string): string {
  return text.replace(ICON, (_m, escaped: string | undefined, name: string) =>
    escaped ? `$(${name})` : `⟨icon:${name}⟩`,
  );
}

/** The text of a node, as rendered. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Every node, depth first. */
function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* walk(child);
}

/** GFM autolinks as VS Code's renderer (marked) finds them: in the source, not after escapes. */
const AUTOLINK = /(?<!\\)(?:https?|ftp):\/\/|(?<![\\\w])www\.|@[A-Za-z0-9-]+\.[A-Za-z0-9]/;

function parse(md: string): Root {
  return unified().use(remarkParse).parse(md);
}

// ------------------------------------------------------------------ fake vscode

class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  compareTo(o: Position): number {
    return this.line - o.line || this.character - o.character;
  }
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  contains(p: Position): boolean {
    return this.start.compareTo(p) <= 0 && p.compareTo(this.end) <= 0;
  }
  union(o: Range): Range {
    const start = this.start.compareTo(o.start) <= 0 ? this.start : o.start;
    const end = this.end.compareTo(o.end) >= 0 ? this.end : o.end;
    return new Range(start, end);
  }
}

class MarkdownString {
  isTrusted?: boolean | { enabledCommands: string[] };
  supportHtml?: boolean;
  constructor(
    public value = '',
    public supportThemeIcons = false,
  ) {}
  appendMarkdown(value: string): this {
    this.value += value;
    return this;
  }
}

class Hover {
  constructor(
    readonly contents: MarkdownString[],
    readonly range?: Range,
  ) {}
}

const fakeVscode = { Position, Range, MarkdownString, Hover };

// ------------------------------------------------------------------ tests

describe('hovers (with a fake vscode)', () => {
  type Resolve = (this: unknown, request: string, ...rest: unknown[]) => string;
  const internals = Module as unknown as { _resolveFilename: Resolve };
  const original = internals._resolveFilename;
  const fakePath = path.join(ROOT, 'test', 'unit', '__fake_vscode_hover__.js');
  let hover: typeof HoverModule;

  before(() => {
    internals._resolveFilename = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fakePath : original.call(this, request, ...rest);
    };
    const cached = new Module(fakePath);
    cached.exports = fakeVscode;
    cached.loaded = true;
    load.cache[fakePath] = cached;
    hover = load('../../src/extension/hover') as typeof HoverModule;
  });
  after(() => {
    internals._resolveFilename = original;
    delete load.cache[fakePath];
  });

  const uri = (s: string) => ({ toString: () => s }) as unknown as vscode.Uri;
  const DOC = 'file:///work/a%20(1)/req).md';

  const [base] = lint('The redesigned app will increase customer loyalty.').findings;
  /** The finding with `text` as the text of each part a hover names. */
  function hostileFinding(text: string): Finding {
    assert.ok(base);
    const roles = ['uxMeans', 'link', 'cxOutcome', 'term'] as const;
    return { ...base, spans: roles.map((role) => ({ ...base.spans[0]!, role, text })) };
  }

  /** The explain link's arguments, from a link URL. */
  function explainArgs(url: string): unknown {
    const m = /^command:uxcx\.explain\?(.*)$/.exec(url);
    assert.ok(m, url);
    return JSON.parse(decodeURIComponent(m[1]!));
  }

  describe('escapeMd', () => {
    for (const text of HOSTILE) {
      it(`shows ${JSON.stringify(text)} as that text`, () => {
        const md = hover.escapeMd(text);
        const root = parse(md);
        const types = [...walk(root)].map((n) => n.type);
        assert.deepEqual(
          types.filter((t) => !['root', 'paragraph', 'text'].includes(t)),
          [],
          `${md} parses as ${types.join(', ')}`,
        );
        assert.equal(root.children.length, 1, 'one paragraph');
        assert.equal(shown(textOf(root)), text.replace(/\s+/g, ' ').trim());
        assert.doesNotMatch(md, AUTOLINK);
      });
    }

    it('keeps plain words and non-ASCII text as they are', () => {
      assert.equal(hover.escapeMd('klantervaring — één merk'), 'klantervaring — één merk');
    });
  });

  describe('the finding hover', () => {
    it('is trusted for uxcx.explain only, with theme icons and without HTML', () => {
      const md = hover.findingHover(base!, 3, uri(DOC));
      assert.deepEqual(md.isTrusted, { enabledCommands: [hover.EXPLAIN_COMMAND] });
      assert.equal(md.supportHtml, false);
      assert.equal(md.supportThemeIcons, true);
      assert.match(md.value, /UX means: \*redesigned app\*/);
      assert.match(md.value, /CX outcome: \*loyalty\*/);
    });

    it("says how sure the finding is, in the finding's language", () => {
      const text = (f: Finding): string =>
        shown(textOf(parse(hover.findingHover(f, 0, uri(DOC)).value)));
      assert.match(text(base!), /confidence: high/);
      assert.match(text({ ...base!, confidence: 'low' }), /confidence: low \(a looser link/);
      assert.match(
        text({ ...base!, lang: 'nl', confidence: 'low' }),
        /zekerheid: laag \(een losser verband/,
      );
    });

    it('links to uxcx.explain with the document and index, whatever the URI holds', () => {
      const md = hover.findingHover(base!, 3, uri(DOC));
      const links = [...walk(parse(md.value))].filter((n) => n.type === 'link');
      assert.equal(links.length, 1);
      assert.deepEqual(explainArgs(links[0]!.url), [DOC, 3]);
      assert.equal(shown(textOf(links[0]!)), '⟨icon:lightbulb⟩ Explain in the sidebar');
    });

    for (const text of HOSTILE) {
      it(`shows ${JSON.stringify(text)} in every part as text`, () => {
        const md = hover.findingHover(hostileFinding(text), 0, uri(DOC));
        const nodes = [...walk(parse(md.value))];
        assert.deepEqual(
          nodes.filter((n) => n.type === 'html' || n.type === 'image').map((n) => n.type),
          [],
        );
        const links = nodes.filter((n) => n.type === 'link');
        assert.equal(links.length, 1, md.value);
        assert.deepEqual(explainArgs(links[0]!.url), [DOC, 0]);
        const parts = nodes.filter((n) => n.type === 'emphasis').map((n) => shown(textOf(n)));
        assert.deepEqual(parts, Array(4).fill(text.replace(/\s+/g, ' ').trim()));
        assert.doesNotMatch(md.value, AUTOLINK);
      });
    }

    it('leaves out parts without text', () => {
      const md = hover.findingHover(hostileFinding(' \n '), 0, uri(DOC));
      assert.doesNotMatch(md.value, /: \*\s*\*/);
      assert.ok(!md.value.includes('UX means'), md.value);
    });
  });

  describe('the glossary hover', () => {
    const hit: GlossaryHit = {
      entry: {
        id: 'x',
        scope: 'cx',
        terms: { en: ['loyalty'], nl: ['loyaliteit'] },
        definition: { en: 'A (relationship) measure: see www.example.org.', nl: 'Een maat.' },
        source: { title: 'Book [2nd ed.]', url: 'https://example.org/a_(b)' },
      },
      lang: 'en',
      start: 0,
      end: 7,
    };

    it('is untrusted, without HTML, the written term and definition as text', () => {
      const md = hover.glossaryHover(
        hit,
        'en',
        '<img src=x>[t](command:workbench.action.terminal.new)',
      );
      assert.equal(md.isTrusted, false);
      assert.equal(md.supportHtml, false);
      const nodes = [...walk(parse(md.value))];
      assert.ok(!nodes.some((n) => n.type === 'html' || n.type === 'image'));
      const links = nodes.filter((n) => n.type === 'link');
      assert.deepEqual(
        links.map((l) => [l.url, textOf(l)]),
        [['https://example.org/a_%28b%29', 'Book [2nd ed.]']],
      );
      assert.equal(
        textOf(nodes.find((n) => n.type === 'strong')!),
        '<img src=x>[t](command:workbench.action.terminal.new)',
      );
      assert.ok(textOf(parse(md.value)).includes('A (relationship) measure: see www.example.org.'));
      assert.doesNotMatch(md.value.replace(/\]\(https:[^)]*\)$/, ']'), AUTOLINK);
    });
  });

  describe('the hover provider', () => {
    const text = 'The redesigned app will increase customer loyalty.';
    const result = lint(text);
    const finding = result.findings[0]!;
    const doc = {
      uri: uri(DOC),
      version: 2,
      lineAt: () => ({ text }),
    } as unknown as vscode.TextDocument;
    const at = (column: number) => new Position(0, column) as unknown as vscode.Position;
    function provider(version: number) {
      const linter = { result: () => ({ ...result, lang: 'en', version }) };
      return new hover.HoverProvider(
        linter as unknown as ConstructorParameters<typeof hover.HoverProvider>[0],
      );
    }

    it('shows the finding under the cursor and the glossary term there', () => {
      const h = provider(2).provideHover(doc, at(finding.range.start.column));
      const values = (h?.contents ?? []).map((c) => (c as MarkdownString).value);
      assert.equal(values.length, 2, values.join('\n---\n'));
      assert.ok(textOf(parse(values[0]!)).startsWith('uxcx · ux-for-cx-outcome — UX means'));
      assert.match(values[0]!, /\(command:uxcx\.explain\?/);
      assert.match(textOf(parse(values[1]!)), /^(customer )?loyalty · CX — customer experience/);
    });

    it('shows no finding from an older version of the document', () => {
      const h = provider(1).provideHover(doc, at(finding.range.start.column));
      const values = (h?.contents ?? []).map((c) => (c as MarkdownString).value);
      assert.ok(
        values.every((v) => !v.includes('command:')),
        values.join('\n'),
      );
    });
  });
});
