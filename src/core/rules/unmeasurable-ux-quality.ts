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
    // The requirement cue comes before the vague word ("The app shall be intuitive", "Objective:
    // an easy-to-use checkout"); one after it belongs to another part of the sentence ("By making
    // charts easy to understand, the data will be used").
    const cues = [...get(s, 'requirement'), ...get(s, 'kpi')];
    const firstCue = cues.reduce((min, c) => Math.min(min, c.first), Infinity);
    const asked = (v: { first: number }): boolean =>
      s.unit.kind === 'tableRow' || firstCue < v.first;
    work.ruleSteps += vague.length + cues.length;
    return vague
      .filter((v, i) => asked(v) && (i === 0 || v.first > vague[i - 1]!.last))
      .map((v) => ({
        range: spanOf(s, 'term', v).at,
        spans: [spanOf(s, 'term', v)],
        messageId: 'unmeasurable-ux-quality/vague',
        args: { term: matchText(s, v) },
      }));
  },
};
