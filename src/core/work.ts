// The engine's work, counted in steps, so that tests bound it by counting instead of timing it
// (test/unit/pathological.test.ts, test/unit/sentences.test.ts): a busy machine cannot change a
// count. Nothing in the engine reads these; each is a plain increment, which costs nothing worth
// measuring. Each counter names what one step is.
export const work = {
  /** Characters read by the sentence splitter: line endings, look-backs, trimming. */
  sentenceChars: 0,
  /** Characters handed to Intl.Segmenter, and segments read back from it. */
  segmenterChars: 0,
  segments: 0,
  /** Characters read by the tokenizer (folding diacritics included). */
  tokenChars: 0,
  /** Lexicon matcher: tokens looked up, candidate patterns tried, pattern steps taken. */
  matcherSteps: 0,
  /** Statement analysis: clause gaps read, matches grouped and filtered, matches scanned. */
  analysisSteps: 0,
  /** Rules: checks run, and the matches and clauses they go through. */
  ruleSteps: 0,
  /** Engine: units and statements visited, findings made, suppressions tried, fix look-ups. */
  engineSteps: 0,
};

export type WorkCounter = keyof typeof work;

/** Set every counter to zero. */
export function resetWork(): void {
  for (const k of Object.keys(work) as WorkCounter[]) work[k] = 0;
}
