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
import { RULES } from '../../src/core';

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
    it(`${rule.id} has a documentation page in English and Dutch`, () => {
      for (const suffix of ['.md', '.nl.md']) {
        const file = join(root, 'docs', 'rules', `${rule.id}${suffix}`);
        assert.ok(existsSync(file), file);
        assert.match(readFileSync(file, 'utf8'), new RegExp(rule.id));
      }
    });
  }
});
