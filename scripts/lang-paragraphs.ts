// How many paragraphs (prose units) of each corpus folder are read in another language than
// their document's, under the per-paragraph rule of the engine and under alternatives.
//
//   npx tsx scripts/lang-paragraphs.ts [corpora dir] [--sample N] [--rule NAME]
//
// Per folder: documents, units, documents detected in the other language than the folder's
// (en-… / nl-…), and per rule the units read in the other language than their document's. With
// --sample, prints that many switched units of a rule (default: the engine's) for checking by
// hand.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../src/core/types';
import { parseDocument } from '../src/core/markdown/blocks';
import { documentLanguage, paragraphLanguage, unitScores } from '../src/core/lang';
import { defaultConfig } from '../src/core/config';
import { tokenize } from '../src/core/text/tokens';
import type { ProseUnit } from '../src/core/markdown/prose';

type Rule = (unit: ProseUnit, doc: Lang) => Lang;

const other = (l: Lang): Lang => (l === 'en' ? 'nl' : 'en');

/** The rules compared: the engine's, the rule before it, and variants. */
const RULES: Record<string, Rule> = {
  engine: paragraphLanguage,
  // Before: at least 4 function words of the other language, more than twice the document's.
  before: (u, doc) => {
    const s = unitScores(u);
    return s[other(doc)] >= 4 && s[other(doc)] > 2 * s[doc] ? other(doc) : doc;
  },
  // Any paragraph of 8 words or more, by the majority of its function words (at least 2).
  // Paragraphs of at least N words by a margin of M function words (and 1.5 times as many).
  'words5-margin2': (u, doc) => byMajority(u, doc, 5, 2, 1.5),
  'words8-margin1': (u, doc) => byMajority(u, doc, 8, 1, 1),
  'words8-margin2': (u, doc) => byMajority(u, doc, 8, 2, 1.5),
  'words12-margin2': (u, doc) => byMajority(u, doc, 12, 2, 1.5),
};

/**
 * Paragraphs of at least `words` words, read in the other language when it has `margin` more
 * function words than the document's, and over `ratio` times as many.
 */
function byMajority(u: ProseUnit, doc: Lang, words: number, margin: number, ratio: number): Lang {
  if (tokenize(u.text).length < words) return doc;
  const s = unitScores(u);
  const o = other(doc);
  return s[o] - s[doc] >= margin && s[o] > ratio * s[doc] ? o : doc;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // --franc DIR: also franc-min (installed in DIR), on the units of at least 8 words, only en/nl.
  const francAt = args.indexOf('--franc');
  if (francAt >= 0) {
    const dirOf = path.resolve(args[francAt + 1]!, 'node_modules/franc-min/index.js');
    const { franc } = (await import(dirOf)) as {
      franc: (t: string, o: { only: string[]; minLength: number }) => string;
    };
    const seen = new Map<ProseUnit, string>();
    RULES['franc-min-words8'] = (u, doc) => {
      if (tokenize(u.text).length < 8) return doc;
      let got = seen.get(u);
      if (got === undefined)
        seen.set(u, (got = franc(u.text, { only: ['eng', 'nld'], minLength: 10 })));
      return got === 'eng' ? 'en' : got === 'nld' ? 'nl' : doc;
    };
  }
  const dir = path.resolve(args[0] && !args[0].startsWith('--') ? args[0] : '../shared/corpora');
  const sampleAt = args.indexOf('--sample');
  const sample = sampleAt >= 0 ? Number(args[sampleAt + 1]) : 0;
  const ruleAt = args.indexOf('--rule');
  const sampleRule = ruleAt >= 0 ? args[ruleAt + 1]! : 'engine';

  const config = defaultConfig();
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const totals: Record<string, number> = {};
  for (const folder of folders.sort()) {
    const label: Lang | undefined = folder.startsWith('nl-')
      ? 'nl'
      : folder.startsWith('en-')
        ? 'en'
        : undefined;
    const files = readdirSync(path.join(dir, folder), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.md'),
    );
    if (!label || files.length === 0) continue;
    const row: Record<string, number> = { docs: files.length, units: 0, docsOther: 0 };
    const switched: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(dir, folder, file), 'utf8').replace(/^\uFEFF/, '');
      const doc = parseDocument(text);
      const { lang } = documentLanguage(doc, config, undefined, () => {
        const s = { en: 0, nl: 0 };
        for (const u of doc.units) {
          s.en += unitScores(u).en;
          s.nl += unitScores(u).nl;
        }
        return s;
      });
      if (lang !== label) row.docsOther!++;
      for (const u of doc.units) {
        row.units!++;
        for (const [name, rule] of Object.entries(RULES)) {
          if (rule(u, lang) === lang) continue;
          row[name] = (row[name] ?? 0) + 1;
          if (name === sampleRule) {
            switched.push(
              `${folder}/${file} [${lang}→${other(lang)}] ${u.text.replace(/\s+/g, ' ').slice(0, 160)}`,
            );
          }
        }
      }
    }
    for (const [k, v] of Object.entries(row)) totals[k] = (totals[k] ?? 0) + v;
    console.log(folder.padEnd(38), JSON.stringify(row));
    if (sample) {
      // An even spread over the folder, not its first files.
      const step = Math.max(1, Math.floor(switched.length / sample));
      for (let k = 0; k < switched.length && k / step < sample; k += step)
        console.log('   ', switched[k]);
    }
  }
  console.log('total'.padEnd(38), JSON.stringify(totals));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
