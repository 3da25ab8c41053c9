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
  /** The terms UX and CX themselves, for the conflation rule. */
  | 'uxTerm'
  | 'cxTerm';

/**
 * One pattern. Words are matched case- and accent-insensitively on word tokens:
 * `word*` matches any word starting with `word` (inflection), `*word` any word ending with it
 * (Dutch compounds: `*loyaliteit` matches `klantloyaliteit`), `…` skips up to eight words
 * (separable verbs: `draag* … bij`).
 */
export interface LexiconEntry {
  lang: Lang;
  category: Category;
  pattern: string;
  note: string;
  /** A sentence in which the pattern must match (checked by a test). */
  example: string;
}

/** Write entries compactly: one note for a group of [pattern, example] pairs. */
export function groupsFor(lang: Lang) {
  return (
    category: Category,
    note: string,
    items: readonly (readonly [pattern: string, example: string])[],
  ): LexiconEntry[] =>
    items.map(([pattern, example]) => ({ lang, category, pattern, note, example }));
}
