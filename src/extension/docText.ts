// Labels that sit beside document text (hovers, related information): they are written in the
// document's language, like the engine's messages, not in VS Code's display language. The texts
// are the catalogues' `label` section (src/core/texts).
import type { GlossaryScope, Lang, SpanRole } from '../core';
import { text, type Catalogue } from '../core/texts';

/** A label in the document's language. */
export function docText(id: keyof Catalogue['label'], lang: Lang): string {
  return text(lang, 'label', id);
}

/** The label of a span's role. */
export function roleLabel(role: SpanRole, lang: Lang): string {
  return docText(`role.${role}`, lang);
}

/** The label of a glossary scope. */
export function scopeLabel(scope: GlossaryScope, lang: Lang): string {
  return docText(`scope.${scope}`, lang);
}
