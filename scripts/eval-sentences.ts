// `npm run eval:sentences`: precision and recall of ux-for-cx-outcome on sentences people wrote
// (test/real-sentences/, see its README), per language and per split, and the same figures for
// the project's synthetic labelled sets (test/corpus/, scored by test/eval/evaluate.ts).
// Each sentence is linted on its own as a one-sentence Markdown document with the engine's
// public API, language given by the file; a sentence counts as flagged when the engine reports a
// ux-for-cx-outcome finding on it; once with the default sensitivity (strict: findings of high
// confidence) and once with all findings (thorough).
//
// Usage: tsx scripts/eval-sentences.ts [--list] [--sensitivity strict|thorough]
//   --list         print the misses and false alarms of the tune part; the held-out part is only
//                  counted per family, never listed (nobody tunes on it)
//   --sensitivity  which findings --list counts (default strict)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { SENSITIVITIES, type Lang, type Sensitivity } from '../src/core';
import { CORPUS_SETS, readCorpus, score, type Score } from '../test/eval/evaluate';

export const LANGS: readonly Lang[] = ['en', 'nl'];
export const SPLITS = ['tune', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface Sentence {
  id: string;
  text: string;
  label: 'positive' | 'negative';
  family: string;
  reason: string;
  url: string;
  origin: 'web-page' | 'repository' | 'shared-corpus';
  retrieved: string;
  split: Split;
}

export const SENTENCES_DIR = path.join(__dirname, '..', 'test', 'real-sentences');

/** The fixed split rule (README): held out when sha1(text) read from its first 8 hex digits ≡ 0 (mod 3). */
export function splitOf(text: string): Split {
  const h = createHash('sha1').update(text, 'utf8').digest('hex');
  return parseInt(h.slice(0, 8), 16) % 3 === 0 ? 'heldout' : 'tune';
}

/** The records of one language, in file order. */
export function readSentences(lang: Lang): Sentence[] {
  return readFileSync(path.join(SENTENCES_DIR, `${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Sentence);
}

/** Score the rule on some records with the scorer `npm run eval` uses. */
export function scoreSentences(
  records: readonly Sentence[],
  lang: Lang,
  sensitivity: Sensitivity = 'strict',
): Score {
  return score(
    records.map((r) => ({
      id: r.id,
      label: r.label === 'positive',
      family: r.family,
      text: r.text,
    })),
    lang,
    sensitivity,
  );
}

export interface Row {
  set: string;
  lang: Lang;
  n: number;
  positives: number;
  score: Score;
}

/** One row per language and split, then per language for both splits together. */
export function realSentenceRows(sensitivity: Sensitivity = 'strict'): Row[] {
  const rows: Row[] = [];
  for (const lang of LANGS) {
    const all = readSentences(lang);
    for (const split of [...SPLITS, 'all'] as const) {
      const part = split === 'all' ? all : all.filter((r) => r.split === split);
      rows.push({
        set: `real/${split}`,
        lang,
        n: part.length,
        positives: part.filter((r) => r.label === 'positive').length,
        score: scoreSentences(part, lang, sensitivity),
      });
    }
  }
  return rows;
}

/** The synthetic sets, scored as `npm run eval` scores them. */
export function syntheticRows(sensitivity: Sensitivity = 'strict'): Row[] {
  const rows: Row[] = [];
  for (const set of CORPUS_SETS) {
    for (const lang of LANGS) {
      const items = readCorpus(lang, set);
      rows.push({
        set: `synthetic/${set}`,
        lang,
        n: items.length,
        positives: items.filter((i) => i.label).length,
        score: score(items, lang, sensitivity),
      });
    }
  }
  return rows;
}

function formatRows(rows: readonly Row[]): string {
  const head = 'set                  lang     n  pos   TP   FP   FN   TN  precision  recall';
  const num = (x: number, w = 4): string => String(x).padStart(w);
  const lines = rows.map(
    (r) =>
      `${r.set.padEnd(20)} ${r.lang}   ${num(r.n, 4)} ${num(r.positives)} ${num(r.score.tp)} ${num(r.score.fp)} ${num(r.score.fn)} ${num(r.score.tn)}  ${r.score.precision.toFixed(3).padStart(9)}  ${r.score.recall.toFixed(3).padStart(6)}`,
  );
  return [head, ...lines].join('\n');
}

function listErrors(sensitivity: Sensitivity): string {
  const out: string[] = [];
  for (const lang of LANGS) {
    const all = readSentences(lang);
    const byId = new Map(all.map((r) => [r.id, r]));
    for (const split of SPLITS) {
      const s = scoreSentences(
        all.filter((r) => r.split === split),
        lang,
        sensitivity,
      );
      const errors = s.errors.map((e) => ({
        rec: byId.get(e.item.id)!,
        kind: e.predicted ? 'FP' : 'FN',
      }));
      if (split === 'tune') {
        out.push(`\n${lang} tune (${sensitivity}): ${errors.length} errors`);
        for (const kind of ['FN', 'FP']) {
          for (const { rec } of errors.filter((e) => e.kind === kind)) {
            out.push(`  ${kind} ${rec.id} [${rec.family}] ${rec.text.replace(/\n/g, ' ⏎ ')}`);
          }
        }
      } else {
        const counts = new Map<string, number>();
        for (const e of errors) {
          const key = `${e.kind} ${e.rec.family}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const summary = [...counts]
          .sort()
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ');
        out.push(
          `\n${lang} heldout (${sensitivity}): ${errors.length} errors (not listed) ${summary ? `— ${summary}` : ''}`,
        );
      }
    }
  }
  return out.join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      list: { type: 'boolean', default: false },
      sensitivity: { type: 'string', default: 'strict' },
    },
  });
  const listed = values.sensitivity as Sensitivity;
  if (!SENSITIVITIES.includes(listed)) {
    throw new Error(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
  }
  for (const sensitivity of SENSITIVITIES) {
    console.log(
      `ux-for-cx-outcome on real sentences (test/real-sentences) and the synthetic sets, ` +
        `sensitivity ${sensitivity}${sensitivity === 'strict' ? ' (the default)' : ''}\n`,
    );
    console.log(
      `${formatRows([...realSentenceRows(sensitivity), ...syntheticRows(sensitivity)])}\n`,
    );
  }
  if (values.list) console.log(listErrors(listed));
}

if (require.main === module) main();
