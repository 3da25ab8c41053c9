// Markdown fixtures with inline `<!-- expect rule-id -->` markers: the expected findings sit beside the case.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core';

const root = join(__dirname, '..', 'fixtures');

/** `line: rule` strings expected by the markers in a fixture. */
function expected(text: string): string[] {
  const out: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!-- expect ([a-z-]+) -->/g)) out.push(`${i + 1}: ${m[1]}`);
  });
  return out.sort();
}

describe('fixtures', () => {
  for (const lang of ['en', 'nl']) {
    for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.md'))) {
      it(`${lang}/${file}`, () => {
        const text = readFileSync(join(root, lang, file), 'utf8');
        const actual = lint(text)
          .findings.map((f) => `${f.range.start.line}: ${f.ruleId}`)
          .sort();
        assert.deepEqual(actual, expected(text));
        assert.equal(lint(text).lang, lang, 'document language');
      });
    }
  }
  it('every rule is exercised by a positive fixture in each language', () => {
    for (const lang of ['en', 'nl']) {
      const all = readdirSync(join(root, lang))
        .map((f) => readFileSync(join(root, lang, f), 'utf8'))
        .join('\n');
      for (const rule of [
        'ux-for-cx-outcome',
        'ux-cx-conflation',
        'digital-only-journey',
        'unmeasurable-ux-quality',
      ]) {
        assert.ok(all.includes(`<!-- expect ${rule} -->`), `${lang} fixture for ${rule}`);
      }
    }
  });
});
