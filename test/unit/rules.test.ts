// Every rule reports only on statements that name one of its `requires` categories, so the engine
// need not ask it about the others. Checked by asking every rule about every statement (with the
// context the engine gives) of the labelled corpora, the fixtures, the examples and, when present,
// the shared corpora.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lint, type Lang } from '../../src/core';
import { analyseUnit, blocksWithCxNote } from '../../src/core/check';
import { defaultConfig } from '../../src/core/config';
import { parseDocument } from '../../src/core/markdown/blocks';
import type { Statement } from '../../src/core/analysis';
import { RULES } from '../../src/core/rules';
import { CORPUS_SETS, readCorpus } from '../eval/evaluate';
import { CORPORA, haveCorpora, markdownFiles } from '../../scripts/corpus-documents';

const ROOT = path.resolve(__dirname, '..', '..');

function* documents(): Generator<{ text: string; lang?: Lang }> {
  for (const set of CORPUS_SETS) {
    for (const lang of ['en', 'nl'] as const) {
      for (const item of readCorpus(lang, set)) yield { text: item.text, lang };
    }
  }
  const dirs = [path.join(ROOT, 'test', 'fixtures'), path.join(ROOT, 'examples')];
  if (haveCorpora()) dirs.push(CORPORA);
  for (const dir of dirs) {
    for (const file of markdownFiles(dir)) yield { text: readFileSync(file, 'utf8') };
  }
}

describe('rules', () => {
  it('report only on statements that name a category they require', function () {
    this.timeout(900_000); // a guard against a hang only: about 40 s of CPU time
    const config = defaultConfig();
    const asked = { statements: 0, withoutRequired: 0, reported: 0 };
    for (const { text, lang: forced } of documents()) {
      const lang = forced ?? lint(text).lang;
      const doc = parseDocument(text.replace(/^\ufeff/, ''));
      const noted = blocksWithCxNote(doc.units);
      const headerCache = new Map<number, Statement | undefined>();
      let heading: Statement | undefined;
      for (const unit of doc.units) {
        const statements = analyseUnit(unit, lang, config, headerCache);
        let previous: Statement | undefined;
        for (const statement of statements) {
          asked.statements++;
          for (const rule of RULES) {
            const named = rule.requires.some((c) => (statement.matches.get(c)?.length ?? 0) > 0);
            if (!named) asked.withoutRequired++;
            const found = rule.check({
              statement,
              previous,
              heading: unit.kind === 'heading' ? undefined : heading,
              cxNote: noted.has(unit.blockEnd),
            });
            if (found.length === 0) continue;
            asked.reported++;
            assert.ok(named, `${rule.id} reported on "${statement.unit.text}"`);
          }
          previous = statement;
        }
        if (unit.kind === 'heading') heading = statements[statements.length - 1] ?? heading;
      }
    }
    // The check saw reports, and many statements the engine now leaves out.
    assert.ok(asked.reported > 500, JSON.stringify(asked));
    assert.ok(asked.withoutRequired > asked.statements, JSON.stringify(asked));
  });
});
