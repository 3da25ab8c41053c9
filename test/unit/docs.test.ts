// Generated artefacts stay in sync: the README rules table and the documentation pages.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTable } from '../../scripts/gen-rules-table';
import { RULES } from '../../src/core';

const root = join(__dirname, '..', '..');

describe('documentation', () => {
  it('the README rules table is generated from the registry (run `npm run docs` when this fails)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.equal(withTable(readme), readme);
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
