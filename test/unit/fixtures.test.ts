// Markdown fixtures with inline `<!-- expect rule-id -->` markers: the expected findings sit beside the case.
// `<!-- expect rule-id low -->` marks a finding of low confidence, shown only with the sensitivity
// `thorough`: the default (`strict`) must not show it.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, defaultConfig, lint, type Sensitivity } from '../../src/core';

const root = join(__dirname, '..', 'fixtures');

/** `line: rule` strings (with ` low` for low confidence) expected by the markers in a fixture. */
function expected(text: string): string[] {
  const out: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const m of line.matchAll(/<!-- expect ([a-z-]+)( low)? -->/g)) {
      out.push(`${i + 1}: ${m[1]}${m[2] ?? ''}`);
    }
  });
  return out.sort();
}

function actual(text: string, sensitivity: Sensitivity): string[] {
  return lint(text, { config: { ...defaultConfig(), sensitivity } })
    .findings.map(
      (f) => `${f.range.start.line}: ${f.ruleId}${f.confidence === 'low' ? ' low' : ''}`,
    )
    .sort();
}

describe('fixtures', () => {
  for (const lang of ['en', 'nl']) {
    for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.md'))) {
      it(`${lang}/${file}`, () => {
        const text = readFileSync(join(root, lang, file), 'utf8');
        const all = expected(text);
        assert.deepEqual(actual(text, 'thorough'), all, 'thorough');
        assert.deepEqual(
          actual(text, 'strict'),
          all.filter((e) => !e.endsWith(' low')),
          'strict',
        );
        assert.equal(lint(text).lang, lang, 'document language');
      });
    }
  }
  // From the registry: a new rule fails here until it has its fixtures.
  for (const rule of RULE_IDS) {
    it(`${rule} has a fixture in each language with a finding of its own`, () => {
      for (const lang of ['en', 'nl']) {
        const file = join(root, lang, `${rule}.md`);
        assert.ok(existsSync(file), file);
        assert.ok(readFileSync(file, 'utf8').includes(`<!-- expect ${rule} -->`), file);
      }
    });
  }
});
