// Generated artefacts stay in sync: the README rules table and the documentation pages.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import {
  stale,
  withRuleDescriptions,
  withRuleSettings,
  sidebarRules,
  withTable,
} from '../../scripts/gen-rules-table';
import { defaultConfig, lint, RULES } from '../../src/core';

const root = join(__dirname, '..', '..');

describe('documentation', () => {
  it('the README rules table is generated from the registry (run `npm run docs` when this fails)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.equal(withTable(readme), readme);
  });
  it('the schema, the settings, their descriptions and the sidebar rule words are generated from the registry', () => {
    assert.deepEqual(stale(), []);
  });
  it('the generators put every registered rule in, and only those', () => {
    const settings = withRuleSettings({
      'uxcx.lang': { order: 1 },
      'uxcx.rules.gone-rule': { order: 2 },
      'uxcx.maxFileSize': { order: 3 },
    });
    assert.deepEqual(Object.keys(settings), [
      'uxcx.lang',
      ...RULES.map((r) => `uxcx.rules.${r.id}`),
      'uxcx.maxFileSize',
    ]);
    const nls = withRuleDescriptions({ a: 'x', 'config.rules.gone-rule': 'y' }, 'nl');
    assert.deepEqual(Object.keys(nls), ['a', ...RULES.map((r) => `config.rules.${r.id}`)]);
    const sandbox = { module: { exports: {} as unknown } };
    runInNewContext(sidebarRules(), sandbox);
    // Through JSON: the sandbox's arrays and objects have the other realm's prototypes.
    const page = JSON.parse(JSON.stringify(sandbox.module.exports)) as {
      ORDER: string[];
      RULES: Record<'en' | 'nl', Record<string, unknown>>;
    };
    assert.deepEqual(
      page.ORDER,
      RULES.map((r) => r.id),
    );
    for (const lang of ['en', 'nl'] as const) {
      assert.deepEqual(Object.keys(page.RULES[lang]), page.ORDER);
      for (const r of RULES) assert.deepEqual(page.RULES[lang][r.id], r.explanation[lang]);
    }
  });
  for (const rule of RULES) {
    for (const [suffix, lang] of [
      ['.md', 'en'],
      ['.nl.md', 'nl'],
    ] as const) {
      it(`${rule.id}${suffix}: every statement in its "flagged" table is flagged, every one in its "not flagged" table is not`, () => {
        const page = readFileSync(join(root, 'docs', 'rules', `${rule.id}${suffix}`), 'utf8');
        const flagged = tableStatements(page, lang === 'en' ? 'Flagged' : 'Wordt gemarkeerd');
        const notFlagged = tableStatements(
          page,
          lang === 'en' ? 'Not flagged' : 'Wordt niet gemarkeerd',
        );
        assert.ok(flagged.length >= 3 && notFlagged.length >= 3, 'both tables have examples');
        const wrong = [
          ...flagged.filter((s) => !flags(s, rule.id, lang)).map((s) => `not flagged: ${s}`),
          ...notFlagged.filter((s) => flags(s, rule.id, lang)).map((s) => `flagged: ${s}`),
        ];
        assert.deepEqual(wrong, []);
      });
    }
    it(`${rule.id} has a documentation page in English and Dutch`, () => {
      for (const suffix of ['.md', '.nl.md']) {
        const file = join(root, 'docs', 'rules', `${rule.id}${suffix}`);
        assert.ok(existsSync(file), file);
        assert.match(readFileSync(file, 'utf8'), new RegExp(rule.id));
      }
    });
  }
});

/** The first cell of each row of the table under `## heading` (a KPI row in backticks unescaped). */
function tableStatements(page: string, heading: string): string[] {
  const lines = page.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  assert.ok(start >= 0, `no "## ${heading}" section`);
  const rows: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('| ')) continue;
    // The first cell ends at the first " | " that is not an escaped pipe inside backticks.
    const cell = line
      .slice(2)
      .split(/(?<!\\) \| /)[0]!
      .trim();
    rows.push(cell);
  }
  // Drop the header row and the separator.
  return rows.slice(1).filter((c) => !/^-+$/.test(c));
}

/**
 * Does rule `id` flag `statement` (every finding, of low confidence too)? The language is detected,
 * as in an editor: a page shows examples in the other language too. A KPI row is linted in a table
 * in the page's language (a lone row of four words says too little to detect it).
 */
function flags(statement: string, id: string, pageLang: 'en' | 'nl'): boolean {
  const row = statement.startsWith('`\\|') && statement.endsWith('\\|`');
  const text = row
    ? `| Item | KPI | Target | Owner |\n| --- | --- | --- | --- |\n${statement.slice(1, -1).replace(/\\\|/g, '|')}`
    : statement;
  return lint(`${text}\n`, {
    lang: row ? pageLang : undefined,
    config: { ...defaultConfig(), sensitivity: 'thorough' },
  }).findings.some((f) => f.ruleId === id);
}
