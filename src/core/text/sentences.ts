// Sentence boundaries with Intl.Segmenter, repaired after abbreviations the platform misreads.
import type { Lang } from '../types';

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
  const out: [number, number][] = [];
  let pos = 0;
  let size = window;
  while (pos < text.length) {
    const end = Math.min(text.length, pos + size);
    const piece = text.slice(pos, end);
    const last = end === text.length;
    let letterEnd = piece.length;
    if (!last) while (letterEnd > 0 && !isLetter(piece.charCodeAt(letterEnd - 1))) letterEnd--;
    const segs: [number, number][] = [];
    for (const seg of segmenter(lang).segment(piece)) {
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

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCharCode(c));
}
const LETTER = /\p{L}/u;

/** [start, end) offsets of the sentences of `text`, trimmed of surrounding white space. */
export function splitSentences(text: string, lang: Lang): [number, number][] {
  const raw = sentenceSegments(text, lang);
  const merged: [number, number][] = [];
  for (const r of raw) {
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
    if (e > s) result.push([s, e]);
  }
  return result;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

function endsWithAbbreviation(text: string, start: number, end: number, lang: Lang): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(e - 1) !== 46 /* . */) return false;
  let s = e - 1;
  while (s > start && !isSpace(text.charCodeAt(s - 1)) && text.charCodeAt(s - 1) !== 40) s--;
  const word = text.slice(s, e - 1).toLowerCase();
  return ABBREVIATIONS[lang].has(word) || ABBREVIATIONS.en.has(word);
}
