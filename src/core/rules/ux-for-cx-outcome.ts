// ux-for-cx-outcome: a statement expects a customer-experience outcome from user-experience work.
import type { RawFinding as AnyRawFinding, RuleContext } from './rule';
import type { Fix } from '../types';
import { defineRule, spanOf } from './rule';
import {
  clauses,
  firstOf,
  get,
  has,
  isQuestion,
  mentionedInQuote,
  namesWorkAfter,
  opensReason,
  perStatement,
  quotedSpans,
  clauseOf,
  DASH,
  opensContrast,
  overlaps,
  sharesWord,
  wordsOf,
  type Statement,
} from '../analysis';
import type { Match } from '../lexicon/matcher';
import type { Category } from '../lexicon/types';
import { work } from '../work';
import { bisect } from '../text/bisect';
import type { Lang } from '../types';
import type { Explanation } from './rule';
import { WALTERS } from './quotes';

/** This rule's messages. */
type MessageId = 'causal' | 'kpi' | 'ownership' | 'two-sentence' | 'outcome-first' | 'two-clause';
type RawFinding = AnyRawFinding<MessageId>;

/** Statements that talk about the terms, negate or hedge, or scope the claim beyond UX. */
const excluded = perStatement(isExcluded);

function isExcluded(s: Statement): boolean {
  return denials(s).length > 0 || excludedOtherwise(s);
}

/**
 * The negations that deny the statement's claim. A negation after a purpose or result link
 * belongs to the purpose or effect ("in order to not lose customers", "zorgt ervoor dat klanten
 * niet meer overstappen"). "X, but not Y" ("maar niet", "maar geen"): a negation right after the
 * contrast word denies Y only, when an outcome stands before it ("The website raises trust in the
 * city, but not loyalty").
 */
function denials(s: Statement): Match[] {
  const negations = get(s, 'negation');
  if (negations.length === 0) return negations;
  const links = get(s, 'link');
  const purposes = links.filter(opensEffect);
  // A negation in the clause a purpose or result link opens (or inside its gap: "om niet … te"),
  // with no other link between them ("zorgt ervoor dat ze sneller klaar zijn en maakt ze niet
  // loyaler" is still denied). A link with a gap closes its clause with its last word ("om een
  // app te updaten: … geen reden … om over te stappen" is denied).
  const inClauseOf = (p: Match, n: Match): boolean => {
    if (n.first < p.first) return false;
    if (p.words.length < p.last - p.first + 1 && n.first > p.last) return false;
    work.ruleSteps += links.length;
    return !links.some((l) => l.first > p.last && l.last < n.first && !opensEffect(l));
  };
  const inPurpose = (n: Match): boolean => purposes.some((p) => inClauseOf(p, n));
  const firstOutcome = firstOf(s, 'cxOutcome');
  return negations.filter(
    (n) =>
      !inPurpose(n) &&
      !inAside(s, n) &&
      !(opensContrast(s, n.first - 1) && firstOutcome && firstOutcome.last < n.first - 1) &&
      !describesClause(s, n) &&
      !endsAtDash(s, n) &&
      !rejectsOtherReason(s, n),
  );
}

/**
 * Is negation `n` inside a subordinate clause that a comma closes before an outcome ("When the
 * app does not load, customers lose trust in the bank", "Een verandering die niet goed is, heeft
 * een negatief effect op de klanttevredenheid"), or in a condition or reason after the outcome
 * ("Klanten lopen weg omdat ze in de app hun rekening niet vinden")? Then it describes that
 * clause, not the claim.
 */
function describesClause(s: Statement, n: Match): boolean {
  if (inVerbFirstCondition(s, n)) return true;
  const subordinates = get(s, 'subordinate', 0, n.first);
  if (subordinates.length === 0) return false;
  const segment = commaSegments(s);
  const at = segment[n.first]!;
  work.ruleSteps += subordinates.length;
  const opening = subordinates.filter((m) => segment[m.first] === at && !opensConsequence(m));
  if (opening.length === 0) return false;
  const outcomes = get(s, 'cxOutcome', n.last + 1);
  work.ruleSteps += outcomes.length;
  if (outcomes.some((o) => segment[o.first]! > at)) return true;
  // A condition or reason after the claim ("Customers stay because they no longer have to call"):
  // its negation describes the reason.
  const first = firstOf(s, 'cxOutcome');
  return opening.some((m) => conditional(m) && !!first && first.last < m.first);
}

/** A word opening a condition, a time or a reason ("if", "when", "because"; not "dan", "toen")? */
function conditional(m: Match): boolean {
  const kind = m.entry.flags?.subordinate;
  return !!kind && kind !== 'past' && !opensConsequence(m);
}

/** A word opening the main clause after a condition ("…, dan …", "…, then …")? */
function opensConsequence(m: Match): boolean {
  return m.entry.flags?.subordinate === 'then';
}

/**
 * The "then" ("dan") that opens a part of the statement after a comma, later than token `i`
 * ("Werkt het formulier niet goed, dan verspeel je het vertrouwen"; "Mocht …, dan …"): what
 * stands before it is read as its condition.
 */
function consequenceAfter(s: Statement, i: number): Match | undefined {
  const segment = commaSegments(s);
  const thens = get(s, 'subordinate', i + 1).filter(opensConsequence);
  work.ruleSteps += thens.length;
  return thens.find((t) => segment[t.first]! > segment[i]! && opensListItem(s, t.first));
}

/**
 * Is negation `n` in a condition that a "then" closes before the outcome ("Werkt het formulier
 * niet goed, dan verspeel je het vertrouwen van studenten")?
 */
function inVerbFirstCondition(s: Statement, n: Match): boolean {
  const then = consequenceAfter(s, n.last);
  if (!then) return false;
  const outcomes = get(s, 'cxOutcome', then.first);
  work.ruleSteps += outcomes.length;
  return outcomes.length > 0;
}

/** For each token of a statement, how many commas stand before it. */
const commaSegments = perStatement((s): number[] => {
  const segment: number[] = [];
  let k = 0;
  s.tokens.forEach((t, i) => {
    if (i > 0) {
      const gap = s.unit.text.slice(s.tokens[i - 1]!.end, t.start);
      work.ruleSteps += gap.length + 1;
      if (gap.includes(',')) k++;
    }
    segment.push(k);
  });
  return segment;
});

/** The token indices a dash stands before ("… don't wait—they leave", "… – …", "… - …"). */
const dashes = perStatement((s): number[] => {
  const at: number[] = [];
  s.tokens.forEach((t, i) => {
    if (i === 0) return;
    const gap = s.unit.text.slice(s.tokens[i - 1]!.end, t.start);
    work.ruleSteps += gap.length + 1;
    if (DASH.test(gap)) at.push(i);
  });
  return at;
});

/**
 * Does negation `n` end its clause at a dash, the claim opening after it: one dash between the
 * negation and the outcomes, no outcome and no UX work between the negation and the dash
 * ("When the website is slow, visitors don't wait—they go to a competitor")? A pair of dashes is
 * an aside and keeps the negation ("The app will not—as some claim—raise loyalty"), and so does
 * UX work in the negated part ("Customers don't blame the app—they trust the bank less").
 */
function endsAtDash(s: Statement, n: Match): boolean {
  const d = dashes(s).filter((i) => i > n.last);
  if (d.length === 0) return false;
  const dash = d[0]!;
  const outcomes = get(s, 'cxOutcome', n.first);
  if (outcomes.length === 0 || outcomes[0]!.first < dash) return false;
  if (d.length > 1 && d[1]! <= outcomes[0]!.first) return false;
  return get(s, 'uxMeans', n.last + 1, dash).length === 0;
}

/**
 * Is negation `n` inside an aside between two dashes that holds no outcome, with UX work named
 * outside it ("The new app — not the old website, which nobody could find — will keep our members
 * loyal")? It describes the aside. When the UX work is only in the aside, the aside is the claim
 * it denies ("Loyalty — something no app can buy — grows from promises that are kept").
 */
function inAside(s: Statement, n: Match): boolean {
  const d = dashes(s);
  const open = d.filter((i) => i <= n.first).pop();
  const close = d.find((i) => i > n.last);
  if (open === undefined || close === undefined) return false;
  if (get(s, 'cxOutcome', open, close).length) return false;
  return get(s, 'uxMeans').some((m) => m.last < open || m.first >= close);
}

/**
 * Does negation `n` reject a reason that is not UX work, the claim's reason following "but"
 * ("Customers leave us, not because of the fees, but because the app is annoying to navigate")?
 * UX work in the rejected reason keeps the denial ("Members left not because of the app, but
 * because of the fee").
 */
function rejectsOtherReason(s: Statement, n: Match): boolean {
  const r = s.rejectedReason;
  if (r?.negation === n) return get(s, 'uxMeans', n.last + 1, r.but).length === 0;
  return correctsToWork(s, n);
}

/**
 * "Not A but B" with UX work only in B ("Niet de prijs, maar de onduidelijke app jaagt klanten
 * weg"; "Not the price but the clunky app drives customers away"): the negation rejects A, and the
 * claim is made of B. UX work before the "but" keeps the denial ("Not the app but the service team
 * drives loyalty"; "The app will not raise loyalty, but the website will").
 */
function correctsToWork(s: Statement, n: Match): boolean {
  const but = get(s, 'contrast', n.last + 1)[0];
  if (!but) return false;
  work.ruleSteps++;
  return get(s, 'uxMeans', 0, but.first).length === 0 && get(s, 'uxMeans', but.last + 1).length > 0;
}

/** Talk about the terms, a hedge, an offline touchpoint, CX work or a scope: no claim on UX. */
const excludedOtherwise = perStatement(isExcludedOtherwise);

function isExcludedOtherwise(s: Statement): boolean {
  if (has(s, 'meta') || uncompared(s, 'hedge').length) return true;
  const offline = uncompared(s, 'offlineTouchpoint');
  if (offline.length) {
    // "billing screens", "factuurschermen", "complaint form": an offline word naming the subject
    // of a UX artefact; "mond-tot-mond reclame": one inside the outcome's own name; "confidence
    // in the town hall": one right after the outcome, naming the organisation it is about.
    const means = get(s, 'uxMeans');
    const meansStarts = new Set(means.map((u) => u.first));
    // A compound of one word ("factuurschermen"): an offline word and a means in the same token.
    const meansTokens = new Set(means.filter((u) => u.words.length === 1).map((u) => u.first));
    const outcomes = get(s, 'cxOutcome');
    const outcomeWords = wordsOf(outcomes);
    const outcomeEnds = new Set(outcomes.map((u) => u.last + 1));
    const aside = (o: Match): boolean =>
      meansStarts.has(o.last + 1) ||
      (o.words.length === 1 && meansTokens.has(o.first)) ||
      sharesWord(o, outcomeWords) ||
      outcomeEnds.has(o.first);
    if (offline.some((o) => !aside(o))) return true;
  }
  // CX work beside the UX work (CX work inside a UX means or an outcome is already gone: see
  // groupMatches).
  return uncompared(s, 'cxWork').length > 0 || uncompared(s, 'scope').length > 0;
}

/**
 * Is `m` what something is compared against: after a comparing word in the same part of the
 * sentence ("more loyalty than any discount campaign could", "meer vertrouwen dan tien nieuwe
 * apps")? It is then neither the cause nor a scope, hedge or other channel of the claim.
 */
function compared(s: Statement, m: Match): boolean {
  const segment = commaSegments(s);
  const before = get(s, 'comparison', 0, m.first);
  work.ruleSteps += before.length;
  // A comparison stays within one part of the sentence: "… niet meer, dan …" is a condition.
  return before.some(
    (c) =>
      c.last < m.first &&
      segment[c.first] === segment[c.last] &&
      segment[c.last] === segment[m.first],
  );
}

/** The matches of `cat` in `s` that are not what something is compared against. */
function uncompared(s: Statement, cat: Category): Match[] {
  return get(s, cat).filter((m) => !compared(s, m));
}

/** How near the start a goal-setting question opens ("The challenge: how might we …"). */
const GOAL_QUESTION_WITHIN = 3;

/**
 * A question that sets a goal ("How might we redesign the app to raise retention?", "Hoe kunnen
 * we met de website loyaliteit creëren?") presumes the claim it asks how to reach; a question
 * that asks ("Will the new app raise NPS?") does not make it.
 */
function setsGoal(s: Statement): boolean {
  return get(s, 'requirement', 0, GOAL_QUESTION_WITHIN + 1).some(
    (r) => r.entry.flags?.requirement === 'question',
  );
}

/** How far after an outcome's closing function word the UX artefact it is about may start. */
const ARTEFACT_WITHIN = 3;

/**
 * Is outcome `o` an attitude towards a UX artefact: UX work follows within a few words as its
 * object ("satisfied with the booking screen", "trust the payment form", "waardering voor de
 * nieuwe app")? Satisfaction with one screen is a UX measure (ISO 9241-11), not a CX outcome.
 */
function ofArtefact(s: Statement, o: Match): boolean {
  if (o.entry.flags?.outcome !== 'attitude') return false;
  const segment = commaSegments(s);
  const after = get(s, 'uxMeans', o.last + 1, o.last + 1 + ARTEFACT_WITHIN);
  work.ruleSteps += after.length;
  return after.some((m) => segment[m.first] === segment[o.last]);
}

/**
 * Does outcome `o` name what a part of the product is about, standing right before it with only
 * a space, or a closing quote, between ("the cancellation page", "the 'Recommend to a friend'
 * button")? Then it is part of that part's name, not an outcome. Other UX work after it does not
 * count: "loyal app users" names whose loyalty, "een vertrouwenwekkende uitstraling" what the
 * look gives.
 */
function namesArtefact(s: Statement, o: Match): boolean {
  if (o.entry.flags?.outcome || TRAILING.has(s.tokens[o.last]!.norm)) return false;
  const part = get(s, 'uxMeans', o.last + 1, o.last + 1 + LABEL_WITHIN).find(
    (m) => m.entry.flags?.means === 'part',
  );
  if (!part) return false;
  const end = s.tokens[o.last]!.end;
  const partStart = s.tokens[part.first]!.start;
  let from = end;
  if (part.first > o.last + 1) {
    // Words between: the outcome must stand in a quote that closes right before the part.
    const start = s.tokens[o.first]!.start;
    const quote = quotedSpans(s).find(([a, b]) => a < start && end < b && b <= partStart);
    if (!quote) return false;
    from = quote[1];
  }
  const gap = s.unit.text.slice(from, partStart);
  work.ruleSteps += gap.length + 1;
  return /^\s+$/.test(gap);
}

/** How many words a quoted label may hold after its outcome word ("'Recommend to a friend'"). */
const LABEL_WITHIN = 6;

/** How close to a measuring verb an outcome is its object ("measure customer satisfaction"). */
const MEASURED_WITHIN = 6;

/**
 * The outcomes in `[from, to)` that are expected, not measured: an outcome with a verb of
 * measuring close before or after it, and no link (other than one qualifying the verb, "beter
 * meten") or comma in between, is what is measured ("lets us measure customer satisfaction
 * better", "helpt ons het vertrouwen te monitoren").
 */
function expectedOutcomes(s: Statement, from = 0, to = s.tokens.length): Match[] {
  const outcomes = get(s, 'cxOutcome', from, to).filter(
    (o) => !ofArtefact(s, o) && !namesArtefact(s, o),
  );
  const verbs = get(s, 'measure', from, to).filter((m) => m.entry.flags?.measure === 'verb');
  if (verbs.length === 0) return outcomes;
  const links = get(s, 'link', from, to);
  work.ruleSteps += outcomes.length * (verbs.length + links.length);
  // A link right before the verb qualifies the measuring ("beter meten", "vaker volgen").
  const qualifies = (l: Match, v: Match): boolean => l.last + 1 === v.first;
  const measures = (v: Match, o: Match): boolean => {
    const before = v.last < o.first;
    // After its object only as a Dutch infinitive ("… te monitoren", "… beter meten") or right
    // after it, the object put first ("de NPS meet het CX-team").
    const right = v.first === o.last + 1;
    if (
      !before &&
      !(right || s.tokens[v.first - 1]?.norm === 'te' || links.some((l) => qualifies(l, v)))
    ) {
      return false;
    }
    const [a, b] = before ? [v, o] : [o, v];
    if (b.first <= a.last || b.first - a.last > MEASURED_WITHIN) return false;
    const between = (l: Match): boolean =>
      l.first > a.last && l.first < b.first && !(!before && qualifies(l, v));
    if (links.some(between)) return false;
    const gap = s.unit.text.slice(s.tokens[a.last]!.end, s.tokens[b.first]!.start);
    work.ruleSteps += gap.length;
    return !/[,;:]/.test(gap);
  };
  return outcomes.filter((o) => !verbs.some((v) => measures(v, o)));
}

/** Spans of means, link and outcome in one clause, or undefined when the clause makes no claim. */
function claimIn(
  s: Statement,
  from: number,
  to: number,
  heading?: Statement,
): RawFinding | undefined {
  const outcomes = expectedOutcomes(s, from, to);
  if (outcomes.length === 0) return undefined;
  const outcome = outcomes[0]!;
  const outcomeWords = wordsOf(outcomes);
  // UX work inside a past time after the outcome dates it; it is not its cause ("Het ledenbehoud
  // daalde al toen we aan het herontwerp begonnen"). An English "when" after the outcome is as
  // often a condition ("I lose all trust in a company when I can't find … on your website").
  const segment = commaSegments(s);
  const times = get(s, 'subordinate', outcome.last + 1, to).filter(
    (t) => t.entry.flags?.subordinate === 'past',
  );
  const dated = (m: Match): boolean =>
    times.some((t) => t.last < m.first && segment[t.first] === segment[m.first]);
  const roles = get(s, 'uxRole', from, to).filter((r) => !compared(s, r) && !dated(r));
  const roleWords = wordsOf(roles);
  const means = get(s, 'uxMeans', from, to).filter(
    (m) =>
      !sharesWord(m, outcomeWords) && !sharesWord(m, roleWords) && !compared(s, m) && !dated(m),
  );
  const owner = get(s, 'ownership', from, to).find((o) => !sharesWord(o, outcomeWords));
  // A claim quoted after words that lead into it (its outcome and link inside the quote) is
  // mentioned, not made ("participants rewrite 'Our UX designer owns NPS' into two goals").
  const mentioned = (link: Match | undefined): boolean =>
    mentionedInQuote(
      s,
      Math.min(outcome.first, link?.first ?? outcome.first),
      Math.max(outcome.last, link?.last ?? outcome.last),
    );
  // "The UX lead owns churn", "Owner of the NPS goal: UX designer".
  if (roles[0] && owner) {
    if (mentioned(owner)) return undefined;
    return finding(s, 'ownership', outcome, roles[0], owner, 'uxRole');
  }
  // A UX quality stands for the UX work that gives it ("customers return to a platform that is
  // easy to use"), when no UX means or role is named.
  const qualities = get(s, 'vague', from, to).filter(
    (v) => !sharesWord(v, outcomeWords) && !compared(s, v),
  );
  // A UX measure stands for the work that moves it when it is the cause: a link stands between
  // it and the outcome ("Higher task completion leads to retention"), or a condition holds it
  // ("When findability suffers, retention drops"); not when two measures are reported side by
  // side ("Time on task fell while NPS rose").
  const measures = get(s, 'uxMeasure', from, to).filter(
    (v) => !sharesWord(v, outcomeWords) && causes(s, v, outcome, from),
  );
  const agent = means[0] ?? roles[0] ?? qualities[0] ?? measures[0];
  if (!agent) return undefined;
  const used = wordsOf([...means, ...roles, ...qualities, ...measures, ...outcomes]);
  // A requirement that names UX work and a CX outcome sets that outcome as its aim, even without
  // a causal verb ("The new app shall give members a stronger bond with the club").
  // An outcome whose pattern holds its own causal verb ("builds trust", "keep … coming back")
  // is linked by that verb.
  const clauseLinks = get(s, 'link', from, to);
  // Of outcomes on the same words ("vaste klanten", "klanten kost"), the one that holds its verb.
  const verbOutcome = outcomes.find(
    (o) => o.entry.flags?.outcome === 'verb' && o.first <= outcome.last,
  );
  const ownVerb = verbOutcome
    ? (clauseLinks.find((l) => overlaps(l, verbOutcome)) ?? verbOutcome)
    : undefined;
  // A plain link before a metaphor ("the foundation of") or a weak link ("door de app"): the
  // plain one is the surer reading.
  // A comparative opening a list item ("Belang: de app, betere klantloyaliteit") describes that
  // item's outcome; it does not link the UX work of an item before it.
  // A weak link names the UX work right after it ("door de nieuwe app"), not a person or team
  // ("door de klant ingevuld", "door het CX-team gemeten").
  const agents = [...means, ...roles, ...qualities];
  const links = clauseLinks.filter(
    (l) =>
      !sharesWord(l, used) &&
      !(
        l.entry.flags?.link === 'attributive' &&
        agent.last < l.first &&
        opensListItem(s, l.first)
      ) &&
      !(l.entry.flags?.link === 'weak' && !namesWorkAfter(l, agents)) &&
      // A purpose or result link opens its effect after it: with the outcome, and then the UX
      // work, both before it, it links neither ("Loyal members asked for dark mode, so we added it").
      !(opensEffect(l) && outcome.last < agent.first && agent.last < l.first) &&
      // A link that names its cause after it ("due to", "dankzij") links UX work after it only:
      // "the app team shows that churn is due to people moving abroad" is no claim.
      !(l.entry.flags?.link === 'reason' && !agents.some((a) => a.first > l.last)),
  );
  // An instrument ("With the new app, …") only names the means: a requirement or a KPI in the
  // same statement is the surer link ("With the new app, passengers will choose us again").
  const instrument = (l: Match): boolean => l.entry.flags?.link === 'instrument';
  const link =
    links.find((l) => !linksWeakly(l)) ??
    ownVerb ??
    links.find((l) => !instrument(l)) ??
    owner ??
    get(s, 'kpi', from, to).find((k) => !sharesWord(k, used)) ??
    get(s, 'requirement', from, to).find((r) => !sharesWord(r, used)) ??
    links[0];
  // A table whose header, or a section whose heading, names KPIs or targets.
  const tableTarget =
    (s.headerMatches?.get('kpi')?.length ?? 0) > 0 || (!!heading && has(heading, 'kpi'));
  // A condition or reason that holds the UX work ("If the site is slow, …", "… because the app
  // is confusing") links it as a stated cause, also under a heading of goals: high confidence,
  // as for a causal verb. A "when" may be a time ("When the wireframes were drawn, trust was
  // low"): low confidence.
  const condition = link ? undefined : conditionOver(s, agent, outcome, from);
  const linking = link ?? condition;
  if (!linking && !tableTarget) return undefined;
  if (mentioned(link)) return undefined;
  const kind = !linking || linking.category === 'kpi' ? 'kpi' : 'causal';
  const f = finding(s, kind, outcome, agent, linking, agent === roles[0] ? 'uxRole' : 'uxMeans');
  // A metaphor links with low confidence; a weak link ("door de app") or an instrument ("With
  // the new app, …") links one clause as a causal verb does: on every tune set none of their
  // findings was a false alarm (13 of 13 right), so they are as sure.
  if (condition?.entry.flags?.subordinate === 'time' || link?.entry.flags?.link === 'metaphor') {
    f.confidence = 'low';
  }
  return f;
}

/**
 * Is UX measure `v` the cause of `outcome` in a clause from `from`: a link between them in the
 * outcome's part of the sentence, or `v` inside a condition ("when", "als") that a comma closes
 * before the outcome?
 */
function causes(s: Statement, v: Match, outcome: Match, from: number): boolean {
  if (v.last >= outcome.first) return false;
  const segment = commaSegments(s);
  // The link (ending before the outcome) in the outcome's part of the sentence: "Drop-off fell,
  // and satisfaction increased" reports two changes side by side.
  const links = get(s, 'link', v.last + 1, outcome.first);
  work.ruleSteps += links.length + 1;
  if (links.some((l) => segment[l.first] === segment[outcome.first])) return true;
  return !!conditionOver(s, v, outcome, from);
}

/**
 * The condition or reason that holds `agent` and ends at a comma before `outcome` ("If the site
 * is slow, shoppers stop recommending you"; "Als de app vastloopt, zeggen klanten hun abonnement
 * op"), or that follows the outcome ("Customers leave because the app is confusing"), if any: it
 * makes the agent the outcome's cause.
 */
function conditionOver(
  s: Statement,
  agent: Match,
  outcome: Match,
  from: number,
): Match | undefined {
  const segment = commaSegments(s);
  const opens = (c: Match): boolean => segment[c.first] === segment[agent.first];
  const condition = (c: Match): boolean => conditional(c) && opens(c);
  // After the outcome, a reason or a condition ("Customers leave because the app is confusing",
  // "Customers will leave if your website is slow"); a "when" after it is more often a time:
  // "Loyalty was already high when we launched the app".
  if (agent.first > outcome.last) {
    const after = get(s, 'subordinate', outcome.last + 1, agent.first);
    work.ruleSteps += after.length;
    const kind = (c: Match): string | undefined => c.entry.flags?.subordinate;
    return after.find((c) => (kind(c) === 'reason' || kind(c) === 'condition') && opens(c));
  }
  if (agent.last >= outcome.first) return undefined;
  if (segment[outcome.first]! <= segment[agent.last]!) return undefined;
  const conditions = get(s, 'subordinate', from, agent.first);
  work.ruleSteps += conditions.length;
  // Or a "then" after the UX work's part and before the outcome: "Werkt de app niet, dan …".
  const then = consequenceAfter(s, agent.last);
  return (
    conditions.find(condition) ??
    (then && then.first <= outcome.first && segment[then.first]! <= segment[outcome.first]!
      ? then
      : undefined)
  );
}

/** A link that opens a clause of its purpose or effect ("so that", "zorgt ervoor dat")? */
function opensEffect(l: Match): boolean {
  return l.entry.flags?.link === 'purpose' || l.entry.flags?.link === 'result';
}

/**
 * A metaphor ("the foundation of") or a word that may name only a channel ("door de app", "with
 * the new app").
 */
function linksWeakly(l: Match): boolean {
  const kind = l.entry.flags?.link;
  return kind === 'metaphor' || kind === 'weak' || kind === 'instrument';
}

/**
 * Does a list item open at token `i`: a comma or semicolon right before it ("…, betere
 * klantloyaliteit, …")?
 */
function opensListItem(s: Statement, i: number): boolean {
  if (i === 0) return false;
  const gap = s.unit.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start);
  work.ruleSteps += gap.length + 1;
  return gap.includes(',') || gap.includes(';');
}

/** Function words an outcome pattern may end with ("trust in"): not part of the outcome's name. */
const TRAILING = new Set([
  'in',
  'of',
  'with',
  'to',
  'that',
  'and',
  'the',
  'van',
  'met',
  'aan',
  'dat',
  'en',
  'de',
  'het',
]);

/** The outcome's span without trailing function words. */
function outcomeSpan(s: Statement, m: Match): RawFinding['spans'][number] {
  let last = m.last;
  while (last > m.first && TRAILING.has(s.tokens[last]!.norm)) last--;
  work.ruleSteps += m.last - last + 1;
  return { role: 'cxOutcome', at: [s.tokens[m.first]!.start, s.tokens[last]!.end], statement: s };
}

/**
 * The statement's UX means and role matches joined into phrases: [first, last] token runs where
 * matches overlap or are adjacent, in order, apart from each other by at least one token.
 */
const meansPhrases = perStatement((s): [number, number][] => {
  const all = [...get(s, 'uxMeans'), ...get(s, 'uxRole')].sort((a, b) => a.first - b.first);
  const phrases: [number, number][] = [];
  for (const o of all) {
    work.ruleSteps++;
    const top = phrases[phrases.length - 1];
    if (top && o.first <= top[1] + 1) top[1] = Math.max(top[1], o.last);
    else phrases.push([o.first, o.last]);
  }
  return phrases;
});

/**
 * The UX means as a phrase: the run of adjacent means words around a match ("redesigned
 * dashboard"), grown by every means or role match that overlaps or touches it until none does,
 * which is the match with the phrases it touches.
 */
function meansSpan(
  s: Statement,
  m: Match,
  role: 'uxMeans' | 'uxRole',
): RawFinding['spans'][number] {
  const phrases = meansPhrases(s);
  // The first phrase that ends at or after the token before the match.
  const lo = bisect(
    phrases.length,
    (i) => phrases[i]![1] >= m.first - 1,
    () => work.ruleSteps++,
  );
  let first = m.first;
  let last = m.last;
  for (let k = lo; k < phrases.length && phrases[k]![0] <= m.last + 1; k++) {
    work.ruleSteps++;
    first = Math.min(first, phrases[k]![0]);
    last = Math.max(last, phrases[k]![1]);
  }
  return { role, at: [s.tokens[first]!.start, s.tokens[last]!.end], statement: s };
}

function finding(
  s: Statement,
  kind: MessageId,
  outcome: Match,
  means: Match,
  link: Match | undefined,
  meansRole: 'uxMeans' | 'uxRole',
  meansIn: Statement = s,
): RawFinding {
  const m = meansSpan(meansIn, means, meansRole);
  const o = outcomeSpan(s, outcome);
  const spans: RawFinding['spans'] = [m, o];
  if (link) spans.push(spanOf(meansIn === s ? s : meansIn, 'link', link));
  const text = (sp: RawFinding['spans'][number]): string =>
    (sp.statement ?? s).unit.text.slice(sp.at[0], sp.at[1]);
  return {
    range: o.at,
    spans,
    messageId: kind,
    args: { outcome: text(o), means: text(m) },
  };
}

/** How far after a reason link its UX work may stand across commas ("door het nieuwe, snelle …"). */
const REASON_REACH = 5;

/** How near the start a pronoun continues the previous sentence ("And so it …"). */
const PRONOUN_WITHIN = 2;

/** Does the statement continue the previous one: a pronoun near its start, or a connective anywhere? */
function continues(s: Statement): Match | undefined {
  return get(s, 'anaphor').find((a) => (a.entry.flags?.anaphor ? a.first <= PRONOUN_WITHIN : true));
}

/** How far after a word that names a cause a pronoun may stand for the previous sentence. */
const CAUSE_PRONOUN_WITHIN = 2;

/**
 * Does the sentence name its outcome's own cause, which is not the previous sentence's UX work
 * ("We launched the new app in March. Even so, churn kept rising because of the price
 * increase.")? A pronoun right after the cause word points back instead ("Thanks to it, …").
 */
function namesOwnCause(s: Statement): boolean {
  const causes = [...get(s, 'link'), ...get(s, 'subordinate')].filter(opensReason);
  work.ruleSteps += causes.length;
  // Not a reason the sentence rejects ("not because your fees are too steep, but because it's
  // …"), nor a figure ("bring churn down to 5 %").
  const rejected = s.rejectedReason ? s.rejectedReason.negation.last + 1 : -1;
  return causes.some(
    (c) =>
      c.first !== rejected &&
      !/^\d/.test(s.tokens[c.last + 1]?.norm ?? '') &&
      get(s, 'anaphor', c.last + 1, c.last + 1 + CAUSE_PRONOUN_WITHIN).length === 0,
  );
}

/** A claim spread over two sentences: UX work in the first, "That way … loyalty" in the second. */
function twoSentenceClaim(ctx: RuleContext): RawFinding | undefined {
  const { statement: s, previous: p } = ctx;
  if (!p || excluded(p) || has(p, 'cxOutcome')) return undefined;
  const outcome = expectedOutcomes(s)[0];
  const means = firstOf(p, 'uxMeans') ?? firstOf(p, 'uxRole');
  if (!outcome || !means || has(s, 'uxMeans')) return undefined;
  if (namesOwnCause(s)) return undefined;
  const link =
    continues(s) ??
    get(s, 'link').find((l) => !overlaps(l, outcome)) ??
    get(s, 'kpi').find((k) => k.first === 0);
  if (!link) return undefined;
  return acrossSentences('two-sentence', [p, means], [s, outcome], [s, link]);
}

/**
 * A finding over two sentences: UX work in one, the outcome in the other. It stands on the
 * sentence that completes the claim (the outcome's, or the UX work's when the outcome came
 * first), and hangs on a pronoun or connective: the engine is less sure.
 */
function acrossSentences(
  kind: 'two-sentence' | 'outcome-first',
  [meansIn, means]: [Statement, Match],
  [outcomeIn, outcome]: [Statement, Match],
  [linkIn, link]: [Statement, Match],
): RawFinding {
  const m = meansSpan(meansIn, means, means.category === 'uxRole' ? 'uxRole' : 'uxMeans');
  const o = outcomeSpan(outcomeIn, outcome);
  const l = spanOf(linkIn, 'link', link);
  const outcomeFirst = kind === 'outcome-first';
  return {
    range: outcomeFirst ? m.at : o.at,
    spans: outcomeFirst ? [o, l, m] : [m, l, o],
    messageId: kind,
    confidence: 'low',
    args: {
      outcome: outcomeIn.unit.text.slice(o.at[0], o.at[1]),
      means: meansIn.unit.text.slice(m.at[0], m.at[1]),
    },
  };
}

/**
 * A claim over two sentences in the other order: the outcome in the first, and a pronoun opening
 * the second that puts it down to UX work ("Trust is lost once customers use your app. This
 * happens due to inadequate UX design."; "… klanttevredenheid. Dat komt door de trage app.").
 */
function outcomeFirstClaim(ctx: RuleContext): RawFinding | undefined {
  const { statement: s, previous: p } = ctx;
  if (!p || has(s, 'cxOutcome') || !has(p, 'cxOutcome') || excluded(s) || excluded(p)) {
    return undefined;
  }
  if (isQuestion(s)) return undefined;
  // The sentence opens with a pronoun ("This is due to …") or with the link itself ("De oorzaak
  // ligt bij …").
  const reason = (l: Match): boolean => l.entry.flags?.link === 'reason';
  const opener =
    get(s, 'anaphor', 0, PRONOUN_WITHIN + 1).find((a) => a.entry.flags?.anaphor === 'pronoun') ??
    get(s, 'link').find((l) => reason(l) && l.first <= PRONOUN_WITHIN);
  if (!opener) return undefined;
  // A link that names its cause after it, then the UX work ("This is due to …", "Dat komt door
  // …"); "This is why we keep the app simple" gives a reason for the UX work instead.
  const link = get(s, 'link', opener.first).find(reason);
  if (!link) return undefined;
  // The UX work in the link's own part of the sentence, or right after it across the commas of a
  // list of adjectives ("… het nieuwe, toegankelijke webformulier"), not after a comma further on
  // ("… down to the price rise, as the new app scores well").
  const segment = commaSegments(s);
  const means = [...get(s, 'uxMeans', link.last + 1), ...get(s, 'uxRole', link.last + 1)].find(
    (m) => segment[m.first] === segment[link.last] || m.first - link.last <= REASON_REACH,
  );
  if (!means) return undefined;
  const outcome = expectedOutcomes(p)[0];
  if (!outcome) return undefined;
  // The first sentence that links its outcome to UX work of its own is a claim by itself.
  if (has(p, 'uxMeans') && has(p, 'link')) return undefined;
  return acrossSentences('outcome-first', [s, means], [p, outcome], [s, link]);
}

/** How many pronouns or connectives of a statement may open a claim over two clauses. */
const MAX_CLAUSE_LINKS = 4;

/**
 * A claim over two clauses of one sentence joined by ";" (not by a contrast): UX work in one, a
 * pronoun or connective, a link and the outcome in the next ("Een professioneel portaal zegt iets
 * over je organisatie; het straalt vertrouwen uit"). Like a claim over two sentences, it hangs on
 * the pronoun: low confidence.
 */
function twoClauseClaim(s: Statement, deniedUpTo = -1): RawFinding | undefined {
  if (s.clauseStarts.length < 2) return undefined;
  // Each opening pronoun or connective is asked once, the first few only: a claim over clauses
  // is rare, and a long run of clauses must not cost a search per clause.
  const cl = clauses(s);
  for (const a of get(s, 'anaphor').slice(0, MAX_CLAUSE_LINKS)) {
    const k = clauseOf(s, a.first);
    if (k === 0) continue;
    const [pf, pt] = cl[k - 1]!;
    const [from, to] = cl[k]!;
    // A pronoun opening the clause ("; het straalt …", not "; of zij …"), or a connective
    // ("daardoor", "that way"), which links. A contrast opens no claim on the UX work before it,
    // except with "a good one" right after it ("…, while a good one keeps customers loyal").
    const kind = a.entry.flags?.anaphor;
    const contrast = opensContrast(s, from);
    if (contrast && kind !== 'one') continue;
    if (kind && a.first !== (contrast ? from + 1 : from)) continue;
    // A negation in this clause or after it denies the claim.
    if (deniedUpTo >= from) continue;
    const outcome = expectedOutcomes(s, from, to)[0];
    const means = get(s, 'uxMeans', pf, pt)[0] ?? get(s, 'uxRole', pf, pt)[0];
    if (!outcome || !means) continue;
    if (get(s, 'uxMeans', from, to).length || get(s, 'cxOutcome', pf, pt).length) continue;
    const link =
      get(s, 'link', from, to).find((l) => !overlaps(l, outcome)) ??
      (outcome.entry.flags?.outcome === 'verb' ? outcome : undefined) ??
      (a.entry.flags?.anaphor ? undefined : a);
    if (!link) continue;
    const role = means.category === 'uxRole' ? 'uxRole' : 'uxMeans';
    const f = finding(s, 'two-clause', outcome, means, link, role);
    f.confidence = 'low';
    return f;
  }
  return undefined;
}

/** Short KPI lines under a heading that sets targets for UX work ("## KPIs – app relaunch"). */
const MAX_KPI_LINE_TOKENS = 25;
function headingTarget(ctx: RuleContext): RawFinding | undefined {
  const { statement: s, heading: h } = ctx;
  if (!h || !has(h, 'kpi') || excluded(h) || has(s, 'uxMeans')) return undefined;
  if (s.tokens.length > MAX_KPI_LINE_TOKENS) return undefined;
  const means = firstOf(h, 'uxMeans') ?? firstOf(h, 'uxRole');
  const outcome = firstOf(s, 'cxOutcome');
  if (!means || !outcome) return undefined;
  const f = finding(
    s,
    'kpi',
    outcome,
    means,
    firstOf(h, 'kpi'),
    means.category === 'uxRole' ? 'uxRole' : 'uxMeans',
    h,
  );
  // The UX work is named in the heading, not in the line: the engine is less sure.
  f.confidence = 'low';
  return f;
}

/** What the sidebar and the report say about this rule, per language. */
const EXPLANATION: Record<Lang, Explanation> = {
  en: {
    name: 'UX work expected to deliver a CX outcome',
    looksFor:
      'UX work expected to deliver loyalty, trust, brand preference or NPS: “the new app will make customers loyal”.',
    lead: 'UX is one part of CX, not a lever for the whole. Hanging “{outcome}” on UX work causes three problems.',
    points: [
      [
        'Wrong problem.',
        'Trust and loyalty grow from the whole relationship: the bill that is right, the letter that is clear, the phone that is answered. Polishing an interface leaves needs that are broader, relational and emotional untouched. Solve the right problem before solving it right.',
      ],
      [
        'Wrong owner.',
        'A UX designer can move task success, time on task and drop-off. Loyalty also depends on phone service, letters, billing and brand. Judging the UX team on it frustrates them and their colleagues, and leaves open who really owns it.',
      ],
      [
        'Blind spots.',
        'The letter that announces the process, the phone call, the visit to the counter, the moment an online application asks for documents by post (the hand-off): none of it is on a UX backlog, yet it decides how people feel about the organisation. Citizens usually cannot choose another government service, so the whole chain has to work.',
      ],
    ],
    quote: WALTERS,
    todo: [
      'Split the statement in two.',
      'Keep the UX goal and give it a UX measure the team can move: task success, time on task, drop-off, SUS score.',
      'State the CX goal separately: name the other touchpoints that shape it (letters, phone, counter, hand-offs) and give it an owner beyond the UX team, such as the service manager.',
    ],
  },
  nl: {
    name: 'CX-resultaat verwacht van UX-werk',
    looksFor:
      'UX-werk dat loyaliteit, vertrouwen, merkvoorkeur of NPS moet opleveren: “de nieuwe app zorgt voor meer vertrouwen in de gemeente”.',
    lead: 'UX is een onderdeel van CX, geen hefboom voor het geheel. Wie “{outcome}” ophangt aan UX-werk, krijgt drie problemen.',
    points: [
      [
        'Het verkeerde probleem.',
        'Vertrouwen en loyaliteit groeien uit de hele relatie: de aanslag die klopt, de brief die duidelijk is, de telefoon die wordt opgenomen. Een interface oppoetsen laat behoeften die breder, relationeler en emotioneler zijn liggen. Eerst het juiste probleem kiezen, dan pas het probleem goed oplossen.',
      ],
      [
        'De verkeerde eigenaar.',
        'Een UX-designer kan taaksucces, tijd per taak en uitval beïnvloeden. Loyaliteit hangt ook af van de telefoon, brieven, facturen en het merk. Wie het UX-team daarop afrekent, frustreert hen en hun collega’s, en laat open wie wél eigenaar is.',
      ],
      [
        'Blinde vlekken.',
        'De brief waarmee het begint, het telefoontje, het bezoek aan de balie, het moment waarop een online aanvraag om documenten per post vraagt (de overdracht): niets daarvan staat op een UX-backlog, en toch bepaalt het hoe mensen over de organisatie denken. Inwoners kunnen meestal niet naar een andere overheidsdienst, dus de hele keten moet kloppen.',
      ],
    ],
    quote: WALTERS,
    todo: [
      'Splits de uitspraak in tweeën.',
      'Houd het UX-doel en geef het een UX-maat waar het team invloed op heeft: taaksucces, tijd per taak, uitval, SUS-score.',
      'Formuleer het CX-doel apart: noem de andere contactmomenten die het bepalen (brieven, telefoon, balie, overdrachten) en beleg het bij een eigenaar buiten het UX-team, zoals de dienstverantwoordelijke.',
    ],
  },
};

export const uxForCxOutcome = defineRule({
  id: 'ux-for-cx-outcome',
  defaultSeverity: 'warning',
  tags: ['ux', 'cx', 'outcome'],
  description: {
    en: 'A statement expects a customer-experience outcome (loyalty, trust, NPS…) from user-experience work.',
    nl: 'Een uitspraak verwacht een klantervaringsuitkomst (loyaliteit, vertrouwen, NPS…) van UX-werk.',
  },
  // An outcome, or a pronoun or link that puts the previous sentence's outcome down to UX work.
  requires: ['cxOutcome', 'anaphor', 'link'],
  check(ctx) {
    const s = ctx.statement;
    if (ctx.cxNote) return [];
    if (!has(s, 'cxOutcome')) {
      const f = outcomeFirstClaim(ctx);
      return f ? [f] : [];
    }
    if (excludedOtherwise(s)) return [];
    if (isQuestion(s) && !setsGoal(s)) return [];
    // A corrective ("UX is not a decoration; it is the bedrock on which loyalty is built"): a
    // negation in a clause before the claim's clause does not deny it. Only the claim over two
    // clauses is asked then.
    const denied = denials(s);
    if (denied.length) {
      const f = twoClauseClaim(s, denied[denied.length - 1]!.last);
      return f ? [f] : [];
    }
    for (const [from, to] of clauses(s)) {
      work.ruleSteps++;
      const f = claimIn(s, from, to, ctx.heading);
      if (f) return [f];
    }
    const other = twoClauseClaim(s) ?? twoSentenceClaim(ctx) ?? headingTarget(ctx);
    return other ? [other] : [];
  },
  messages: {
    causal: {
      en: '"{outcome}" is a customer-experience outcome; "{means}" is user-experience work and cannot carry it alone. State a UX measure for the UX work and give the CX outcome its own goal and owner.',
      nl: '"{outcome}" is een klantervaringsuitkomst; "{means}" is UX-werk en kan die niet alleen dragen. Geef het UX-werk een UX-maat en het CX-doel een eigen doel en eigenaar.',
    },
    kpi: {
      en: 'A KPI of "{outcome}" is set for UX work ("{means}"). "{outcome}" depends on the whole customer journey; measure the UX work with a UX measure (task success, time on task).',
      nl: 'Een KPI "{outcome}" wordt gesteld voor UX-werk ("{means}"). "{outcome}" hangt af van de hele klantreis; meet het UX-werk met een UX-maat (taaksucces, tijd per taak).',
    },
    ownership: {
      en: '"{means}" is made accountable for "{outcome}", a customer-experience outcome that depends on letters, phone, service and brand too. Give it an owner across the organisation.',
      nl: '"{means}" wordt aanspreekbaar gemaakt op "{outcome}", een klantervaringsuitkomst die ook afhangt van brieven, telefoon, dienstverlening en merk. Beleg die bij een eigenaar over de organisatie heen.',
    },
    'two-sentence': {
      en: '"{outcome}" is expected from the UX work in the previous sentence ("{means}"). A customer-experience outcome needs more than a digital product: name the other touchpoints and an owner.',
      nl: '"{outcome}" wordt verwacht van het UX-werk in de vorige zin ("{means}"). Een klantervaringsuitkomst vraagt meer dan een digitaal product: noem de andere contactmomenten en een eigenaar.',
    },
    'outcome-first': {
      en: '"{outcome}" in the previous sentence is put down to UX work ("{means}"). A customer-experience outcome needs more than a digital product: name the other touchpoints and an owner.',
      nl: '"{outcome}" in de vorige zin wordt toegeschreven aan UX-werk ("{means}"). Een klantervaringsuitkomst vraagt meer dan een digitaal product: noem de andere contactmomenten en een eigenaar.',
    },
    'two-clause': {
      en: '"{outcome}" is expected from the UX work named earlier in the sentence ("{means}"). A customer-experience outcome needs more than a digital product: name the other touchpoints and an owner.',
      nl: '"{outcome}" wordt verwacht van het UX-werk eerder in de zin ("{means}"). Een klantervaringsuitkomst vraagt meer dan een digitaal product: noem de andere contactmomenten en een eigenaar.',
    },
  },
  explanation: EXPLANATION,
  fixTexts: {
    'split-goal.title': {
      en: 'Split into a UX goal with a UX measure and a separately owned CX goal',
      nl: 'Splits in een UX-doel met UX-maat en een apart belegd CX-doel',
    },
    'split-goal.text': {
      en: 'The {means} shall reach a task success rate of at least 90 % and a median completion time under 4 minutes in usability tests. Separate CX goal: {outcome}, owned by [service owner], measured across letters, phone, counter and the digital channels.',
      nl: '{Means}: taaksucces van minimaal 90 % en een mediane doorlooptijd onder 4 minuten in gebruikerstests. Apart CX-doel: {outcome}, eigenaar [dienstverantwoordelijke], gemeten over brieven, telefoon, balie en digitale kanalen.',
    },
    'split-goal.text.ownership': {
      en: 'The {means} owns UX measures of the product: task success of at least 90 % and a median completion time under 4 minutes in usability tests. Separate CX goal: {outcome}, owned by [service owner], measured across letters, phone, counter and the digital channels.',
      nl: '{Means} is eigenaar van UX-maten van het product: taaksucces van minimaal 90 % en een mediane doorlooptijd onder 4 minuten in gebruikerstests. Apart CX-doel: {outcome}, eigenaar [dienstverantwoordelijke], gemeten over brieven, telefoon, balie en digitale kanalen.',
    },
    'add-cx-note.title': { en: 'Add a CX note', nl: 'Voeg een CX-notitie toe' },
    'add-cx-note.text': {
      en: '> **CX note:** {outcome} depends on the whole customer journey (letters, phone, counter, hand-offs), not on this product alone. Owner: [service owner]; measured across channels.',
      nl: '> **CX-notitie:** {outcome} hangt af van de hele klantreis (brieven, telefoon, balie, overdrachten), niet van dit product alleen. Eigenaar: [dienstverantwoordelijke]; gemeten over alle kanalen.',
    },
  },
  fixes({ unit, statement, args, messageId, eol, edit, text }) {
    const fixes: Fix[] = [];
    if (unit.kind !== 'tableRow') {
      // A role made accountable stays the owner of the UX measures.
      const key = messageId === 'ownership' ? 'split-goal.text.ownership' : 'split-goal.text';
      fixes.push({
        kind: 'split-goal',
        title: text('split-goal.title'),
        preferred: true,
        edits: [edit(statement[0], statement[1], text(key, args))],
      });
    }
    fixes.push({
      kind: 'add-cx-note',
      title: text('add-cx-note.title'),
      preferred: unit.kind === 'tableRow',
      edits: [edit(unit.blockEnd, unit.blockEnd, `${eol}${eol}${text('add-cx-note.text', args)}`)],
    });
    return fixes;
  },
});
