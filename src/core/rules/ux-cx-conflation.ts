// ux-cx-conflation: UX and CX used as one ("UX/CX team", "user experience (CX)").
import type { RawFinding } from './rule';
import { defineRule, spanOf } from './rule';
import { get, has, matchOffsets } from '../analysis';
import { work } from '../work';

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

export const uxCxConflation = defineRule<'joined'>({
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
