// digital-only-journey: a CX or journey goal whose scope names only digital touchpoints.
import { defineRule, matchText, spanOf } from './rule';
import { get, has, isQuestion, overlaps } from '../analysis';
import { work } from '../work';
import type { Lang } from '../types';
import type { Explanation } from './rule';
import { WALTERS } from './quotes';

/** What the sidebar and the report say about this rule, per language. */
const EXPLANATION: Record<Lang, Explanation> = {
  en: {
    name: 'A journey goal that sees only screens',
    looksFor:
      'Journey goals that name only the app, website or e-mail, with no letter, phone or counter.',
    lead: 'A journey runs through every channel a person needs, not only the ones a product team builds. This goal names only digital touchpoints.',
    points: [
      [
        'Wrong problem.',
        'The pain points that decide how people feel often sit between channels: the letter that uses other words than the portal, the phone call nobody logged, the online application that suddenly asks for a document by post.',
      ],
      [
        'Wrong owner.',
        'A goal scoped to app, website and e-mail lands on the product team. The contact centre, the back office and the people at the counter, who shape the journey as much, are not in the room.',
      ],
      [
        'Blind spots.',
        'What is out of scope is rarely measured, and what is not measured is not improved. Citizens usually cannot choose another provider, and many of them phone, visit or use paper.',
      ],
    ],
    quote: WALTERS,
    todo: [
      'Map the whole journey first: the letter that starts it, phone calls, the counter, e-mail, and each hand-off between channels.',
      'Add those touchpoints to the goal, with an owner across the organisation, or narrow the goal to the digital channel and measure it as UX.',
    ],
  },
  nl: {
    name: 'Een klantreisdoel dat alleen schermen ziet',
    looksFor: 'Klantreisdoelen met alleen app, website of e-mail, zonder brief, telefoon of balie.',
    lead: 'Een klantreis loopt door alle kanalen die iemand nodig heeft, niet alleen door de kanalen die een productteam bouwt. Dit doel noemt alleen digitale contactmomenten.',
    points: [
      [
        'Het verkeerde probleem.',
        'De pijnpunten die bepalen hoe mensen zich voelen, zitten vaak tússen de kanalen: de brief met andere woorden dan het portaal, het telefoongesprek dat nergens is vastgelegd, de online aanvraag die ineens om een document per post vraagt.',
      ],
      [
        'De verkeerde eigenaar.',
        'Een doel over app, website en e-mail landt vanzelf bij het productteam. Het klantcontactcentrum, de backoffice en de medewerkers aan de balie zitten dan niet aan tafel.',
      ],
      [
        'Blinde vlekken.',
        'Wat buiten de scope valt, wordt zelden gemeten, en wat niet gemeten wordt, wordt niet beter. Inwoners kunnen meestal niet naar een andere aanbieder, en veel van hen bellen, komen langs of gebruiken papier.',
      ],
    ],
    quote: WALTERS,
    todo: [
      'Breng eerst de hele klantreis in kaart: de brief waarmee het begint, telefoongesprekken, de balie, e-mail en elke overdracht tussen kanalen.',
      'Neem die contactmomenten op in het doel, met een eigenaar over de organisatie heen, of beperk het doel tot het digitale kanaal en meet het als UX.',
    ],
  },
};

export const digitalOnlyJourney = defineRule({
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
  explanation: EXPLANATION,
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
