// The source map of a unit's text: where each character came from in the source, past escapes,
// character references and container prefixes, and where a range ending at a character ends.
import type { ProseUnit } from './prose';

/** A character reference (`&amp;`, `&#233;`, `&#x1F600;`) at the start of the rest of a string. */
const CHAR_REF = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** The second code point of a two-code-point named reference (`&NotEqualTilde;` is U+2242 U+0338). */
const SECOND_CODE_POINT = /^\p{M}$/u;

/**
 * Map each character of a text node's value to its source offset. The value can differ from the
 * source by escapes, entities, and container prefixes (`> `, indentation) on continuation lines,
 * so the walk moves forward through the source to the next matching character. A character
 * reference the parser decoded maps all its characters to the `&` and is skipped as a whole.
 */
export function align(value: string, source: string, start: number, end: number): number[] {
  const map = new Array<number>(value.length);
  // The value as written (no escape, reference or prefix in it): each character is its own.
  if (end - start === value.length && source.startsWith(value, start)) {
    for (let i = 0; i < value.length; i++) map[i] = start + i;
    return map;
  }
  /** Per character code, an offset from which the source (up to `end`) no longer has it. */
  const absentFrom = new Map<number, number>();
  /** The first `&` at or after `p` (`end` when there is none). */
  let amp = start - 1;
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    let q = p;
    const absent = absentFrom.get(ch);
    if (absent !== undefined && absent <= p) q = end;
    else {
      while (q < end && source.charCodeAt(q) !== ch) q++;
      if (q >= end) absentFrom.set(ch, p);
    }
    if (amp < p) {
      // (Not `indexOf`: it would search to the end of the document for every text node.)
      amp = p;
      while (amp < end && source.charCodeAt(amp) !== 38 /* & */) amp++;
    }
    // A character reference before the literal twin (or past a container prefix) the parser
    // decoded is where the character comes from.
    const ref = amp <= q && amp < end ? decodedRef(value, i, source, amp, end) : 0;
    if (ref > 0) {
      // Its character(s) come from the whole `&…;`. A few named references decode to two code
      // points; the second is a mark or a hair space.
      map[i] = amp;
      if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < value.length) map[++i] = amp;
      const next = value.charCodeAt(i + 1);
      if (
        i + 1 < value.length &&
        source.charCodeAt(amp + ref) !== next &&
        (next === 0x200a || SECOND_CODE_POINT.test(value[i + 1]!))
      ) {
        map[++i] = amp;
      }
      p = amp + ref;
      continue;
    }
    if (q < end) {
      map[i] = q;
      p = q + 1;
    } else {
      // No literal twin in the source (a character the parser made up): keep the place.
      map[i] = Math.min(p, end);
    }
  }
  return map;
}

/**
 * The source offset (BOM-less) just after `unit.text[i - 1]`: past the whole character reference
 * (`&#x79;`, `&eacute;`) the character was decoded from, which `unit.src` maps to its `&`.
 * `source` is the document.
 */
export function sourceEnd(unit: ProseUnit, i: number, source: string): number {
  const o = unit.src[i - 1];
  if (o === undefined || source.charCodeAt(o) !== 38 /* & */) return o! + 1;
  // The reference's first character (it may have decoded to two: a surrogate pair, or a
  // character and a mark).
  const first = i >= 2 && unit.src[i - 2] === o ? i - 2 : i - 1;
  const ref = decodedRef(unit.text, first, source, o, unit.end);
  return ref > 0 ? o + ref : o + 1;
}

/**
 * The length of the character reference at `source[p]` when the parser decoded it into
 * `value[i]` (the value does not hold the reference literally); 0 otherwise.
 */
function decodedRef(value: string, i: number, source: string, p: number, end: number): number {
  CHAR_REF.lastIndex = p;
  const m = CHAR_REF.exec(source);
  if (!m || p + m[0].length > end) return 0;
  if (value.startsWith(m[0], i)) return 0; // Not a known entity: the parser kept it as text.
  return m[0].length;
}
