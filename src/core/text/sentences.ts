// Sentence boundaries with Intl.Segmenter, repaired after abbreviations the platform misreads.
// A soft line break inside a paragraph is read as a space (see `softBreaksAsSpaces`).
import type { Lang } from '../types';
import { work } from '../work';

/** Abbreviations after which a period does not end a sentence (lowercase, without final dot). */
const ABBREVIATIONS: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    'e.g',
    'i.e',
    'etc',
    'vs',
    'cf',
    'approx',
    'incl',
    'excl',
    'no',
    'fig',
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'resp',
    'min',
    'max',
    'est',
    'u.s',
  ]),
  nl: new Set([
    'bijv',
    'bv',
    'o.a',
    'm.b.t',
    'i.p.v',
    'd.w.z',
    'enz',
    'etc',
    'z.s.m',
    'incl',
    'excl',
    'ca',
    'evt',
    'vgl',
    'nl',
    'blz',
    'dhr',
    'mevr',
    'mw',
    'resp',
    'm.n',
    't.a.v',
    'i.v.m',
    'n.a.v',
    'a.s',
    'jl',
    'min',
    'max',
    'art',
    'nr',
    'z.o.z',
    'e.d',
    'e.a',
    'o.b.v',
    'p.p',
    'mbt',
    'ivm',
    'nav',
    'obv',
    'tav',
    'ipv',
    'dwz',
  ]),
};

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * V8's segmenter spends time in the length of the whole text on every segment, so a long text
 * costs quadratic time. It is segmented in windows of about this many characters instead.
 */
const WINDOW = 2048;

/**
 * The segmenter's sentence segments of `text`, as [start, end) offsets, computed window by
 * window. A segment is taken from a window only when the segmenter has seen a letter after its
 * end (its look-ahead past a sentence end stops at the first letter), and never the window's last
 * segment; the next window starts at the last segment taken, where the segmenter starts afresh.
 * The result is the same as segmenting the whole text at once.
 */
export function sentenceSegments(text: string, lang: Lang, window = WINDOW): [number, number][] {
  // Most short units (a table cell, a title, a list item without a full stop) are one sentence;
  // asking the segmenter costs microseconds each.
  if (text.length > 0 && text.length <= window && isOneSentence(text)) {
    work.sentenceChars += text.length;
    return [[0, text.length]];
  }
  const out: [number, number][] = [];
  let pos = 0;
  let size = window;
  while (pos < text.length) {
    const end = Math.min(text.length, pos + size);
    const piece = text.slice(pos, end);
    work.segmenterChars += piece.length;
    const last = end === text.length;
    let letterEnd = piece.length;
    if (!last) {
      while (letterEnd > 0 && !isLetter(piece.charCodeAt(letterEnd - 1))) {
        work.sentenceChars++;
        letterEnd--;
      }
    }
    const segs: [number, number][] = [];
    for (const seg of segmenter(lang).segment(piece)) {
      work.segments++;
      // Enough segments for this window once one starts past the usual window size.
      if (!last && segs.length > 0 && seg.index >= window) break;
      segs.push([seg.index, seg.index + seg.segment.length]);
    }
    if (last) {
      for (const [s, e] of segs) out.push([pos + s, pos + e]);
      break;
    }
    let keep = 0;
    while (keep < segs.length - 1 && segs[keep]![1] < letterEnd) keep++;
    if (keep === 0) {
      size *= 2; // One sentence longer than the window: look further.
      continue;
    }
    for (let k = 0; k < keep; k++) out.push([pos + segs[k]![0], pos + segs[k]![1]]);
    pos += segs[keep - 1]![1];
    size = window;
  }
  return out;
}

/**
 * Is `text` one sentence to the segmenter for certain: all its characters ASCII or Latin letters
 * and signs (U+00A0–U+024F), none of them a sentence terminator (`.` `!` `?`) or a line ending?
 * Unicode's sentence rules (UAX #29) break only after a terminator or a separator (CR, LF, U+0085,
 * U+2028, U+2029), and these ranges hold no other terminator. test/unit/sentences.test.ts
 * compares it with the segmenter.
 */
export function isOneSentence(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 128 ? c === 46 || c === 33 || c === 63 || c === 10 || c === 13 : c < 0xa0 || c > 0x24f
    ) {
      return false;
    }
  }
  return true;
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;

/**
 * [start, end) offsets of the sentences of a paragraph's `text`, trimmed of surrounding white
 * space. Line endings are read as `softBreaksAsSpaces` describes.
 */
export function splitSentences(text: string, lang: Lang): [number, number][] {
  const raw = sentenceSegments(softBreaksAsSpaces(text), lang);
  const merged: [number, number][] = [];
  for (const r of raw) {
    work.segments++;
    const prev = merged[merged.length - 1];
    if (prev && endsWithAbbreviation(text, prev[0], prev[1], lang)) prev[1] = r[1];
    else merged.push([r[0], r[1]]);
  }
  const result: [number, number][] = [];
  for (const [s0, e0] of merged) {
    let s = s0;
    let e = e0;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    work.sentenceChars += s - s0 + (e0 - e) + 1;
    if (e > s) result.push([s, e]);
  }
  return result;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
}

/**
 * `text` as the segmenter should read it, with the same length so offsets carry over: each
 * line ending (LF, CR or CRLF) is replaced by as many spaces, unless it ends a sentence anyway.
 *
 * A paragraph's text holds its soft line breaks as the source has them (the container prefixes
 * of continuation lines, `> ` and indentation, are not in it). Markdown renders a soft line
 * break as a space, but the segmenter ends a sentence at every line ending, so a hard-wrapped
 * claim ("The redesigned app will increase⏎customer loyalty.") fell apart into two fragments.
 *
 * A line ending is kept, and so still ends a sentence, when the line ends with `.`, `!` or `?`
 * (closing quotes and brackets may follow): the sentence ends there as the author wrote it.
 * This also keeps pseudo-lists apart ("First item.⏎b. second item."), which the segmenter
 * would join because a lowercase letter follows. A known abbreviation at a line end
 * ("e.g.⏎large buttons") is still merged with what follows.
 *
 * Lines without final punctuation are joined, as Markdown renders them: "Goal: retention⏎Means:
 * new app" is one statement, like the same text on one line. (Keeping lines that start with a
 * label apart was tried: on the labelled sets, hard-wrapped, it only lost claims, such as
 * "… of the new⏎KvK-website: reputation score ≥ 7.0".)
 *
 * A hard line break (two trailing spaces or a backslash before the line ending) is meant as a
 * break and should end a sentence. A LINE SEPARATOR (U+2028) is left alone here, and the
 * segmenter always breaks after it; but the unit text holds a hard break as a line feed
 * (markdown/inline.ts), which cannot be told from a soft one, so until the Markdown layer
 * writes hard breaks as U+2028 they read as soft ones.
 */
export function softBreaksAsSpaces(text: string): string {
  const parts: string[] = [];
  let done = 0;
  let i = 0;
  work.sentenceChars += text.length; // each character is read once going forward
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) {
      i++;
      continue;
    }
    const at = i;
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    if (endsSentence(text, at)) continue;
    parts.push(text.slice(done, at), i - at === 2 ? '  ' : ' ');
    done = i;
  }
  if (done === 0) return text;
  parts.push(text.slice(done));
  return parts.join('');
}

/** Does the line ending at `at` follow sentence-final punctuation (and closing marks)? */
function endsSentence(text: string, at: number): boolean {
  let p = at - 1;
  while (p >= 0 && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p--;
  while (p >= 0 && CLOSERS.includes(text[p]!)) p--;
  work.sentenceChars += at - p;
  const c = text.charCodeAt(p);
  return c === 46 || c === 33 || c === 63; // . ! ?
}
const CLOSERS = ')]}"\'”’»';

function endsWithAbbreviation(text: string, start: number, end: number, lang: Lang): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  work.sentenceChars += end - e + 1;
  if (text.charCodeAt(e - 1) !== 46 /* . */) return false;
  let s = e - 1;
  while (s > start && !isSpace(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 40) s--;
  work.sentenceChars += e - s;
  const word = text.slice(s, e - 1).toLowerCase();
  return ABBREVIATIONS[lang].has(word) || ABBREVIATIONS.en.has(word);
}
