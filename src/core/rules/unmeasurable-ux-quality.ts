// unmeasurable-ux-quality: "user-friendly", "intuitive", "naadloos" without a measurable criterion.
import type { Rule } from './rule';
import { matchText, spanOf } from './rule';
import { get, has, hasNumber, isQuestion } from '../analysis';
import { work } from '../work';

export const unmeasurableUxQuality: Rule = {
  id: 'unmeasurable-ux-quality',
  defaultSeverity: 'info',
  tags: ['ux', 'measurable', 'incose-r7'],
  description: {
    en: 'A vague UX quality ("user-friendly", "intuitive", "seamless") without a measurable criterion.',
    nl: 'Een vage UX-kwaliteit ("gebruiksvriendelijk", "intuïtief", "naadloos") zonder meetbaar criterium.',
  },
  requires: ['vague'],
  check({ statement: s }) {
    const vague = get(s, 'vague');
    if (vague.length === 0) return [];
    if (has(s, 'measure') || has(s, 'uxMeasure') || hasNumber(s)) return [];
    if (has(s, 'meta') || has(s, 'negation') || has(s, 'hedge') || isQuestion(s)) return [];
    // Only requirements: an observation ("participants found it intuitive") is not vague wording.
    const isRequirement = has(s, 'requirement') || has(s, 'kpi') || s.unit.kind === 'tableRow';
    if (!isRequirement) return [];
    work.ruleSteps += vague.length;
    return vague
      .filter((v, i) => i === 0 || v.first > vague[i - 1]!.last)
      .map((v) => ({
        range: spanOf(s, 'term', v).at,
        spans: [spanOf(s, 'term', v)],
        messageId: 'unmeasurable-ux-quality/vague',
        args: { term: matchText(s, v) },
      }));
  },
};
