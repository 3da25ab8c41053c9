// ux-cx-conflation: UX and CX used as one ("UX/CX team", "user experience (CX)").
import type { RawFinding } from './rule';
import { defineRule, spanOf } from './rule';
import { get, has, matchOffsets } from '../analysis';
import { work } from '../work';
import type { Lang } from '../types';
import type { Explanation } from './rule';

/** What may stand between the two terms when they are used as one (lowercase, trimmed). */
const JOINERS = new Set([
  '/',
  '(',
  '-',
  '(or',
  '(of',
  ', also called',
  'also called',
  ', also known as',
  'also known as',
  'aka',
  'a.k.a.',
  ', i.e.',
  'i.e.',
  '(i.e.',
  ', or rather',
  'ook wel',
  ', ook wel',
  '(ook wel',
  'oftewel',
  ', oftewel',
  'ofwel',
  ', ofwel',
  'ook wel genoemd',
  'ook bekend als',
  ', ook bekend als',
  'namelijk',
  ', namelijk',
  'dus',
]);

/** What the sidebar and the report say about this rule, per language. */
const EXPLANATION: Record<Lang, Explanation> = {
  en: {
    name: 'UX and CX used as one term',
    looksFor: 'UX and CX used as one term: “UX/CX team”, “user experience (CX)”.',
    lead: 'UX and CX name different scopes. UX is one person’s interaction with a digital product; CX is the whole relationship with the organisation, across every touchpoint.',
    points: [
      [
        'Wrong problem.',
        'A team called “UX/CX” with a backlog of screens works on screens, while the document reads as if the whole customer experience is taken care of.',
      ],
      [
        'Wrong owner.',
        'If UX and CX are the same, the UX designer owns loyalty and trust by definition, and is judged on results outside their scope.',
      ],
      [
        'Blind spots.',
        'Letters, phone service and the hand-off from an online form to documents sent by post have no place in a product team’s plan. Citizens usually cannot choose another government service, so what nobody owns still lands on them.',
      ],
    ],
    quote: {
      text: 'CX is not a team, nor a touchpoint. CX is how you think as an organisation.',
      by: 'Wim Rampen (translated)',
      lang: 'en',
    },
    todo: [
      'Name the one you mean: “UX” for the digital product, “CX” for the whole relationship.',
      'If you mean both, write “UX and CX” and give each its own goals, measures and owner.',
    ],
  },
  nl: {
    name: 'UX en CX gebruikt als één begrip',
    looksFor: 'UX en CX als één begrip: “UX/CX-team”, “gebruikerservaring (CX)”.',
    lead: 'UX en CX hebben een andere reikwijdte. UX is de interactie van één persoon met een digitaal product; CX is de hele relatie met de organisatie, over alle contactmomenten.',
    points: [
      [
        'Het verkeerde probleem.',
        'Een “UX/CX-team” met een backlog vol schermen werkt aan schermen, terwijl het document leest alsof de hele klantbeleving geregeld is.',
      ],
      [
        'De verkeerde eigenaar.',
        'Als UX en CX hetzelfde zijn, is de UX-designer per definitie eigenaar van vertrouwen en loyaliteit, en wordt hij of zij afgerekend op iets buiten de eigen scope.',
      ],
      [
        'Blinde vlekken.',
        'Brieven, de telefonische dienstverlening en de overdracht van een online formulier naar documenten per post passen niet in het plan van een productteam. Inwoners kunnen meestal niet naar een andere overheidsdienst; wat niemand bezit, komt toch bij hen terecht.',
      ],
    ],
    quote: {
      text: 'CX is geen team en ook geen touchpoint. CX is hoe je als organisatie denkt.',
      by: 'Wim Rampen',
      lang: 'nl',
    },
    todo: [
      'Noem het begrip dat je bedoelt: “UX” voor het digitale product, “CX” voor de hele relatie.',
      'Bedoel je beide, schrijf dan “UX en CX” en geef elk eigen doelen, maten en een eigenaar.',
    ],
  },
};

export const uxCxConflation = defineRule({
  id: 'ux-cx-conflation',
  defaultSeverity: 'warning',
  tags: ['terms'],
  description: {
    en: 'User experience and customer experience are used as one term.',
    nl: 'Gebruikerservaring en klantervaring worden als één begrip gebruikt.',
  },
  requires: ['uxTerm', 'cxTerm'],
  check({ statement: s }) {
    if (has(s, 'meta') || has(s, 'negation')) return [];
    const terms = [...get(s, 'uxTerm'), ...get(s, 'cxTerm')].sort((a, b) => a.first - b.first);
    const out: RawFinding<'joined'>[] = [];
    for (let i = 0; i + 1 < terms.length; i++) {
      work.ruleSteps++;
      const a = terms[i]!;
      const b = terms[i + 1]!;
      if (a.category === b.category || b.first > a.last + 4) continue;
      const [, aEnd] = matchOffsets(s, a);
      const [bStart, bEnd] = matchOffsets(s, b);
      const gap = s.unit.text.slice(aEnd, bStart).trim().toLowerCase();
      work.ruleSteps += bStart - aEnd;
      if (!JOINERS.has(gap)) continue;
      const [aStart] = matchOffsets(s, a);
      // "user experience (CX)": the finding covers the closing parenthesis too.
      const end = gap.startsWith('(') && s.unit.text.charAt(bEnd) === ')' ? bEnd + 1 : bEnd;
      out.push({
        range: [aStart, end],
        spans: [spanOf(s, 'term', a), spanOf(s, 'term', b)],
        messageId: 'joined',
        args: { term: s.unit.text.slice(aStart, end) },
      });
      i++;
    }
    return out;
  },
  messages: {
    joined: {
      en: '"{term}" uses user experience and customer experience as one. UX is one part of CX: name the one you mean.',
      nl: '"{term}" gebruikt gebruikerservaring en klantervaring als één begrip. UX is een onderdeel van CX: noem het begrip dat u bedoelt.',
    },
  },
  explanation: EXPLANATION,
  fixTexts: {
    'name-ux.title': {
      en: 'Use "UX" (the digital product)',
      nl: 'Gebruik "UX" (het digitale product)',
    },
    'name-cx.title': {
      en: 'Use "CX" (the whole relationship)',
      nl: 'Gebruik "CX" (de hele relatie)',
    },
    'name-both.title': { en: 'Name both: "UX and CX"', nl: 'Noem beide: "UX en CX"' },
    'name-both.text': { en: 'UX and CX', nl: 'UX en CX' },
  },
  fixes: ({ range, edit, text }) => [
    { kind: 'name-ux', title: text('name-ux.title'), edits: [edit(range[0], range[1], 'UX')] },
    { kind: 'name-cx', title: text('name-cx.title'), edits: [edit(range[0], range[1], 'CX')] },
    {
      kind: 'name-both',
      title: text('name-both.title'),
      edits: [edit(range[0], range[1], text('name-both.text'))],
    },
  ],
});
