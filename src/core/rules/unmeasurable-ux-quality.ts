// unmeasurable-ux-quality: "user-friendly", "intuitive", "naadloos" without a measurable criterion.
import { defineRule, matchText, spanOf } from './rule';
import { get, has, hasNumber, isQuestion } from '../analysis';
import { work } from '../work';
import type { Lang } from '../types';
import type { Explanation } from './rule';

/** What the sidebar and the report say about this rule, per language. */
const EXPLANATION: Record<Lang, Explanation> = {
  en: {
    name: 'A UX quality with no way to test it',
    looksFor: '“User-friendly”, “intuitive” or “seamless” without a measurable criterion.',
    lead: '“{term}” is a vague term (INCOSE writing rule R7): every reader fills in their own meaning.',
    points: [
      [
        'Not verifiable.',
        'Nobody can show that the requirement is met, so everybody can claim it was. “Intuitive” means one thing to the designer who built the flow and another to a first-time user.',
      ],
      [
        'A hidden CX promise.',
        '“A seamless experience” quietly promises a feeling about the whole organisation that no screen can deliver. A measured UX quality keeps the goal where the UX team can move it.',
      ],
      [
        'Everyone included.',
        'When citizens cannot go elsewhere, “user-friendly” has to hold for people with low digital skills too; only a test with them shows whether it does.',
      ],
    ],
    todo: [
      'Replace or complete “{term}” with a measurable criterion: task success (for example ≥ 90 % in a usability test with at least 5 users), time on task, error rate or a SUS score.',
      'If the hope is about the whole experience, state that as a separate CX goal with its own owner and measure.',
    ],
  },
  nl: {
    name: 'Een UX-kwaliteit die je niet kunt toetsen',
    looksFor: '“Gebruiksvriendelijk”, “intuïtief” of “naadloos” zonder meetbaar criterium.',
    lead: '“{term}” is een vage term (INCOSE-schrijfregel R7): elke lezer vult zijn eigen betekenis in.',
    points: [
      [
        'Niet toetsbaar.',
        'Niemand kan laten zien dat aan de eis is voldaan, dus iedereen kan zeggen dat het zo is. “Intuïtief” betekent iets anders voor de ontwerper dan voor een inwoner die het scherm voor het eerst ziet.',
      ],
      [
        'Een verstopte CX-belofte.',
        '“Naadloze dienstverlening” belooft stilletjes een gevoel over de hele organisatie, en dat kan geen scherm waarmaken. Een gemeten UX-kwaliteit houdt het doel waar het UX-team invloed heeft.',
      ],
      [
        'Voor iedereen.',
        'Inwoners kunnen niet naar een andere aanbieder, dus “gebruiksvriendelijk” moet ook gelden voor iemand met weinig digitale vaardigheden; alleen een test met die mensen laat zien of dat zo is.',
      ],
    ],
    todo: [
      'Vervang of vul “{term}” aan met een meetbaar criterium: taaksucces (bijvoorbeeld ≥ 90 % in een gebruikerstest met minstens 5 deelnemers), tijd per taak, foutpercentage of een SUS-score.',
      'Gaat de wens over de hele ervaring, formuleer die dan als apart CX-doel met een eigen eigenaar en maat.',
    ],
  },
};

export const unmeasurableUxQuality = defineRule({
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
  explanation: EXPLANATION,
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
