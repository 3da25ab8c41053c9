// GFM literal autolinks (`www.example.nl`, `https://…`, `naam@example.nl`) in a text node's value.
//
// The parser's own autolink-literal syntax extension costs about a third of its time (it is asked
// at nearly every character), and what it finds, and more, is found again by the mdast transform
// of `mdast-util-gfm-autolink-literal`, which splits text nodes into ones without positions. This
// module finds the same links the way that transform does (its four searches, in its order, each on
// the text the earlier ones left), so the engine can parse without the extension and map every
// character of the text around a link back to the source.
import { unicodePunctuation, unicodeWhitespace } from 'micromark-util-character';

/** A link found: `[start, end)` in the value. */
export type LinkRange = [number, number];

type Find = (match: RegExpExecArray, input: string) => number | false;

// The patterns of mdast-util-gfm-autolink-literal 2.0 (transformGfmAutolinkLiterals). Each is
// linear: a match starts only after a character its look-behind rules out inside a run.
const URL_LITERAL = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi;
const XMPP =
  /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g;
const MAILTO = /(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;
const EMAIL = /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;
const BAD_LABEL_END = /[\d\-_]$/;

/** The length of the link a URL match makes (its trailing punctuation left out), or false. */
const findUrl: Find = (match, input) => {
  const [, protocol = '', host = '', path = ''] = match;
  if (!previous(match.index, input)) return false;
  const www = /^w/i.test(protocol);
  const domain = www ? protocol + host : host;
  if (unicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return false;
  // The link is the protocol and the URL; its trailing punctuation stays text.
  return (www ? 0 : protocol.length) + splitUrl(domain + path)[0].length;
};

const findXmpp: Find = (match, input) => {
  const [whole, , label = '', resource] = match;
  if (
    BAD_LABEL_END.test(label) ||
    (resource && (!/[A-Za-z]$/.test(resource) || input.charAt(match.index + whole.length) === '@'))
  ) {
    return false;
  }
  return whole.length;
};

const findMail: Find = (match) => (BAD_LABEL_END.test(match[2] ?? '') ? false : match[0].length);

const SEARCHES: [RegExp, Find][] = [
  [URL_LITERAL, findUrl],
  [XMPP, findXmpp],
  [MAILTO, findMail],
  [EMAIL, findMail],
];

/**
 * The literal autolinks in a text node's value, in order. Each search runs on the stretches the
 * earlier ones left (as the transform runs on the text nodes they left), with look-behinds and the
 * previous-character check confined to the stretch.
 */
export function literalAutolinks(value: string): LinkRange[] {
  // Every link has a dot in its domain.
  if (!value.includes('.')) return [];
  let links: LinkRange[] = [];
  for (const [pattern, find] of SEARCHES) {
    const found: LinkRange[] = [];
    let from = 0;
    for (const link of [...links, [value.length, value.length] as LinkRange]) {
      if (link[0] > from) search(value.slice(from, link[0]), from, pattern, find, found);
      from = link[1];
    }
    if (found.length) links = [...links, ...found].sort((a, b) => a[0] - b[0]);
  }
  return links;
}

/** Run one search over a stretch (at `base` in the value), as the transform's handler does. */
function search(input: string, base: number, pattern: RegExp, find: Find, out: LinkRange[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(input); match; match = pattern.exec(input)) {
    const length = find(match, input);
    if (length === false) {
      // Not a link after all: search again from the next character.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    out.push([base + match.index, base + match.index + length]);
  }
}

/** A link starts the text or follows white space or punctuation. */
function previous(index: number, input: string): boolean {
  const code = input.charCodeAt(index - 1);
  return index === 0 || unicodeWhitespace(code) || unicodePunctuation(code);
}

/** The last two labels of a domain have a letter or digit and no underscore. */
function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  if (parts.length < 2) return false;
  for (const part of [parts[parts.length - 1], parts[parts.length - 2]]) {
    if (part && (part.includes('_') || !/[\dA-Za-z]/.test(part))) return false;
  }
  return true;
}

/** Trailing punctuation is not part of a URL, except closing parentheses that balance. */
function splitUrl(url: string): [string, string | undefined] {
  let index = url.length;
  while (index > 0 && TRAILING.has(url.charCodeAt(index - 1))) index--;
  if (index === url.length) return [url, undefined];
  let trail = url.slice(index);
  let kept = url.slice(0, index);
  let closingParenIndex = trail.indexOf(')');
  const openingParens = count(kept, '(');
  let closingParens = count(kept, ')');
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    kept += trail.slice(0, closingParenIndex + 1);
    trail = trail.slice(closingParenIndex + 1);
    closingParenIndex = trail.indexOf(')');
    closingParens++;
  }
  return [kept, trail];
}

/** `! " & ' ) , . : ; < > ? ] }` */
const TRAILING = new Set([33, 34, 38, 39, 41, 44, 46, 58, 59, 60, 62, 63, 93, 125]);

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
