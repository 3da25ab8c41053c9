// digital-only-journey: a CX or journey goal whose scope names only digital touchpoints.
import { defineRule, matchText, spanOf } from './rule';
import { get, has, isQuestion, overlaps } from '../analysis';
import { work } from '../work';

export const digitalOnlyJourney = defineRule<'digital-only'>({
  id: 'digital-only-journey',
  defaultSeverity: 'info',
  tags: ['cx', 'scope'],
  description: {
    en: 'A customer-journey or CX goal names only digital touchpoints.',
    nl: 'Een klantreis- of CX-doel noemt alleen digitale contactmomenten.',
  },
  requires: ['journey'],
  check({ statement: s }) {
    const journey = get(s, 'journey')[0];
    if (!journey || isQuestion(s)) return [];
    if (
      has(s, 'offlineTouchpoint') ||
      has(s, 'cxWork') ||
      has(s, 'meta') ||
      has(s, 'negation') ||
      has(s, 'scope')
    ) {
      return [];
    }
    if (!has(s, 'requirement') && !has(s, 'kpi') && !s.headerMatches?.has('kpi')) return [];
    // Keep the longest of overlapping touchpoints ("e-mail", not also "mail"); of equally long
    // ones, the first. Per word: the longest touchpoint on it, and the first of those.
    const all = get(s, 'digitalTouchpoint').filter((d) => !overlaps(d, journey));
    const best = new Map<number, { length: number; index: number }>();
    all.forEach((o, j) => {
      work.ruleSteps += o.words.length + 1;
      for (const w of o.words) {
        const b = best.get(w);
        if (!b || o.words.length > b.length) best.set(w, { length: o.words.length, index: j });
      }
    });
    // `d` gives way to a touchpoint sharing a word that is longer, or as long and before it.
    work.ruleSteps += all.length;
    const digital = all.filter((d, i) =>
      d.words.every((w) => {
        const b = best.get(w)!;
        return b.length < d.words.length || (b.length === d.words.length && b.index >= i);
      }),
    );
    if (digital.length === 0) return [];
    return [
      {
        range: spanOf(s, 'context', journey).at,
        spans: [spanOf(s, 'context', journey), ...digital.map((d) => spanOf(s, 'term', d))],
        messageId: 'digital-only',
        args: {
          journey: matchText(s, journey),
          touchpoints: [...new Set(digital.map((d) => matchText(s, d)))].join(', '),
        },
      },
    ];
  },
  messages: {
    'digital-only': {
      en: 'The goal for "{journey}" names only digital touchpoints ({touchpoints}). Letters, phone, the counter and hand-offs are part of the journey too.',
      nl: 'Het doel voor "{journey}" noemt alleen digitale contactmomenten ({touchpoints}). Brieven, telefoon, de balie en overdrachten horen ook bij de klantreis.',
    },
  },
  fixTexts: {
    'add-touchpoints.title': {
      en: 'Add the offline touchpoints to the scope',
      nl: 'Neem de niet-digitale contactmomenten op in de reikwijdte',
    },
    'add-touchpoints.text': {
      en: ', letters, phone, the counter and hand-offs between channels',
      nl: ', brieven, telefoon, de balie en overdrachten tussen kanalen',
    },
  },
  fixes({ spans, edit, text }) {
    // After the last digital touchpoint named.
    const last = spans
      .filter((sp) => sp.role === 'term')
      .reduce<[number, number] | undefined>(
        (a, sp) => (!a || sp.at[1] > a[1] ? sp.at : a),
        undefined,
      );
    if (!last) return [];
    return [
      {
        kind: 'add-touchpoints',
        title: text('add-touchpoints.title'),
        preferred: true,
        edits: [edit(last[1], last[1], text('add-touchpoints.text'))],
      },
    ];
  },
});
