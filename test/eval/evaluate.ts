// `npm run eval`: precision, recall and F1 of ux-for-cx-outcome on the labelled corpora.
// Fifteen sets, each written by someone who had not seen the detector's word lists:
// - `tuning` … `tuning14` (test/corpus/{en,nl}.jsonl, tuning2.* … tuning14.*): the
//   word lists and rules were written while looking at their errors;
// - `heldout` (test/corpus/heldout.{en,nl}.jsonl): written last, never inspected item by item; its
//   figures are the ones reported, and the minimums apply to it.
// Usage: tsx test/eval/evaluate.ts [--set tuning|tuning2|…|tuning14|heldout|all] [--show]
//   [--min-precision P --min-recall R] [--sensitivity strict|thorough]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultConfig, lint, type Lang, type Sensitivity } from '../../src/core';

interface Item {
  id: string;
  label: boolean;
  family: string;
  split?: 'dev' | 'test';
  text: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: { item: Item; predicted: boolean }[];
}

export const CORPUS_SETS = [
  'tuning',
  'tuning2',
  'tuning3',
  'tuning4',
  'tuning5',
  'tuning6',
  'tuning7',
  'tuning8',
  'tuning9',
  'tuning10',
  'tuning11',
  'tuning12',
  'tuning13',
  'tuning14',
  'heldout',
] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** Read a corpus file (one JSON object per line). */
export function readCorpus(lang: Lang, set: CorpusSet = 'tuning'): Item[] {
  const name = set === 'tuning' ? `${lang}.jsonl` : `${set}.${lang}.jsonl`;
  const file = join(__dirname, '..', 'corpus', name);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

/** Score the rule on a list of items, with the findings a user of `sensitivity` sees. */
export function score(items: Item[], lang: Lang, sensitivity: Sensitivity = 'strict'): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0, errors: [] };
  const config = { ...defaultConfig(), sensitivity };
  for (const item of items) {
    const predicted = lint(item.text, { lang, config }).findings.some(
      (f) => f.ruleId === 'ux-for-cx-outcome',
    );
    if (predicted && item.label) s.tp++;
    else if (predicted) s.fp++;
    else if (item.label) s.fn++;
    else s.tn++;
    if (predicted !== item.label) s.errors.push({ item, predicted });
  }
  s.precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  s.recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  s.f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'all' },
      show: { type: 'boolean', default: false },
      sensitivity: { type: 'string', default: 'strict' },
      'min-precision': { type: 'string' },
      'min-recall': { type: 'string' },
    },
  });
  const sets = (values.set === 'all' ? CORPUS_SETS : [values.set]) as CorpusSet[];
  const sensitivity = values.sensitivity === 'thorough' ? 'thorough' : 'strict';
  let failed = false;
  const pct = (x: number): string => x.toFixed(3);
  for (const set of sets) {
    console.log(`\nux-for-cx-outcome on the ${set} set (sensitivity ${sensitivity})`);
    console.log('lang  items   TP   FP   FN   TN  precision  recall     F1');
    for (const lang of ['en', 'nl'] as Lang[]) {
      const items = readCorpus(lang, set);
      const s = score(items, lang, sensitivity);
      const n = (x: number): string => String(x).padStart(4);
      console.log(
        `${lang}   ${String(items.length).padStart(5)} ${n(s.tp)} ${n(s.fp)} ${n(s.fn)} ${n(s.tn)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}`,
      );
      // The held-out set is never shown item by item: that would turn it into tuning data.
      if (values.show && set !== 'heldout') {
        for (const e of s.errors) {
          console.log(
            `  ${e.predicted ? 'FP' : 'FN'} ${e.item.id} [${e.item.family}] ${e.item.text.replace(/\n/g, ' ⏎ ')}`,
          );
        }
      }
      if (set === 'heldout') {
        const minP = Number(values['min-precision'] ?? 0);
        const minR = Number(values['min-recall'] ?? 0);
        if (s.precision < minP || s.recall < minR) failed = true;
      }
    }
  }
  if (failed) {
    console.error('Below the required precision or recall on the held-out set.');
    process.exitCode = 1;
  }
}

if (require.main === module) main();
