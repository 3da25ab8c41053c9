// Inline-comment directives (`<!-- uxcx-… -->`): found in the HTML of a document; suppress.ts
// decides what they turn off, the language detection reads `uxcx-lang`.

/** An inline-comment directive such as `<!-- uxcx-disable-next-line rule -- reason -->`. */
export interface Directive {
  name: string;
  args: string[];
  start: number;
  end: number;
}

/** What starts a directive's comment. */
export const DIRECTIVE_PREFIX = 'uxcx-';

/**
 * Find `<!-- uxcx-… -->` comments in an HTML node's value. `raw` is the node's source, from
 * `base`: the value can lack container prefixes (`> `) or hold a space for part of a tab, so the
 * offsets of the n-th comment are taken from the n-th comment in the source.
 */
export function collectDirectives(
  html: string,
  base: number,
  into: Directive[],
  raw: string = html,
): void {
  let from = 0;
  let rawFrom = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) return;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return;
    const body = html.slice(open + 4, close).trim();
    from = close + 3;
    const rawOpen = raw.indexOf('<!--', rawFrom);
    const rawClose = rawOpen < 0 ? -1 : raw.indexOf('-->', rawOpen + 4);
    rawFrom = rawClose < 0 ? raw.length : rawClose + 3;
    if (!body.startsWith(DIRECTIVE_PREFIX)) continue;
    const reasonAt = body.indexOf(' -- ');
    const words = (reasonAt >= 0 ? body.slice(0, reasonAt) : body).split(/\s+/).filter(Boolean);
    const [name, ...args] = words;
    if (!name) continue;
    into.push({
      name: name.slice(DIRECTIVE_PREFIX.length),
      args: args.flatMap((a) => a.split(',')).filter(Boolean),
      start: base + (rawClose < 0 ? open : rawOpen),
      end: base + (rawClose < 0 ? close : rawClose) + 3,
    });
  }
}
