// Compiles lexicon entries into a matcher over word tokens (no regular expressions, linear time).
import type { Category, LexiconEntry } from './types';
import { fold, tokenize, type Token } from '../text/tokens';
import { work } from '../work';

type WordKind = 'exact' | 'prefix' | 'suffix';
interface Word {
  kind: WordKind;
  text: string;
}
type Step = Word | 'gap';
interface Pattern {
  entry: LexiconEntry;
  steps: Step[];
}

/** A pattern found in a token list. */
export interface Match {
  entry: LexiconEntry;
  category: Category;
  /** Token indices of the words matched (gaps excluded). */
  words: number[];
  /** First and last token index (inclusive). */
  first: number;
  last: number;
}

const MAX_GAP = 8;

/** Turn `draag* … bij` into steps. Throws on a pattern that cannot match anything. */
export function compilePattern(entry: LexiconEntry): Pattern {
  const steps: Step[] = [];
  for (const piece of entry.pattern.trim().split(/\s+/)) {
    if (piece === '…' || piece === '...') {
      steps.push('gap');
      continue;
    }
    const prefix = piece.endsWith('*');
    const suffix = piece.startsWith('*');
    const core = piece.replace(/^\*|\*$/g, '');
    const subs = tokenize(core).map((t) => t.norm);
    if (subs.length === 0) throw new Error(`Pattern "${entry.pattern}" has an empty word`);
    subs.forEach((text, i) => {
      const kind: WordKind =
        suffix && i === 0 ? 'suffix' : prefix && i === subs.length - 1 ? 'prefix' : 'exact';
      steps.push({ kind, text: fold(text) });
    });
  }
  if (steps[0] === 'gap' || steps[steps.length - 1] === 'gap') {
    throw new Error(`Pattern "${entry.pattern}" may not start or end with a gap`);
  }
  return { entry, steps };
}

function wordMatches(w: Word, token: string): boolean {
  switch (w.kind) {
    case 'exact':
      return token === w.text;
    case 'prefix':
      return token.startsWith(w.text);
    case 'suffix':
      return token.endsWith(w.text);
  }
}

/** Finds lexicon patterns in token lists. Build once per lexicon; reuse for every statement. */
export class Matcher {
  private readonly exact = new Map<string, Pattern[]>();
  private readonly prefix = new Map<string, Pattern[]>();
  private readonly suffix = new Map<string, Pattern[]>();
  private readonly prefixLengths: number[];
  private readonly suffixLengths: number[];

  constructor(entries: readonly LexiconEntry[]) {
    const pl = new Set<number>();
    const sl = new Set<number>();
    for (const entry of entries) {
      const p = compilePattern(entry);
      const first = p.steps[0] as Word;
      const map =
        first.kind === 'exact' ? this.exact : first.kind === 'prefix' ? this.prefix : this.suffix;
      if (first.kind === 'prefix') pl.add(first.text.length);
      if (first.kind === 'suffix') sl.add(first.text.length);
      const list = map.get(first.text);
      if (list) list.push(p);
      else map.set(first.text, [p]);
    }
    this.prefixLengths = [...pl].sort((a, b) => a - b);
    this.suffixLengths = [...sl].sort((a, b) => a - b);
  }

  private candidates(token: string): Pattern[] {
    const found: Pattern[] = [];
    const e = this.exact.get(token);
    if (e) found.push(...e);
    for (const n of this.prefixLengths) {
      work.matcherSteps++;
      if (n > token.length) break;
      const p = this.prefix.get(token.slice(0, n));
      if (p) found.push(...p);
    }
    for (const n of this.suffixLengths) {
      work.matcherSteps++;
      if (n > token.length) break;
      const s = this.suffix.get(token.slice(token.length - n));
      if (s) found.push(...s);
    }
    return found;
  }

  /** All matches in `tokens[from, to)`; overlapping matches are all kept. */
  match(tokens: readonly Token[], from = 0, to = tokens.length): Match[] {
    const out: Match[] = [];
    for (let i = from; i < to; i++) {
      work.matcherSteps++;
      for (const p of this.candidates(tokens[i]!.norm)) {
        work.matcherSteps++;
        const words = matchSteps(p.steps, tokens, i, to);
        if (words) {
          out.push({
            entry: p.entry,
            category: p.entry.category,
            words,
            first: words[0]!,
            last: words[words.length - 1]!,
          });
        }
      }
    }
    return out;
  }
}

/** Match steps from token `i`; returns the matched word indices or undefined. */
function matchSteps(
  steps: Step[],
  tokens: readonly Token[],
  i: number,
  to: number,
): number[] | undefined {
  const words: number[] = [];
  let t = i;
  for (let s = 0; s < steps.length; s++) {
    work.matcherSteps++;
    const step = steps[s]!;
    if (step === 'gap') {
      const next = steps[s + 1] as Word;
      let found = -1;
      for (let k = t; k < Math.min(to, t + MAX_GAP + 1); k++) {
        work.matcherSteps++;
        if (wordMatches(next, tokens[k]!.norm)) {
          found = k;
          break;
        }
      }
      if (found < 0) return undefined;
      words.push(found);
      t = found + 1;
      s++;
      continue;
    }
    if (t >= to || !wordMatches(step, tokens[t]!.norm)) return undefined;
    words.push(t);
    t++;
  }
  return words;
}
