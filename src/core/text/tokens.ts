// Word tokens with offsets: letters, marks and digits; hyphens, slashes and apostrophes split words.
import { work } from '../work';

export interface Token {
  /** Lowercased, with diacritics kept except on i/e (intuïtief → intuitief is handled by data). */
  norm: string;
  start: number;
  end: number;
}

function isWordChar(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  }
  return WORD_RE.test(String.fromCharCode(c));
}
const WORD_RE = /[\p{L}\p{M}\p{N}]/u;

/** Strip diacritics so "intuïtief" and "intuitief" (a common misspelling) match alike. */
export function fold(word: string): string {
  // Fast path: ASCII needs no folding.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      work.tokenChars += i + 2 * word.length; // read so far, then normalised and stripped
      return word.normalize('NFD').replace(/\p{M}+/gu, '');
    }
  }
  work.tokenChars += word.length;
  return word;
}

/** Tokenise `text[from, to)` into words; a possessive or plural 's ("app's", "pagina's") is dropped from the normal form. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    work.tokenChars++;
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) i++;
      else if ((d === 39 || d === 0x2019) && i + 1 < to && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    work.tokenChars += i - start + 1; // the word read again, and the character after it
    let norm = fold(text.slice(start, i).toLowerCase()).replace(/\u2019/g, "'");
    if (norm.endsWith("'s")) norm = norm.slice(0, -2);
    tokens.push({ norm, start, end: i });
  }
  return tokens;
}
