import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { literalAutolinks } from '../../src/core/markdown/autolinks';
import { lint } from '../../src/core';
import { extractProse } from '../../src/core/markdown/prose';

/** What the mdast transform makes of one text node: its pieces, links marked. */
function transformed(value: string): string[] {
  const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value }] };
  const tree: Root = { type: 'root', children: [paragraph] };
  const transforms = gfmAutolinkLiteralFromMarkdown().transforms ?? [];
  for (const t of transforms) t(tree);
  return paragraph.children.map((c: PhrasingContent) =>
    c.type === 'link'
      ? `<${(c.children[0] as { value: string }).value}>`
      : (c as { value: string }).value,
  );
}

/** The same pieces from `literalAutolinks`. */
function found(value: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of literalAutolinks(value)) {
    if (start > at) pieces.push(value.slice(at, start));
    pieces.push(`<${value.slice(start, end)}>`);
    at = end;
  }
  if (at < value.length || at === 0) pieces.push(value.slice(at));
  return pieces;
}

describe('literal autolinks', () => {
  it('finds URLs, www links and e-mail addresses without their trailing punctuation', () => {
    assert.deepEqual(
      found('See www.example.nl, or https://example.nl/a_(b)). Mail a.b@example.nl.'),
      [
        'See ',
        '<www.example.nl>',
        ', or ',
        '<https://example.nl/a_(b)>',
        '). Mail ',
        '<a.b@example.nl>',
        '.',
      ],
    );
  });

  it('leaves what only looks like a link', () => {
    for (const text of [
      'versie 1.2 van de app',
      'awww.example.nl',
      'www.example_.nl',
      'https://localhost',
      'naam@example',
      'x@example.nl_',
      'no dot at all',
    ]) {
      assert.deepEqual(found(text), transformed(text), text);
    }
  });

  it('agrees with the transform of mdast-util-gfm-autolink-literal on random text', () => {
    const piece = fc.constantFrom(
      'www',
      '.',
      'http://',
      'https://',
      'mailto:',
      'xmpp:',
      '@',
      'example',
      'nl',
      'a',
      '_',
      '-',
      '+',
      '/',
      '(',
      ')',
      ',',
      '!',
      '?',
      ';',
      '&',
      ' ',
      '\n',
      'é',
      '“',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(found(text), transformed(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('are not prose: a URL word does not make a claim', () => {
    const claim = 'The redesign will increase customer loyalty.';
    const withLink = 'The redesign (www.customer-loyalty.nl) is live.';
    assert.equal(lint(claim).findings.length, 1);
    assert.equal(lint(withLink).findings.length, 0);
  });

  it('are found when written with a reference or an escape, and the claim around them is read', () => {
    for (const url of ['https://example.nl', 'https&#58;//example.nl', 'https\\://example.nl']) {
      const text = `The redesigned app (see ${url}) will increase customer loyalty.`;
      const findings = lint(text).findings;
      assert.deepEqual(
        findings.map((f) => text.slice(f.range.start.offset, f.range.end.offset)),
        ['loyalty'],
        url,
      );
    }
  });

  it('keep the text around them mapped to the source', () => {
    const source = 'Zie *www.example.nl* of mail info@example.nl voor de app.';
    const [unit] = extractProse(source).units;
    assert.ok(unit);
    assert.equal(unit.text, 'Zie   of mail   voor de app.');
    for (let i = 0; i < unit.text.length; i++) {
      const ch: string = unit.text[i]!;
      if (ch !== ' ') assert.equal(source[unit.src[i]!], ch, `character ${i}`);
    }
    // Each link is one space at the link's first character.
    assert.equal(unit.src[unit.text.indexOf('  of') + 0], source.indexOf('www'));
  });

  it('are not prose in a link text either (GFM makes no second link there, but it is a URL)', () => {
    const [unit] = extractProse('[www.example.nl](https://example.nl) en meer').units;
    assert.equal(unit?.text, '  en meer');
  });
});
