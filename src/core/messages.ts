// Messages in both languages: the rules' finding messages (each rule keeps its own, see
// rules/rule.ts), and, from the catalogues (texts/), the fix every finding has and problems with
// a document. Placeholders: {outcome}, {means}, {term}…
import { RULES } from './rules';
import { format, textOr } from './texts';
import type { Lang } from './types';

export { format };

type Catalog = Record<string, Record<Lang, string>>;

/** Every rule's finding messages, by finding messageId (`rule-id/id`), from the registry. */
export const MESSAGES: Catalog = Object.fromEntries(
  RULES.flatMap((rule) =>
    Object.entries(rule.messages as Catalog).map(([id, texts]) => [`${rule.id}/${id}`, texts]),
  ),
);

/** The localised message for a finding's message id (`rule-id/id`). */
export function message(id: string, lang: Lang, args: Record<string, string>): string {
  const entry = MESSAGES[id];
  return entry ? format(entry[lang], args) : id;
}

/** A text of the fix every finding has (`disable-line.title`, `disable-line.reason`). */
export function fixText(id: string, lang: Lang, args: Record<string, string> = {}): string {
  return textOr(lang, 'fix', id, args);
}

/** A problem with a document, in the document's language. */
export function problemText(id: string, lang: Lang, args: Record<string, string> = {}): string {
  return textOr(lang, 'problem', id, args);
}
