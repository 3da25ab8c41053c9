// unmeasurable-ux-quality: "user-friendly", "intuitive", "naadloos" without a measurable criterion.
import { defineRule, matchText, spanOf } from './rule';
import { get, has, hasNumber, isQuestion } from '../analysis';
import { work } from '../work';

export const unmeasurableUxQuality = defineRule<'vague'>({
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
        messageId: 'vague',
        args: { term: matchText(s, v) },
      }));
  },
  messages: {
    vague: {
      en: '"{term}" cannot be verified as written. Add a measurable criterion (task success, time on task, SUS score).',
      nl: '"{term}" is zo niet toetsbaar. Voeg een meetbaar criterium toe (taaksucces, tijd per taak, SUS-score).',
    },
  },
  fixTexts: {
    'add-measure.title': {
      en: 'Add a measurable criterion',
      nl: 'Voeg een meetbaar criterium toe',
    },
    'add-measure.text': {
      en: ' (measured: task success of at least 90 % in usability tests with at least 5 users)',
      nl: ' (meetbaar: taaksucces van minimaal 90 % in gebruikerstests met minimaal 5 deelnemers)',
    },
  },
  fixes: ({ range, edit, text }) => [
    {
      kind: 'add-measure',
      title: text('add-measure.title'),
      preferred: true,
      edits: [edit(range[1], range[1], text('add-measure.text'))],
    },
  ],
});
