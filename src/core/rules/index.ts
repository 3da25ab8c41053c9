// The registry: every rule, in a stable order, with its documentation link.
import type { Rule } from './rule';
import { uxForCxOutcome } from './ux-for-cx-outcome';
import { uxCxConflation } from './ux-cx-conflation';
import { digitalOnlyJourney } from './digital-only-journey';
import { unmeasurableUxQuality } from './unmeasurable-ux-quality';

export type { FixContext, Rule, RawFinding, RuleContext } from './rule';

const REGISTRY = [
  uxForCxOutcome,
  uxCxConflation,
  digitalOnlyJourney,
  unmeasurableUxQuality,
] as const;

/** Public rule ids: the registry's. They are part of the interface: never rename one. */
export type RuleId = (typeof REGISTRY)[number]['id'];

export const RULES: readonly Rule<string, RuleId>[] = REGISTRY;

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** Where a rule's documentation lives (the repository's docs, per language). */
export const DOCS_BASE = 'https://github.com/uxcx-lint/uxcx-lint/blob/main/docs/rules/';

export function ruleDocsUrl(id: RuleId, lang: 'en' | 'nl' = 'en'): string {
  return `${DOCS_BASE}${id}${lang === 'nl' ? '.nl' : ''}.md`;
}

export function ruleById(id: string): Rule<string, RuleId> | undefined {
  return RULES.find((r) => r.id === id);
}
