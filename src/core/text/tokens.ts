// Word tokens with offsets: letters, marks and digits; hyphens, slashes and apostrophes split words.

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
    if (word.charCodeAt(i) > 127) return word.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return word;
}

/** Tokenise `text[from, to)` into words; a possessive or plural 's ("app's", "pagina's") is dropped from the normal form. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
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
    let norm = fold(text.slice(start, i).toLowerCase()).replace(/\u2019/g, "'");
    if (norm.endsWith("'s")) norm = norm.slice(0, -2);
    tokens.push({ norm, start, end: i });
  }
  return tokens;
}
