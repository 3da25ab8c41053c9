// The lexicon per language, with configured extra terms, compiled once and cached.
import type { Lang } from '../types';
import type { Category, LexiconEntry } from './types';
import { Matcher } from './matcher';
import { EN } from './en';
import { NL } from './nl';

export const LEXICON: Record<Lang, readonly LexiconEntry[]> = { en: EN, nl: NL };

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
          example: term,
        });
      }
    }
    m = new Matcher(entries);
    if (cache.size > 32) cache.clear();
    cache.set(key, m);
  }
  return m;
}
