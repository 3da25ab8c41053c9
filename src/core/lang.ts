// Telling English from Dutch by their most frequent function words: in a text, a unit and a
// document.
import type { Lang } from './types';
import { tokenize } from './text/tokens';
import type { ParsedDocument, ProseUnit } from './markdown/prose';
import type { ResolvedConfig } from './config';
import type { LintResult } from './engine';

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

/** How much evidence any paragraph needs to be read in the other language (see paragraphLanguage). */
const PARAGRAPH_SWITCH_MIN = 4;
/** How long a paragraph must be to be read in the other language by a smaller margin. */
const PARAGRAPH_WORDS = 8;
/** That margin: how many more function words of the other language than of the document's. */
const PARAGRAPH_MARGIN = 2;

/** The document language and where it came from; `scores` sums the evidence of all units. */
export function documentLanguage(
  doc: Pick<ParsedDocument, 'directives' | 'frontMatter'>,
  config: ResolvedConfig,
  forced: Lang | undefined,
  scores: () => Record<Lang, number>,
): { lang: Lang; source: LintResult['langSource'] } {
  if (forced) return { lang: forced, source: 'option' };
  const fm = frontMatterLanguage(doc.frontMatter);
  if (fm) return { lang: fm, source: 'front-matter' };
  const comment = doc.directives.find((d) => d.name === 'lang' && d.args[0] && asLang(d.args[0]));
  if (comment) return { lang: asLang(comment.args[0]!)!, source: 'comment' };
  if (config.lang !== 'auto') return { lang: config.lang, source: 'config' };
  return { lang: decideLanguage(scores(), 'en'), source: 'detected' };
}

const scoreCache = new WeakMap<ProseUnit, Record<Lang, number>>();

/** A unit's language evidence, computed once (the document's and the paragraph's language use it). */
export function unitScores(unit: ProseUnit): Record<Lang, number> {
  let scores = scoreCache.get(unit);
  if (!scores) {
    scores = languageScores(unit.text);
    scoreCache.set(unit, scores);
  }
  return scores;
}

/**
 * The language a unit is read in. A unit with strong evidence for the other language (at least
 * PARAGRAPH_SWITCH_MIN of its function words, over twice the document's) is read in it; so is a
 * unit of at least PARAGRAPH_WORDS words with PARAGRAPH_MARGIN more function words of the other
 * language than of the document's, and over 1.5 times as many. Other units, short ones above all,
 * are read in the document's language. (Measured on the shared corpora: scripts/lang-paragraphs.ts.)
 */
export function paragraphLanguage(unit: ProseUnit, docLang: Lang): Lang {
  const scores = unitScores(unit);
  const other: Lang = docLang === 'en' ? 'nl' : 'en';
  const o = scores[other];
  const d = scores[docLang];
  if (o >= PARAGRAPH_SWITCH_MIN && o > 2 * d) return other;
  if (o - d >= PARAGRAPH_MARGIN && 2 * o > 3 * d && unitWords(unit) >= PARAGRAPH_WORDS) {
    return other;
  }
  return docLang;
}

const wordCounts = new WeakMap<ProseUnit, number>();

/** The number of words (tokens) of a unit, counted once. */
function unitWords(unit: ProseUnit): number {
  let n = wordCounts.get(unit);
  if (n === undefined) {
    n = tokenize(unit.text).length;
    wordCounts.set(unit, n);
  }
  return n;
}
