// What a rule is: an id, metadata and a check over one statement.
import type { Confidence, Lang, RuleId, Severity, SpanRole } from '../types';
import type { Statement } from '../analysis';
import type { Match } from '../lexicon/matcher';
import type { Category } from '../lexicon/types';
import { matchOffsets } from '../analysis';

/** A finding before positions and fixes are attached; offsets are into the unit text. */
export interface RawFinding {
  range: [number, number];
  spans: { role: SpanRole; at: [number, number]; statement?: Statement }[];
  messageId: string;
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

export interface Rule {
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
  check(ctx: RuleContext): RawFinding[];
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
