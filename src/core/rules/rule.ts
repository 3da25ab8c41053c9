// What a rule is: an id, metadata, a check over one statement, and what it says and suggests:
// its messages and fix texts in both languages and its fixes. The engine, the fixes and the
// explainer ask the rule; none of them knows a rule by its id.
import type { Confidence, Fix, Lang, RuleId, Severity, SpanRole, TextEdit } from '../types';
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

export interface Rule<M extends string = string> {
  id: RuleId;
  defaultSeverity: Severity;
  tags: string[];
  /** One-line description per language (for the rules table, hovers and the CLI). */
  description: Record<Lang, string>;
  /**
   * The rule reports only on a statement that names one of these: on other statements it is not
   * asked (most statements name none). `test/unit/rules.test.ts` holds every rule to it.
   */
  requires: readonly Category[];
  check(ctx: RuleContext): RawFinding<M>[];
  /** Its findings' messages, by id. */
  messages: Texts<M>;
  /** The titles and texts of its fixes, by key (for `FixContext.text`). */
  fixTexts: Texts;
  /**
   * Its fixes for a finding, the preferred one first. The engine adds "disable for this line" to
   * every finding, and keeps in YAML front matter only what keeps the value valid.
   */
  fixes(ctx: FixContext<M>): Fix[];
}

/** A rule, its message ids checked against its `messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
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
