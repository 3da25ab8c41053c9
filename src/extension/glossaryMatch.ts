// Finds the glossary term under the cursor: surface forms of the document's language first,
// then those of the other language; the longest form wins.
import { GLOSSARY, type GlossaryEntry, type Lang } from '../core';

export interface GlossaryHit {
  entry: GlossaryEntry;
  /** The language whose surface form matched. */
  lang: Lang;
  /** Start and end (UTF-16, in the line) of the matched text. */
  start: number;
  end: number;
}

interface Form {
  entry: GlossaryEntry;
  re: RegExp;
}

const forms = new Map<Lang, Form[]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Surface forms of a language as whole-word, case-insensitive patterns, longest first. */
function formsOf(lang: Lang): Form[] {
  let list = forms.get(lang);
  if (!list) {
    list = GLOSSARY.flatMap((entry) => entry.terms[lang].map((term) => ({ entry, term })))
      .sort((a, b) => b.term.length - a.term.length)
      .map(({ entry, term }) => ({
        entry,
        re: new RegExp(
          `(?<![\\p{L}\\p{N}])${escape(term).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
          'giu',
        ),
      }));
    forms.set(lang, list);
  }
  return list;
}

/** The surface-form patterns of a language (for the regular-expression test). */
export function glossaryPatterns(lang: Lang): RegExp[] {
  return formsOf(lang).map((f) => f.re);
}

/** The glossary term covering column `column` (0-based) of `line`, if any. */
export function glossaryTermAt(
  line: string,
  column: number,
  docLang: Lang,
): GlossaryHit | undefined {
  const order: Lang[] = docLang === 'nl' ? ['nl', 'en'] : ['en', 'nl'];
  for (const lang of order) {
    let best: GlossaryHit | undefined;
    for (const { entry, re } of formsOf(lang)) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const start = m.index;
        const end = start + m[0].length;
        if (start > column) break;
        if (column < end && (!best || end - start > best.end - best.start)) {
          best = { entry, lang, start, end };
        }
      }
    }
    if (best) return best;
  }
  return undefined;
}
