// `npm run lexicon:ablate`: what each word-list entry is needed for. Each entry is left out in
// turn and the labelled texts are linted again: the sentence sets (test/corpus/*.jsonl, and
// test/real-sentences/*.jsonl when present: a verdict of ux-for-cx-outcome that changes) and the
// fixture documents (test/fixtures/<lang>/*.md: any finding that changes). A finding counts with
// its place and its message (the kind of claim and the words it quotes), so an entry that only
// changes what a finding says is needed too. An entry that changes nothing is needed by no test;
// an entry is pinned by its own `flag` and `pass` sentences when one of them changes
// (test/unit/lexicon.test.ts checks those).
//
// Usage: tsx scripts/lexicon-ablate.ts [--lang en|nl] [--json FILE] [--list]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, lint, type Finding, type Lang } from '../src/core';
import { LEXICON, matcherFor, withEntries } from '../src/core/lexicon';
import type { LexiconEntry } from '../src/core/lexicon/types';
import { tokenize } from '../src/core/text/tokens';

const ROOT = path.join(__dirname, '..');

interface Text {
  /** Where it comes from: a set file and id, or a fixture path. */
  source: string;
  text: string;
  /** Sentences: the rule's verdict counts; documents: every finding counts. */
  kind: 'sentence' | 'document';
}

function readJsonl(file: string): { id: string; text: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
}

/** The labelled texts of a language. */
function textsOf(lang: Lang): Text[] {
  const texts: Text[] = [];
  for (const dir of ['test/corpus', 'test/real-sentences']) {
    const abs = path.join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      if (!f.endsWith(`${lang}.jsonl`)) continue;
      for (const item of readJsonl(path.join(abs, f))) {
        texts.push({ source: `${dir}/${f}#${item.id}`, text: item.text, kind: 'sentence' });
      }
    }
  }
  const fixtures = path.join(ROOT, 'test/fixtures', lang);
  for (const f of readdirSync(fixtures).sort()) {
    if (!f.endsWith('.md')) continue;
    const text = readFileSync(path.join(fixtures, f), 'utf8');
    texts.push({ source: `test/fixtures/${lang}/${f}`, text, kind: 'document' });
  }
  return texts;
}

/** Every finding counts here, of low confidence too (the sensitivity `thorough`). */
const ALL_FINDINGS = { ...defaultConfig(), sensitivity: 'thorough' as const };

/**
 * The findings of a text, as `rule@start-end kind confidence {args}` keys: where, how sure, and
 * what the message says
 * (an entry that only changes the message, "UX lead" made accountable rather than "UX" expected
 * to carry the outcome, still changes what the writer reads).
 */
export function findingKeys(text: string, lang: Lang): string[] {
  return lint(text, { lang, config: ALL_FINDINGS }).findings.map(keyOf);
}

function keyOf(f: Finding): string {
  const where = `${f.ruleId}@${f.range.start.offset}-${f.range.end.offset}`;
  // With its confidence: an entry that makes a finding sure enough for the default (strict)
  // changes what the writer sees.
  return `${where} ${f.messageId} ${f.confidence} ${JSON.stringify(f.messageArgs)}`;
}

/** What a lint of a text says, in the terms that count for its kind. */
function verdict(t: Text, lang: Lang): string {
  if (t.kind === 'sentence') {
    const findings = lint(t.text, { lang, config: ALL_FINDINGS }).findings;
    return findings
      .filter((f) => f.ruleId === 'ux-for-cx-outcome')
      .map(keyOf)
      .join(' ');
  }
  return findingKeys(t.text, lang).join(' ');
}

/** Whether `text` gets other findings when `entry` is left out of its language's word list. */
export function changesWithout(entry: LexiconEntry, text: string): boolean {
  const lang = entry.lang;
  const before = findingKeys(text, lang).join(' ');
  const rest = LEXICON[lang].filter((e) => e !== entry);
  return withEntries(lang, rest, () => findingKeys(text, lang).join(' ')) !== before;
}

export interface Ablation {
  entry: LexiconEntry;
  /** The labelled texts whose verdict changes without the entry. */
  needs: string[];
  /** Whether one of its own flag/pass sentences changes without it. */
  pinned: boolean;
}

export function ablate(lang: Lang): Ablation[] {
  const entries = LEXICON[lang];
  const texts = textsOf(lang);
  const before = texts.map((t) => verdict(t, lang));
  // Only an entry that matches in a text can change its lint: the texts each entry matches in.
  const matcher = matcherFor(lang);
  const textsOfEntry = new Map<LexiconEntry, number[]>();
  texts.forEach((t, i) => {
    const seen = new Set<LexiconEntry>();
    for (const m of matcher.match(tokenize(t.text))) seen.add(m.entry);
    for (const e of seen) textsOfEntry.set(e, [...(textsOfEntry.get(e) ?? []), i]);
  });
  return entries.map((entry) => {
    const rest = entries.filter((e) => e !== entry);
    const needs = withEntries(lang, rest, () =>
      (textsOfEntry.get(entry) ?? [])
        .filter((i) => verdict(texts[i]!, lang) !== before[i])
        .map((i) => texts[i]!.source),
    );
    const own = [...(entry.flag ?? []), ...(entry.pass ?? [])];
    return { entry, needs, pinned: own.some((s) => changesWithout(entry, s)) };
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      json: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
  });
  const langs = (values.lang ? [values.lang] : ['en', 'nl']) as Lang[];
  const report: Record<string, unknown> = {};
  console.log(
    'lang  entries  needed by a labelled text  pinned by own sentences  needed by nothing',
  );
  for (const lang of langs) {
    const result = ablate(lang);
    const needed = result.filter((r) => r.needs.length > 0);
    const pinned = result.filter((r) => r.pinned);
    const idle = result.filter((r) => r.needs.length === 0 && !r.pinned);
    console.log(
      `${lang}    ${String(result.length).padStart(7)}  ${String(needed.length).padStart(25)}  ` +
        `${String(pinned.length).padStart(23)}  ${String(idle.length).padStart(17)}`,
    );
    if (values.list) {
      for (const r of idle) console.log(`  idle ${r.entry.category} "${r.entry.pattern}"`);
    }
    report[lang] = result.map((r) => ({
      category: r.entry.category,
      pattern: r.entry.pattern,
      needs: r.needs,
      pinned: r.pinned,
    }));
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 1)}\n`);
}

if (require.main === module) main();
