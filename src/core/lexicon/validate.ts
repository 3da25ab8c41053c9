// Checks a language's word-list data file (src/core/lexicon/<lang>.json). The build runs it
// (esbuild.js: a file that fails does not bundle), and so do the tests. It checks what can be
// checked without the rules: the shape, the patterns, flags that fit the category, no duplicate,
// and that each `match` sentence holds the pattern and each `noMatch` sentence does not. That the
// rules flag the `flag` sentences and pass the `pass` ones is a test (test/unit/lexicon.test.ts).
import { tokenize } from '../text/tokens';
import { Matcher, compilePattern } from './matcher';
import { CATEGORIES, type Category, type LexiconEntry } from './types';

/** One piece of a pattern: a word, with `*` at its start or end. */
const WORD = /^\*?[\p{L}\p{N}'/-]+\*?$/u;

/** A pattern: words (with `*` at the start or end) and `…` gaps, separated by single spaces. */
export function isWordPattern(pattern: string): boolean {
  return pattern.split(' ').every((piece) => piece === '…' || WORD.test(piece));
}

const ENTRY_KEYS = new Set([
  'pattern',
  'category',
  'sense',
  'note',
  'seen',
  'flags',
  'match',
  'noMatch',
  'flag',
  'pass',
]);

/** The flags each category may carry, and their values. */
const FLAGS: Partial<Record<Category, Record<string, readonly string[]>>> = {
  link: { link: ['purpose', 'result', 'reason', 'weak', 'instrument', 'metaphor', 'attributive'] },
  uxMeans: { means: ['part'] },
  cxOutcome: { outcome: ['verb', 'attitude'] },
  negation: { negation: ['plain', 'contrastive', 'cessation'] },
  anaphor: { anaphor: ['pronoun', 'one'] },
  measure: { measure: ['verb'] },
  requirement: { requirement: ['question'] },
  subordinate: { subordinate: ['condition', 'time', 'past', 'reason', 'then'] },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isSentences = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);

/** Whether `entry`'s pattern matches somewhere in `sentence`. */
export function patternMatches(entry: LexiconEntry, sentence: string): boolean {
  return new Matcher([entry]).match(tokenize(sentence)).length > 0;
}

/**
 * The problems of a data file (empty when it is valid), each naming the entry by its index and
 * pattern. `expectedLang` is the language the file is for.
 */
export function validateLexicon(data: unknown, expectedLang: 'en' | 'nl'): string[] {
  const errors: string[] = [];
  if (!isObject(data)) return ['the file is not a JSON object'];
  for (const key of Object.keys(data)) {
    if (key !== 'lang' && key !== 'entries') errors.push(`unknown key "${key}"`);
  }
  if (data.lang !== expectedLang)
    errors.push(`"lang" is ${String(data.lang)}, not ${expectedLang}`);
  if (!Array.isArray(data.entries)) return [...errors, '"entries" is not an array'];
  const seen = new Set<string>();
  data.entries.forEach((raw: unknown, i: number) => {
    const name = `entry ${i}${isObject(raw) && typeof raw.pattern === 'string' ? ` "${raw.pattern}"` : ''}`;
    const fail = (what: string): void => {
      errors.push(`${name}: ${what}`);
    };
    if (!isObject(raw)) return fail('not an object');
    for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) fail(`unknown key "${key}"`);
    const { pattern, category, note } = raw;
    if (typeof pattern !== 'string' || !isWordPattern(pattern)) {
      return fail('"pattern" is not a word pattern (words, *, …, single spaces)');
    }
    if (!(CATEGORIES as readonly unknown[]).includes(category)) {
      return fail(`unknown category ${JSON.stringify(category)}`);
    }
    const cat = category as Category;
    if (typeof note !== 'string' || note.trim().length < 10)
      fail('"note" must say why (10+ characters)');
    for (const key of ['sense', 'seen'] as const) {
      if (raw[key] !== undefined && (typeof raw[key] !== 'string' || !raw[key])) {
        fail(`"${key}" must be a non-empty string`);
      }
    }
    for (const key of ['match', 'noMatch', 'flag', 'pass'] as const) {
      if (raw[key] !== undefined && !isSentences(raw[key])) {
        fail(`"${key}" must be a list of sentences`);
      }
    }
    if (!isSentences(raw.match) || raw.match.length === 0) {
      fail('"match" must hold at least one sentence');
    }
    if (raw.flags !== undefined) {
      const allowed = FLAGS[cat] ?? {};
      if (!isObject(raw.flags)) fail('"flags" must be an object');
      else {
        for (const [flag, value] of Object.entries(raw.flags)) {
          if (!allowed[flag]?.includes(value as string)) {
            fail(`flag ${flag}: ${JSON.stringify(value)} does not fit the category ${cat}`);
          }
        }
      }
    }
    const key = `${cat}:${pattern}`;
    if (seen.has(key)) fail(`duplicate of an earlier ${cat} entry`);
    seen.add(key);
    const entry = { ...raw, lang: expectedLang } as unknown as LexiconEntry;
    try {
      compilePattern(entry);
    } catch (e) {
      return fail((e as Error).message);
    }
    for (const s of isSentences(raw.match) ? raw.match : []) {
      if (!patternMatches(entry, s)) fail(`does not match its "match" sentence "${s}"`);
    }
    for (const s of isSentences(raw.noMatch) ? raw.noMatch : []) {
      if (patternMatches(entry, s)) fail(`matches its "noMatch" sentence "${s}"`);
    }
  });
  return errors;
}
