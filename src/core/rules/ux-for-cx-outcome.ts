// ux-for-cx-outcome: a statement expects a customer-experience outcome from user-experience work.
import type { Rule, RawFinding, RuleContext } from './rule';
import { matchText, spanOf } from './rule';
import { clauses, get, has, overlaps, type Statement } from '../analysis';
import type { Match } from '../lexicon/matcher';

/** Statements that talk about the terms, negate or hedge, or scope the claim beyond UX. */
function excluded(s: Statement): boolean {
  return (
    has(s, 'meta') ||
    has(s, 'negation') ||
    has(s, 'hedge') ||
    has(s, 'offlineTouchpoint') ||
    has(s, 'cxWork') ||
    has(s, 'scope')
  );
}

function notInside(m: Match, others: Match[]): boolean {
  return !others.some((o) => overlaps(m, o));
}

/** Spans of means, link and outcome in one clause, or undefined when the clause makes no claim. */
function claimIn(s: Statement, from: number, to: number): RawFinding | undefined {
  const outcomes = get(s, 'cxOutcome', from, to);
  if (outcomes.length === 0) return undefined;
  const outcome = outcomes[0]!;
  const roles = get(s, 'uxRole', from, to);
  const means = get(s, 'uxMeans', from, to).filter(
    (m) => notInside(m, outcomes) && notInside(m, roles),
  );
  const owner = get(s, 'ownership', from, to).find((o) => notInside(o, outcomes));
  const role = roles[0];
  if (role && owner && role.first < owner.first) {
    return finding(s, 'ownership', outcome, role, owner, 'uxRole');
  }
  if (means.length === 0) return undefined;
  const meansTokens = [...means, ...outcomes];
  const link =
    get(s, 'link', from, to).find((l) => notInside(l, meansTokens)) ??
    get(s, 'kpi', from, to).find((k) => notInside(k, meansTokens));
  const tableTarget = (s.headerMatches?.get('kpi')?.length ?? 0) > 0;
  if (!link && !tableTarget) return undefined;
  const kind = !link || link.category === 'kpi' ? 'kpi' : 'causal';
  return finding(s, kind, outcome, means[0]!, link, 'uxMeans');
}

function finding(
  s: Statement,
  kind: string,
  outcome: Match,
  means: Match,
  link: Match | undefined,
  meansRole: 'uxMeans' | 'uxRole',
): RawFinding {
  const spans: RawFinding['spans'] = [spanOf(s, meansRole, means), spanOf(s, 'cxOutcome', outcome)];
  if (link) spans.push(spanOf(s, 'link', link));
  const outcomeSpan = spans[1]!.at;
  return {
    range: outcomeSpan,
    spans,
    messageId: `ux-for-cx-outcome/${kind}`,
    args: { outcome: matchText(s, outcome), means: matchText(s, means) },
  };
}

/** A claim spread over two sentences: UX work in the first, "That way … loyalty" in the second. */
function twoSentenceClaim(ctx: RuleContext): RawFinding | undefined {
  const { statement: s, previous: p } = ctx;
  if (!p || excluded(p) || has(p, 'cxOutcome')) return undefined;
  const anaphor = get(s, 'anaphor').find((a) => a.first === 0);
  const outcome = get(s, 'cxOutcome')[0];
  const means = get(p, 'uxMeans')[0];
  if (!anaphor || !outcome || !means || has(s, 'uxMeans')) return undefined;
  return {
    range: spanOf(s, 'cxOutcome', outcome).at,
    spans: [
      spanOf(p, 'uxMeans', means),
      spanOf(s, 'link', anaphor),
      spanOf(s, 'cxOutcome', outcome),
    ],
    messageId: 'ux-for-cx-outcome/two-sentence',
    args: { outcome: matchText(s, outcome), means: matchText(p, means) },
  };
}

export const uxForCxOutcome: Rule = {
  id: 'ux-for-cx-outcome',
  defaultSeverity: 'warning',
  tags: ['ux', 'cx', 'outcome'],
  description: {
    en: 'A statement expects a customer-experience outcome (loyalty, trust, NPS…) from user-experience work.',
    nl: 'Een uitspraak verwacht een klantervaringsuitkomst (loyaliteit, vertrouwen, NPS…) van UX-werk.',
  },
  check(ctx) {
    const s = ctx.statement;
    if (!has(s, 'cxOutcome') || excluded(s)) return [];
    for (const [from, to] of clauses(s)) {
      const f = claimIn(s, from, to);
      if (f) return [f];
    }
    const two = twoSentenceClaim(ctx);
    return two ? [two] : [];
  },
};
