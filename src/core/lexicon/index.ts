// The lexicon per language, with configured extra terms, compiled once and cached. The word lists
// are reviewed data, one file per language (en.json, nl.json; see types.ts and validate.ts).
import type { Lang } from '../types';
import type { Category, LexiconEntry, LexiconFile } from './types';
import { Matcher } from './matcher';
import enData from './en.json';
import nlData from './nl.json';

function entriesOf(data: unknown, lang: Lang): LexiconEntry[] {
  return (data as LexiconFile).entries.map((e) => ({ ...e, lang }));
}

export const LEXICON: Record<Lang, readonly LexiconEntry[]> = {
  en: entriesOf(enData, 'en'),
  nl: entriesOf(nlData, 'nl'),
};

/**
 * Lints with a language's entries replaced, for the tests and the script that ask what each
 * entry is needed for (a lint made inside `fn` sees `entries`; afterwards the data is back).
 */
export function withEntries<T>(lang: Lang, entries: readonly LexiconEntry[], fn: () => T): T {
  const saved = LEXICON[lang];
  LEXICON[lang] = entries;
  cache.clear();
  try {
    return fn();
  } finally {
    LEXICON[lang] = saved;
    cache.clear();
  }
}

/** Extra terms from configuration: plain words per language and category. */
export type ExtraTerms = Partial<Record<Lang, Partial<Record<Category, string[]>>>>;

/** Turn a configured term into a literal pattern: no wildcards, no gaps. */
export function literalPattern(term: string): string {
  return term.replace(/[*…]|\.\.\./g, ' ').trim();
}

const cache = new Map<string, Matcher>();

/** The matcher for a language, including configured extra terms. */
export function matcherFor(lang: Lang, extra?: ExtraTerms): Matcher {
  const added = extra?.[lang];
  const key = added ? `${lang}:${JSON.stringify(added)}` : lang;
  let m = cache.get(key);
  if (!m) {
    const entries: LexiconEntry[] = [...LEXICON[lang]];
    for (const [category, terms] of Object.entries(added ?? {})) {
      for (const term of terms ?? []) {
        const pattern = literalPattern(term);
        if (!pattern) continue;
        entries.push({
          lang,
          category: category as Category,
          pattern,
          note: 'configured',
          match: [term],
        });
      }
    }
    m = new Matcher(entries);
    if (cache.size > 32) cache.clear();
    cache.set(key, m);
  }
  return m;
}
