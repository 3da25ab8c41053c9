// What a rule is: an id, metadata, a check over one statement, and what it says and suggests:
// its messages, fix texts and explanation in both languages and its fixes. The engine, the fixes and the
// explainer ask the rule; none of them knows a rule by its id.
import type { Confidence, Fix, Lang, Severity, SpanRole, TextEdit } from '../types';
import type { ProseUnit } from '../markdown/prose';
import type { Statement } from '../analysis';
import type { Match } from '../lexicon/matcher';
import type { Category } from '../lexicon/types';
import { matchOffsets } from '../analysis';

/** Texts in both languages, by id; `{name}` placeholders are filled from a finding's args. */
export type Texts<K extends string = string> = Record<K, Record<Lang, string>>;

/** A finding before positions and fixes are attached; offsets are into the unit text. */
export interface RawFinding<M extends string = string> {
  range: [number, number];
  spans: { role: SpanRole; at: [number, number]; statement?: Statement }[];
  /** One of the rule's `messages` (the finding's messageId is `rule-id/` and this). */
  messageId: M;
  args: Record<string, string>;
  /** How sure the rule is; `high` when left out. */
  confidence?: Confidence;
}

export interface RuleContext {
  statement: Statement;
  /** The sentence before this one in the same paragraph, if any. */
  previous?: Statement;
  /** The nearest heading above this statement, if any. */
  heading?: Statement;
  /** The block is followed by a CX note ("> **CX note:** …") that scopes its claims. */
  cxNote?: boolean;
}

/** What a rule's `fixes` is given for one finding; offsets are source offsets. */
export interface FixContext<M extends string = string> {
  lang: Lang;
  unit: ProseUnit;
  statement: [number, number];
  range: [number, number];
  args: Record<string, string>;
  messageId: M;
  /** The finding's spans. */
  spans: { role: SpanRole; at: [number, number] }[];
  /** The document's line ending. */
  eol: string;
  /** An edit replacing `[from, to)` with `newText`. */
  edit: (from: number, to: number, newText: string) => TextEdit;
  /** One of the rule's `fixTexts` in the finding's language, its placeholders filled. */
  text: (key: string, args?: Record<string, string>) => string;
}

/** A quote an explanation cites, in its own language. */
export interface Quote {
  text: string;
  by: string;
  lang: Lang;
}

/**
 * What the explainer sidebar and the review report say about a rule, in one language. `lead`,
 * `points` and `todo` may hold `{term}`, `{outcome}`, `{means}`, `{journey}`: filled from a
 * finding's message arguments.
 */
export interface Explanation {
  /** The rule's name: the sidebar's group title, the report's rule column. */
  name: string;
  /** What it looks for, one line with an example (the sidebar when a document has no findings). */
  looksFor: string;
  lead: string;
  /** Three points: a title and a text each. */
  points: [string, string][];
  quote?: Quote;
  /** What to do instead. */
  todo: string[];
}

export interface Rule<M extends string = string, Id extends string = string> {
  /** Its public id (never rename one): the registry's ids make the `RuleId` type. */
  id: Id;
  defaultSeverity: Severity;
  tags: string[];
  /** One-line description per language (for the rules table, hovers and the CLI). */
  description: Record<Lang, string>;
  /**
   * The rule reports only on a statement that names one of these: on other statements it is not
   * asked (most statements name none). `test/unit/rules.test.ts` holds every rule to it.
   */
  requires: readonly Category[];
  check(ctx: RuleContext): RawFinding<NoInfer<M>>[];
  /** Its findings' messages, by id. */
  messages: Texts<M>;
  /** Its explanation per language (the sidebar, the report). */
  explanation: Record<Lang, Explanation>;
  /** The titles and texts of its fixes, by key (for `FixContext.text`). */
  fixTexts: Texts;
  /**
   * Its fixes for a finding, the preferred one first. The engine adds "disable for this line" to
   * every finding, and keeps in YAML front matter only what keeps the value valid.
   */
  fixes(ctx: FixContext<NoInfer<M>>): Fix[];
}

/**
 * A rule, its id kept as a literal type (for `RuleId`) and the message ids its `check` returns
 * checked against the keys of its `messages`.
 */
export function defineRule<const Id extends string, M extends string>(
  rule: Rule<M, Id>,
): Rule<M, Id> {
  return rule;
}

/** The text a match covers. */
export function matchText(s: Statement, m: Match): string {
  const [a, b] = matchOffsets(s, m);
  return s.unit.text.slice(a, b);
}

/** A span for a match. */
export function spanOf(
  s: Statement,
  role: RawFinding['spans'][number]['role'],
  m: Match,
): RawFinding['spans'][number] {
  return { role, at: matchOffsets(s, m), statement: s };
}
