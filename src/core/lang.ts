// Telling English from Dutch by their most frequent function words.
import type { Lang } from './types';
import { tokenize } from './text/tokens';

const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    'the a an of and to in is are be will shall should must that this for with on by as it not we our they their which from or at can has have was were would could than its into when'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'de het een van en te in is zijn wordt worden dat die voor met op door als niet we wij ons onze zij hun deze dit om naar bij ook aan of uit moet moeten kan kunnen zal zullen heeft hebben was waren dan er wel geen'.split(
      ' ',
    ),
  ),
};

/** Evidence for each language in a text: counts of function words (ambiguous ones count for both). */
export function languageScores(text: string, from = 0, to = text.length): Record<Lang, number> {
  const scores: Record<Lang, number> = { en: 0, nl: 0 };
  for (const t of tokenize(text, from, to)) {
    if (FUNCTION_WORDS.en.has(t.norm)) scores.en++;
    if (FUNCTION_WORDS.nl.has(t.norm)) scores.nl++;
  }
  return scores;
}

/** The language with more evidence, or `fallback` when neither has enough. */
export function decideLanguage(
  scores: Record<Lang, number>,
  fallback: Lang,
  minEvidence = 1,
): Lang {
  if (scores.en === scores.nl || Math.max(scores.en, scores.nl) < minEvidence) return fallback;
  return scores.en > scores.nl ? 'en' : 'nl';
}

/** Read `lang: nl` (or `language:`) from front matter. */
export function frontMatterLanguage(frontMatter: string | undefined): Lang | undefined {
  if (!frontMatter) return undefined;
  for (const line of frontMatter.split(/\r\n|\r|\n/)) {
    const m = /^\s*(?:lang|language|taal)\s*[:=]\s*["']?([A-Za-z]{2})\b/.exec(line);
    if (m) return asLang(m[1]!);
  }
  return undefined;
}

/** Normalise a language tag (`nl-NL`, `EN`) to a supported language, if it is one. */
export function asLang(tag: string): Lang | undefined {
  const base = tag.toLowerCase().split(/[-_]/)[0];
  return base === 'en' || base === 'nl' ? base : undefined;
}
