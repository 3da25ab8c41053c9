// A statement (sentence or table row) with its tokens and the lexicon matches the rules read.
import type { Lang } from './types';
import type { ProseUnit } from './markdown/prose';
import type { Category } from './lexicon/types';
import type { Match, Matcher } from './lexicon/matcher';
import { tokenize, type Token } from './text/tokens';
import { work } from './work';
import { bisect } from './text/bisect';

export interface Statement {
  unit: ProseUnit;
  lang: Lang;
  /** [start, end) in `unit.text`. */
  start: number;
  end: number;
  tokens: Token[];
  /** Matches per category, with outcome words in unrelated roles already removed. */
  matches: Map<Category, Match[]>;
  /** Token index where each clause starts (clauses split at `;` and contrast words). */
  clauseStarts: number[];
  /** Extra matches from the table header, for table rows. */
  headerMatches?: Map<Category, Match[]>;
  /**
   * "Not because A, but because B" ("niet omdat …, maar omdat …"): the negation that rejects
   * reason A and the token where "but" opens reason B. The "but" goes on with the same claim.
   */
  rejectedReason?: { negation: Match; but: number };
}

/**
 * Categories whose matches an `unrelated` match (a word in another sense) blocks: "screen
 * reader" is no screen, "seamless integration" no vague UX quality, "mogelijk maken" no hedge,
 * "houden je vast in hun ecosysteem" (lock-in) no causal link, "has never been more important",
 * "wel of niet" no negation, "on my phone" (the device) no phone call, "naast het feit dat"
 * ("besides the fact that") no scope, "niets liever dan" ("nothing rather than": most want) no
 * comparison, "maakt het verschil tussen" (is decisive) no talk about the terms.
 */
const SENSE_BLOCKED: readonly Category[] = [
  'uxMeans',
  'vague',
  'hedge',
  'link',
  'negation',
  'offlineTouchpoint',
  'scope',
  'comparison',
  'meta',
  'subordinate',
];

/** `f` computed once per statement (rules ask a heading once per statement below it). */
export function perStatement<T>(f: (s: Statement) => T): (s: Statement) => T {
  const cache = new WeakMap<Statement, T>();
  return (s) => {
    if (cache.has(s)) return cache.get(s) as T;
    const result = f(s);
    cache.set(s, result);
    return result;
  };
}

/** Analyse `unit.text[start, end)`. */
export function analyse(
  unit: ProseUnit,
  start: number,
  end: number,
  lang: Lang,
  matcher: Matcher,
): Statement {
  const tokens = tokenize(unit.text, start, end);
  const all = matcher.match(tokens);
  // Where a contrast word starts (and ends), where a limiter stands ("only", "longer": lexicon
  // data), and where a reason opens ("because", "due to", "omdat").
  const contrastAt = new Map<number, number>();
  const limiterAt = new Set<number>();
  const reasonAt = new Set<number>();
  // Where a plain causal link starts ("levert … op", "leads to", "zorgt ervoor dat"): right
  // after a contrast word, it goes on with the subject before it ("Een designsysteem kost tijd,
  // maar levert een consistentere merkbeleving op").
  const verbLinkAt = new Set<number>();
  for (const m of all) {
    if (m.category === 'link' && (!m.entry.flags?.link || m.entry.flags.link === 'result')) {
      verbLinkAt.add(m.first);
    }
    if (m.category === 'contrast') contrastAt.set(m.first, m.last);
    // A limiter after a dash, comma or colon opens a new part of the sentence: it limits no
    // negation before it ("wint het vertrouwen niet terug — alleen een regeling kan dat").
    else if (m.category === 'limiter' && !afterBreak(unit.text, tokens, m.first)) {
      limiterAt.add(m.first);
    }
    if (opensReason(m)) reasonAt.add(m.first);
  }
  // "Not only … but also …" ("niet alleen … maar ook"): the "but" goes on with the same claim.
  const notOnly = all.find((m) => limited(m, limiterAt));
  // "Not because …, but because …": so does a "but" that opens a reason after a rejected one.
  const notBecause = all.find(
    (m) => m.category === 'negation' && rejectsReason(unit.text, tokens, m, reasonAt),
  );
  let rejectedReason: Statement['rejectedReason'];
  const matches = groupMatches(all, limiterAt);
  const clauseStarts = [0];
  tokens.forEach((t, i) => {
    work.analysisSteps++;
    if (i === 0) return;
    const gap = unit.text.slice(tokens[i - 1]!.end, t.start);
    work.analysisSteps += gap.length;
    const contrastLast = contrastAt.get(i);
    const butBecause =
      !!notBecause &&
      notBecause.last < i &&
      contrastLast !== undefined &&
      reasonAt.has(contrastLast + 1);
    if (butBecause && !rejectedReason) rejectedReason = { negation: notBecause, but: i };
    const contrast =
      contrastLast !== undefined &&
      gap.includes(',') &&
      !(notOnly && notOnly.last < i) &&
      !butBecause &&
      !verbLinkAt.has(contrastLast + 1);
    if (gap.includes(';') || contrast) clauseStarts.push(i);
  });
  return { unit, lang, start, end, tokens, matches, clauseStarts, rejectedReason };
}

/** A dash between words: an em or en dash, or a hyphen with space around it ("wait - they"). */
export const DASH = /[\u2014\u2013]|\s-\s/;

/** Does a dash, comma, semicolon or colon stand right before token `i`? */
function afterBreak(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return false;
  const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  work.analysisSteps += gap.length;
  return DASH.test(gap) || /[,;:]/.test(gap);
}

/** How far before the reason it rejects a negation may stand ("don't stay with us because of"). */
const NOT_BECAUSE_REACH = 4;

/**
 * Does negation `n` stand right before a reason, or a few words before it in the same part of
 * the sentence ("not because of", "don't stay with us because of", "blijven niet bij ons
 * vanwege")?
 */
function rejectsReason(
  text: string,
  tokens: readonly Token[],
  n: Match,
  reasonAt: ReadonlySet<number>,
): boolean {
  for (let i = n.last + 1; i <= n.last + NOT_BECAUSE_REACH && i < tokens.length; i++) {
    if (afterBreak(text, tokens, i)) return false;
    if (reasonAt.has(i)) return true;
  }
  return false;
}

/**
 * A word that opens a reason: "because", "omdat" (subordinate), "due to", "dankzij" (link), or a
 * word that names a cause or a channel ("door de").
 */
export function opensReason(m: Match): boolean {
  const link = m.entry.flags?.link;
  return (
    (m.category === 'subordinate' && m.entry.flags?.subordinate === 'reason') ||
    (m.category === 'link' && (link === 'reason' || link === 'weak'))
  );
}

/**
 * Group matches by category; drop outcome matches that sit inside an unrelated-role pattern.
 * `all` is in the matcher's order (by first word), and each category keeps that order, which
 * `get` relies on.
 */
export function groupMatches(all: Match[], limiterAt: ReadonlySet<number>): Map<Category, Match[]> {
  const byCat = new Map<Category, Match[]>();
  for (const m of all) {
    work.analysisSteps++;
    const list = byCat.get(m.category);
    if (list) list.push(m);
    else byCat.set(m.category, [m]);
  }
  // A word in another sense ("brand colours", "screen reader", "seamless integration") is not an
  // outcome, a UX means or a vague UX quality: an `unrelated` match holding it blocks it; CX work
  // blocks outcomes too.
  let unrelated = byCat.get('unrelated') ?? [];
  // The particle of a separable verb belongs to that verb: "bouwt vertrouwen op" is no
  // "vertrouwen op" (rely on). An unrelated match ending on the last word of a link with a gap
  // does not count.
  if (unrelated.length) {
    const particles = new Set<number>();
    for (const l of byCat.get('link') ?? []) {
      work.analysisSteps++;
      if (l.words.length < l.last - l.first + 1) particles.add(l.last);
    }
    if (particles.size) {
      unrelated = unrelated.filter((u) => !particles.has(u.last));
      byCat.set('unrelated', unrelated);
    }
  }
  // Talk about terms inside a longer link is part of that link: "staat voor" (stands for) in
  // "garant staat voor" (guarantees).
  const meta = byCat.get('meta');
  const links = byCat.get('link');
  if (meta && links) {
    work.analysisSteps += meta.length * links.length;
    byCat.set(
      'meta',
      meta.filter((m) => !links.some((l) => contains(l, m))),
    );
  }
  // CX work inside a longer outcome or UX-means match is part of it, not CX work done alongside
  // the UX work nor a blocker of the outcome: "tevredenheid over de dienstverlening",
  // "satisfaction with the customer service" (the outcome's object), "digitale dienstverlening"
  // (UX work).
  let cxWork = byCat.get('cxWork') ?? [];
  const outcomes = byCat.get('cxOutcome');
  if (cxWork.length) {
    const holders = [...(outcomes ?? []), ...(byCat.get('uxMeans') ?? [])];
    work.analysisSteps += cxWork.length * holders.length;
    cxWork = cxWork.filter((w) => !holders.some((o) => contains(o, w)));
    byCat.set('cxWork', cxWork);
  }
  const blockers = [...unrelated, ...cxWork];
  if (outcomes && blockers.length) {
    const blocked = wordsOf(blockers);
    byCat.set(
      'cxOutcome',
      outcomes.filter((o) => !sharesWord(o, blocked)),
    );
    work.analysisSteps += outcomes.length;
  }
  if (unrelated.length) {
    const blocked = wordsOf(unrelated);
    for (const category of SENSE_BLOCKED) {
      const found = byCat.get(category);
      if (!found) continue;
      byCat.set(
        category,
        found.filter((m) => !sharesWord(m, blocked)),
      );
      work.analysisSteps += found.length;
    }
  }
  const negations = byCat.get('negation');
  if (negations) {
    const outcomeStarts = new Set((byCat.get('cxOutcome') ?? []).map((o) => o.first));
    // "niet meer", "geen … meer", "not … anymore": something stops. Before an outcome or inside
    // it ("zeggen hun abonnement niet meer op"), the statement tells of a change, not a denial: no
    // negation sharing its words denies, and its "meer" is no comparative link. After the outcome
    // it stops the believing or saying ("…, geloven we niet meer"); and a "meer" far from its
    // negation that opens an outcome or stands right before one is a comparative ("geen idee of …
    // meer vertrouwen", "geen visitekaartje; hij zorgt voor meer vertrouwen"): a denial as before.
    const outcomeEnds = (byCat.get('cxOutcome') ?? []).map((o) => o.last);
    work.analysisSteps += negations.length * outcomeEnds.length;
    const comparative = (n: Match): boolean =>
      n.words.length < n.last - n.first + 1 &&
      (outcomeStarts.has(n.last) || outcomeStarts.has(n.last + 1));
    const cessations = negations.filter(
      (n) =>
        n.entry.flags?.negation === 'cessation' &&
        !comparative(n) &&
        outcomeEnds.some((last) => last > n.first),
    );
    const stopped = wordsOf(cessations);
    if (cessations.length && links) {
      byCat.set(
        'link',
        links.filter((l) => !sharesWord(l, stopped)),
      );
      work.analysisSteps += links.length;
    }
    work.analysisSteps += negations.length;
    byCat.set(
      'negation',
      negations.filter((n) => {
        // A cessation after the outcome stops the believing or saying: it denies ("That the
        // redesign raises NPS, we no longer believe"). One with a comparative "meer", or in a
        // statement without an outcome, is none: the negation inside it ("geen", "niet") denies
        // by itself, if anything.
        if (
          n.entry.flags?.negation === 'cessation' &&
          (comparative(n) || !outcomeEnds.some((last) => last < n.first))
        ) {
          return false;
        }
        if (cessations.length && sharesWord(n, stopped)) return false;
        // "not only …", "no longer leave": the claim itself is not negated.
        if (limited(n, limiterAt)) return false;
        // "task success instead of NPS" negates the outcome; "… instead of leaving" does not.
        // Contrastive negations negate only the outcome they are directly attached to.
        if (n.entry.flags?.negation === 'contrastive') {
          return [1, 2, 3].some((d) => outcomeStarts.has(n.last + d));
        }
        return true;
      }),
    );
  }
  // An instrument ("With the new app, …", "Met de nieuwe app …") links only when it opens the
  // statement and UX work follows within a few words; elsewhere it names whose or with what
  // ("satisfaction with the site", "klanten met een account"). In a statement of what people can
  // do ("Met het dashboard kunnen klanten hun contract verlengen") it describes a feature.
  const withLinks = byCat.get('link');
  if (withLinks?.some((l) => l.entry.flags?.link === 'instrument')) {
    const ability = (byCat.get('ability')?.length ?? 0) > 0;
    const agents = [...(byCat.get('uxMeans') ?? []), ...(byCat.get('uxRole') ?? [])];
    work.analysisSteps += withLinks.length + agents.length;
    const names = (l: Match): boolean => !ability && l.first === 0 && namesWorkAfter(l, agents);
    byCat.set(
      'link',
      withLinks.filter((l) => l.entry.flags?.link !== 'instrument' || names(l)),
    );
  }
  return byCat;
}

/**
 * How far after a word that may name only a channel ("door de", "with the") the UX work it names
 * may start ("door de nieuwe app", "with the new app").
 */
const CHANNEL_REACH = 3;

/**
 * Does a weak link or an instrument `l` name one of `agents` (the UX work) right after it, not a
 * person or team ("door de klant ingevuld", "door het CX-team gemeten")?
 */
export function namesWorkAfter(l: Match, agents: readonly Match[]): boolean {
  work.analysisSteps += agents.length;
  return agents.some((a) => a.first > l.last && a.first - l.last <= CHANNEL_REACH);
}

/** How far after a plain negation a limiter limits it: "not only", "isn't driven only by". */
const LIMITER_REACH = 2;

/** Is `n` a plain negation that a limiter right after it, or one word later, limits? */
function limited(n: Match, limiterAt: ReadonlySet<number>): boolean {
  if (n.entry.flags?.negation !== 'plain') return false;
  for (let d = 1; d <= LIMITER_REACH; d++) if (limiterAt.has(n.last + d)) return true;
  return false;
}

/** Does match `outer` hold every word of the shorter match `inner`? */
function contains(outer: Match, inner: Match): boolean {
  work.analysisSteps += inner.words.length;
  return (
    outer.words.length > inner.words.length && inner.words.every((x) => outer.words.includes(x))
  );
}

/** Do two matches share a matched word? (Words skipped by a gap do not count.) */
export function overlaps(a: Match, b: Match): boolean {
  work.analysisSteps += a.words.length * b.words.length;
  return a.words.some((w) => b.words.includes(w));
}

/**
 * The matched words of some matches, to test many matches against them at once: `overlaps` with
 * any of them is `sharesWord` with this set.
 */
export function wordsOf(matches: readonly Match[]): Set<number> {
  const words = new Set<number>();
  for (const m of matches) {
    work.analysisSteps += m.words.length + 1;
    for (const w of m.words) words.add(w);
  }
  return words;
}

/** Does a match share a matched word with a set from `wordsOf`? */
export function sharesWord(m: Match, words: ReadonlySet<number>): boolean {
  work.analysisSteps += m.words.length;
  return m.words.some((w) => words.has(w));
}

/**
 * Matches of a category, optionally limited to tokens [from, to). A category's matches are in
 * order of their first word, so the first one inside is found by binary search and the scan stops
 * at `to`: asking clause by clause costs the clause, not the statement.
 */
export function get(s: Statement, cat: Category, from = 0, to = s.tokens.length): Match[] {
  const all = s.matches.get(cat);
  if (!all) return [];
  const lo = bisect(
    all.length,
    (i) => all[i]!.first >= from,
    () => work.analysisSteps++,
  );
  const out: Match[] = [];
  for (let i = lo; i < all.length && all[i]!.first < to; i++) {
    work.analysisSteps++;
    if (all[i]!.last < to) out.push(all[i]!);
  }
  return out;
}

/** The first match of a category (`get(s, cat)[0]` without the copy). */
export function firstOf(s: Statement, cat: Category): Match | undefined {
  return s.matches.get(cat)?.[0];
}

export function has(s: Statement, cat: Category): boolean {
  return (s.matches.get(cat)?.length ?? 0) > 0;
}

/** Does token `i` open a contrasting clause (", but", ", maar")? */
export function opensContrast(s: Statement, i: number): boolean {
  return (
    i > 0 &&
    s.clauseStarts[clauseOf(s, i)] === i &&
    get(s, 'contrast', i, i + 1).some((m) => m.first === i)
  );
}

/** The index of the clause that holds token `i` (a binary search over the clause starts). */
export function clauseOf(s: Statement, i: number): number {
  const starts = s.clauseStarts;
  return (
    bisect(
      starts.length,
      (k) => starts[k]! > i,
      () => work.analysisSteps++,
    ) - 1
  );
}

/** [from, to) token bounds of each clause. */
export function clauses(s: Statement): [number, number][] {
  return s.clauseStarts.map((c, i) => [c, s.clauseStarts[i + 1] ?? s.tokens.length]);
}

/** Text offsets (in the unit text) of a match: from its first to its last word. */
export function matchOffsets(s: Statement, m: Match): [number, number] {
  return [s.tokens[m.first]!.start, s.tokens[m.last]!.end];
}

/** Is the statement a question? Questions ask; they do not set requirements or expect outcomes. */
export function isQuestion(s: Statement): boolean {
  let e = s.end;
  while (e > s.start && /[\s*_)\]"'”’]/.test(s.unit.text.charAt(e - 1))) e--;
  work.analysisSteps += s.end - e + 1;
  return s.unit.text.charAt(e - 1) === '?';
}

/** Does the statement contain a digit (a number is a measurable criterion)? */
export function hasNumber(s: Statement): boolean {
  for (let i = s.start; i < s.end; i++) {
    work.analysisSteps++;
    const c = s.unit.text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The closing quote of each opening one; a straight quote closes itself. */
const CLOSER: Record<string, string> = { '“': '”', '‘': '’', '„': '”', '"': '"', "'": "'" };

/**
 * Quoted passages of a statement: [start, end) offsets in the unit text, from an opening quote to
 * its closing one. A straight single quote opens only after a space or bracket and closes only
 * before a space or punctuation, so apostrophes ("it's", "customers' trust") are no quotes.
 */
export const quotedSpans = perStatement((s): [number, number][] => {
  const spans: [number, number][] = [];
  const text = s.unit.text;
  let open: { at: number; closer: string } | undefined;
  for (let i = s.start; i < s.end; i++) {
    work.analysisSteps++;
    const c = text.charAt(i);
    if (open && c === open.closer) {
      const after = i + 1 < s.end ? text.charAt(i + 1) : ' ';
      if (c === "'" && !/[\s.,;:!?)\]]/.test(after)) continue;
      spans.push([open.at, i + 1]);
      open = undefined;
    } else if (!open && CLOSER[c]) {
      const before = i > s.start ? text.charAt(i - 1) : ' ';
      const after = i + 1 < s.end ? text.charAt(i + 1) : ' ';
      if (c === "'" && !(/[\s([]/.test(before) && /\S/.test(after))) continue;
      open = { at: i, closer: CLOSER[c] };
    }
  }
  return spans;
});

/**
 * Do tokens [first, last] lie inside one quoted passage that words lead into ("lists 'the app
 * will make customers trust us' as a typical finding", "herschrijf de zin '…'")? Such a claim is
 * mentioned, not made. A quote that opens the statement is not counted: a quoted goal, user
 * story or testimonial ("'The new app made me trust the bank again,' says a customer").
 */
export function mentionedInQuote(s: Statement, first: number, last: number): boolean {
  const from = s.tokens[first]!.start;
  const to = s.tokens[last]!.end;
  const opening = s.tokens[0]!.start;
  return quotedSpans(s).some(([a, b]) => {
    work.analysisSteps++;
    return a < from && to < b && a > opening;
  });
}
