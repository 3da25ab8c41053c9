// Template markup (Liquid, kramdown attribute lists) is not prose: its words are not linted.
import { strict as assert } from 'node:assert';
import { lint } from '../../src/core';
import { templateSpans } from '../../src/core/markdown/templates';

const spans = (text: string): string[] => templateSpans(text).map(([s, e]) => text.slice(s, e));

describe('template markup', () => {
  it('finds Liquid tags, Liquid output and kramdown attribute lists', () => {
    assert.deepEqual(
      spans('a {% include x.html q="b" %} c {{ site.baseurl }}/d {:.font-lang-7} e'),
      ['{% include x.html q="b" %}', '{{ site.baseurl }}', '{:.font-lang-7}'],
    );
  });
  it('leaves braces of prose and unclosed openers alone', () => {
    assert.deepEqual(spans('a {b} c { d } {% e'), []);
    assert.deepEqual(spans('{{ a {% b %}'), ['{% b %}']);
    assert.deepEqual(spans('{: a'), []);
  });
  it('is read as a word boundary, so the words around it stay apart', () => {
    const text = 'The redesigned app{:.x}will increase customer loyalty.';
    assert.equal(lint(text, { lang: 'en' }).findings.length, 1);
  });
  it('does not lend its words to a finding', () => {
    // `page` in the Liquid tag is not a UX means; `font` in the attribute list neither.
    const liquid =
      '{% include quote.html quote="They want their own look" color=page.quote_color %} Loyalty matters to us, and we will measure it.';
    assert.deepEqual(lint(liquid, { lang: 'en' }).findings, []);
    const kramdown = '{:.font-lang-7}\nTrust in the agency must be earned every time.';
    assert.deepEqual(lint(kramdown, { lang: 'en' }).findings, []);
  });
  it('a claim outside the markup is still found', () => {
    const text =
      '{:.font-lang-7}\nThe redesigned app will increase customer loyalty. {{ site.baseurl }}';
    const findings = lint(text, { lang: 'en' }).findings;
    assert.deepEqual(
      findings.map((f) => text.slice(f.range.start.offset, f.range.end.offset)),
      ['loyalty'],
    );
  });
});
