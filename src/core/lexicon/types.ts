// The shape of the word knowledge: reviewed data, one entry per pattern, with a note and an example.
import type { Lang } from '../types';

/** What a pattern tells the rules. */
export type Category =
  /** UX work or a UX artefact: a redesign, a new app, a screen, usability. */
  | 'uxMeans'
  /** A UX role or team. */
  | 'uxRole'
  /** A customer-experience outcome: loyalty, trust in the organisation, NPS, retention. */
  | 'cxOutcome'
  /** A causal or purpose link: "will increase", "so that", "zorgt voor", "om … te". */
  | 'link'
  /** An ownership link: "owns", "is accountable for", "is verantwoordelijk voor". */
  | 'ownership'
  /** A KPI or success-metric cue that turns a statement or table into a target. */
  | 'kpi'
  /** A word opening a sentence that continues the previous one's claim ("That way", "Zo"). */
  | 'anaphor'
  /** Negation of a claim. */
  | 'negation'
  /** Hedging of a claim. */
  | 'hedge'
  /** Talk about the terms themselves: definitions, warnings, comparisons. */
  | 'meta'
  /** A touchpoint outside the digital product: letters, phone, counter, staff. */
  | 'offlineTouchpoint'
  /** A digital touchpoint: app, website, portal, online form. */
  | 'digitalTouchpoint'
  /** CX work: service design, journey mapping, training staff, complaint handling. */
  | 'cxWork'
  /** Scoping that names UX as one contribution among others ("together with", "one of"). */
  | 'scope'
  /** A UX measure: task success, time on task, drop-off, SUS. */
  | 'uxMeasure'
  /** A CX or journey goal ("customer journey", "klantreis"). */
  | 'journey'
  /** A vague UX quality without a measure ("user-friendly", "naadloos"). */
  | 'vague'
  /** A measurable criterion cue ("at least", "seconds", "gemeten"). */
  | 'measure'
  /** A requirement cue: modal verbs and the like ("shall", "moet", "wil ik"). */
  | 'requirement'
  /** A context in which an outcome word means something else ("loyalty points", "trust store"). */
  | 'unrelated'
  /**
   * A word opening a contrasting clause after a comma ("but", "maar"): a claim does not reach
   * across it, unless a causal verb follows it right away and goes on with the subject before it
   * ("The redesign took a year, but led to higher loyalty").
   */
  | 'contrast'
  /** A word that, right after a plain negation, limits it instead of negating the claim ("not only", "niet langer"). */
  | 'limiter'
  /**
   * A word opening a subordinate clause ("when", "if", "which", "als", "wanneer", "die"): a
   * negation inside that clause describes it ("when the app does not work, …") and does not deny
   * a claim after the comma that closes it.
   */
  | 'subordinate'
  /**
   * A word saying what people can do ("can", "kunnen"): after an instrument ("With the app,
   * customers can renew online", "Met het dashboard kunnen klanten hun contract verlengen") it
   * describes a feature, not an outcome.
   */
  | 'ability'
  /**
   * A word that compares ("than", "meer … dan"): what follows it in its part of the sentence is
   * what is compared against, not the cause ("Getting the bills right wins back more trust than
   * ten new apps"; "Een snelle app bouwt meer loyaliteit op dan welke kortingsactie ook").
   */
  | 'comparison'
  /** The terms UX and CX themselves, for the conflation rule. */
  | 'uxTerm'
  | 'cxTerm';

/** The categories, in the order the data documents them. */
export const CATEGORIES = [
  'uxMeans',
  'uxRole',
  'cxOutcome',
  'link',
  'ownership',
  'kpi',
  'anaphor',
  'negation',
  'hedge',
  'meta',
  'offlineTouchpoint',
  'digitalTouchpoint',
  'cxWork',
  'scope',
  'uxMeasure',
  'journey',
  'vague',
  'measure',
  'requirement',
  'unrelated',
  'contrast',
  'limiter',
  'subordinate',
  'ability',
  'comparison',
  'uxTerm',
  'cxTerm',
] as const satisfies readonly Category[];

/**
 * What a rule does with an entry beyond its category, so that no rule keys its behaviour on a
 * pattern string (renaming a word cannot change a rule silently).
 */
export interface EntryFlags {
  /**
   * `purpose`: a link that opens a purpose clause ("so that"): a negation after it belongs to the
   * outcome. `result`: a link that opens a clause of its effect ("zorgt ervoor dat", "ensures
   * that"): a negation after it belongs to the effect ("zorgt ervoor dat klanten niet meer
   * overstappen"), as after a purpose link. `reason`: a link that names the cause after it ("due
   * to", "dankzij", "komt door"): opening a sentence after an outcome ("This is due to the new
   * app"), it puts that outcome down to what follows. `weak`: a word that names a cause or only
   * a channel ("door de app": because of the app, or through it): another link in the clause is
   * the surer reading, and it links only when UX work follows right after it. `instrument`: a preposition that names a means ("With the new app, …", "Met de
   * nieuwe app …"): like `weak`, but only when it opens the statement (in the middle, "customers
   * with the app", "tevredenheid met de website", it names whose or with what). `metaphor`: a figure of speech ("the foundation of", "de basis voor"), which links
   * with low confidence. `attributive`: a comparative that describes the outcome it stands before
   * ("betere klantloyaliteit", "more trust"): when it opens a list item after a comma, it does not
   * link UX work named before ("Belang: lancering van de app, betere klantloyaliteit").
   */
  link?: 'purpose' | 'result' | 'reason' | 'weak' | 'instrument' | 'metaphor' | 'attributive';
  /**
   * `plain`: a bare "not"/"niet", which does not negate before "only", "longer" ("not only",
   * "no longer leave"). `contrastive`: "instead of", which negates only the outcome right after it.
   * `cessation`: a negation that says something stops ("not … anymore", "niet meer", "geen …
   * meer", "nooit meer"): the statement tells of a change ("klanten zeggen hun abonnement niet
   * meer op"), not a denial; it and the plain negation inside it deny nothing.
   */
  negation?: 'plain' | 'contrastive' | 'cessation';
  /**
   * `part`: UX work that names a part of a screen or product ("page", "button", "scherm",
   * "knop"): an outcome word right before it names what that part is about ("the cancellation
   * page", "the 'Recommend to a friend' button"), not an outcome.
   */
  means?: 'part';
  /**
   * An outcome whose pattern holds the causal verb that links it ("build* trust", "keep* … coming
   * back"): the verb's link match, which shares its words, still links it. `attitude`: an outcome
   * that names what it is about after it ("trust in", "satisfied with the", "geloof in"): when
   * that is UX work ("satisfied with the booking screen", "trust the payment form"), it is a UX
   * measure, not a CX outcome.
   */
  outcome?: 'verb' | 'attitude';
  /**
   * `pronoun`: a pronoun ("This", "Dat") that continues the previous sentence's claim only near
   * the start. `one`: "a good one", "a better one": it stands for the UX work named before, like
   * a pronoun, and may open a contrast ("A bad website drives people away, while a good one keeps
   * them loyal").
   */
  anaphor?: 'pronoun' | 'one';
  /**
   * `verb`: a verb of measuring ("measure", "monitor", "meten"): an outcome right after it, with
   * no link in between, is measured, not expected ("the app lets us measure satisfaction better").
   */
  measure?: 'verb';
  /**
   * `question`: a question that sets a goal ("How might we …", "Hoe kunnen we …"): opening a
   * statement, it makes the question a requirement, not a question that asks.
   */
  requirement?: 'question';
  /**
   * `condition`: a word opening a condition ("if", "unless", "as long as"; "als", "wanneer",
   * "tenzij", "zolang"): UX work inside that clause, closed by a comma before an outcome, is its
   * cause ("If the site is slow, shoppers stop recommending you"), a stated link of high
   * confidence when no other links them; after the outcome
   * too ("Customers will leave if your website is slow"; "wanneer" and "whenever" are conditions:
   * Dutch dates the past with "toen"). `time`: a word opening a time that reads as a condition
   * before the outcome ("when", "since", "sinds": "When the app crashes, customers leave"), but
   * after it is only a time ("Loyalty was high when we launched the app").
   * `past`: a word opening a time in the past ("toen"): UX work in it after the outcome dates
   * the outcome and is not its cause ("Het ledenbehoud daalde al toen we aan het herontwerp
   * begonnen"); before the outcome it is no condition either ("Toen het portaal live ging, lag
   * de klanttevredenheid al op 7,4"), but a negation inside it still describes it.
   * `reason`: a word opening a reason ("because", "omdat"): the same as a condition. `then`: a word opening the main clause
   * after a comma ("…, dan …"): the part before it is a condition, also without a word that opens
   * it ("Werkt het formulier niet goed, dan verspeel je het vertrouwen van studenten"); UX work
   * there is the cause, its negation describes it.
   */
  subordinate?: 'condition' | 'time' | 'past' | 'reason' | 'then';
}

/**
 * One pattern. Words are matched case- and accent-insensitively on word tokens:
 * `word*` matches any word starting with `word` (inflection), `*word` any word ending with it
 * (Dutch compounds: `*loyaliteit` matches `klantloyaliteit`), `…` skips up to eight words
 * (separable verbs: `draag* … bij`).
 *
 * Entries are reviewed data (src/core/lexicon/en.json, nl.json; the build validates them, see
 * validate.ts). Their sentences are tests:
 * - `match`: the pattern matches in each (its sense, as writers use it);
 * - `noMatch`: the pattern does not match in each (the same word in another sense);
 * - `flag`: the entry's rule flags each sentence, and would not without this entry;
 * - `pass`: the entry's rule does not flag each sentence; for an entry that blocks a finding
 *   (negation, meta, unrelated …) it would without this entry.
 * An entry whose `flag` or `pass` sentence changes verdict without it is pinned: a test needs it.
 */
export interface LexiconEntry {
  lang: Lang;
  category: Category;
  pattern: string;
  /** The sense in which the pattern counts ("loyalty of customers to the organisation"). */
  sense?: string;
  /** Why the entry is there. */
  note: string;
  /** Where such a use was seen (a corpus path or an address). */
  seen?: string;
  flags?: EntryFlags;
  match: string[];
  noMatch?: string[];
  flag?: string[];
  pass?: string[];
}

/** A language's data file: `src/core/lexicon/<lang>.json`. */
export interface LexiconFile {
  lang: Lang;
  entries: Omit<LexiconEntry, 'lang'>[];
}
