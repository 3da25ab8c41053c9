// Labels that sit beside document text (hovers, related information): they are written in the
// document's language, like the engine's messages, not in VS Code's display language.
import type { GlossaryScope, Lang, SpanRole } from '../core';

const TEXTS = {
  scope: { en: 'Scope', nl: 'Reikwijdte' },
  source: { en: 'Source', nl: 'Bron' },
  'scope.ux': { en: 'UX — user experience', nl: 'UX — gebruikerservaring' },
  'scope.cx': { en: 'CX — customer experience', nl: 'CX — klantervaring' },
  'scope.both': { en: 'UX and CX', nl: 'UX en CX' },
  'role.uxMeans': { en: 'UX means', nl: 'UX-middel' },
  'role.uxRole': { en: 'UX role', nl: 'UX-rol' },
  'role.link': { en: 'expected to lead to', nl: 'verwacht verband' },
  'role.cxOutcome': { en: 'CX outcome', nl: 'CX-uitkomst' },
  'role.term': { en: 'term', nl: 'term' },
  'role.context': { en: 'context', nl: 'context' },
  explain: { en: 'Explain in the sidebar', nl: 'Uitleg in de zijbalk' },
  fixes: { en: 'Quick fixes', nl: 'Snelle oplossingen' },
  'confidence.high': { en: 'confidence: high', nl: 'zekerheid: hoog' },
  'confidence.low': {
    en: 'confidence: low (a looser link: over two sentences, from a heading, or a metaphor)',
    nl: 'zekerheid: laag (een losser verband: over twee zinnen, vanuit een kop, of beeldspraak)',
  },
} satisfies Record<string, Record<Lang, string>>;

/** A label in the document's language. */
export function docText(id: keyof typeof TEXTS, lang: Lang): string {
  return TEXTS[id][lang];
}

/** The label of a span's role. */
export function roleLabel(role: SpanRole, lang: Lang): string {
  return docText(`role.${role}`, lang);
}

/** The label of a glossary scope. */
export function scopeLabel(scope: GlossaryScope, lang: Lang): string {
  return docText(`scope.${scope}`, lang);
}
