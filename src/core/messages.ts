// Messages in both languages: the rules' finding messages (each rule keeps its own, see
// rules/rule.ts), the fix every finding has, and problems with a document. Placeholders: {outcome},
// {means}, {term}…
import { RULES } from './rules';
import type { Lang } from './types';

type Catalog = Record<string, Record<Lang, string>>;

/** Every rule's finding messages, by finding messageId (`rule-id/id`), from the registry. */
export const MESSAGES: Catalog = Object.fromEntries(
  RULES.flatMap((rule) =>
    Object.entries(rule.messages as Catalog).map(([id, texts]) => [`${rule.id}/${id}`, texts]),
  ),
);

/** Texts of the fix every finding has (a rule's own fix texts are in its module). */
export const FIX_TEXTS: Catalog = {
  'disable-line.title': {
    en: 'Disable {rule} for this line',
    nl: '{rule} uitschakelen voor deze regel',
  },
  'disable-line.reason': { en: 'reason', nl: 'reden' },
};

/** Problems with a document, reported beside its findings (in the document's language). */
export const PROBLEM_TEXTS: Catalog = {
  'too-large': {
    en: 'The document is larger than the limit ({bytes} bytes > maxFileSize {limit}); it was not linted.',
    nl: 'Het document is groter dan de limiet ({bytes} bytes > maxFileSize {limit}); het is niet gecontroleerd.',
  },
  'unreadable.document.overflow': {
    en: 'The document is nested too deeply to read (parser stack overflow); it was not linted.',
    nl: 'Het document is te diep genest om te lezen (stack overflow in de parser); het is niet gecontroleerd.',
  },
  'unreadable.document.nesting': {
    en: 'The document is nested too deeply to read (a line opens more than {max} block quotes and list items); it was not linted.',
    nl: 'Het document is te diep genest om te lezen (een regel opent meer dan {max} citaten en lijstitems); het is niet gecontroleerd.',
  },
  'unreadable.lines.overflow': {
    en: 'Lines {from}–{to} are nested too deeply to read (parser stack overflow); they were not linted.',
    nl: 'Regels {from}–{to} zijn te diep genest om te lezen (stack overflow in de parser); ze zijn niet gecontroleerd.',
  },
  'unreadable.lines.nesting': {
    en: 'Lines {from}–{to} are nested too deeply to read (a line opens more than {max} block quotes and list items); they were not linted.',
    nl: 'Regels {from}–{to} zijn te diep genest om te lezen (een regel opent meer dan {max} citaten en lijstitems); ze zijn niet gecontroleerd.',
  },
  'unreadable.line.overflow': {
    en: 'Line {from} is nested too deeply to read (parser stack overflow); it was not linted.',
    nl: 'Regel {from} is te diep genest om te lezen (stack overflow in de parser); die is niet gecontroleerd.',
  },
  'unreadable.document.budget': {
    en: 'The document is too complex to read in time (its markup would take the parser too long); it was not linted.',
    nl: 'Het document is te complex om op tijd te lezen (de parser zou te lang over de opmaak doen); het is niet gecontroleerd.',
  },
  'unreadable.lines.budget': {
    en: 'Lines {from}–{to} are too complex to read in time (their markup would take the parser too long); they were not linted.',
    nl: 'Regels {from}–{to} zijn te complex om op tijd te lezen (de parser zou te lang over de opmaak doen); ze zijn niet gecontroleerd.',
  },
  'unreadable.line.budget': {
    en: 'Line {from} is too complex to read in time (its markup would take the parser too long); it was not linted.',
    nl: 'Regel {from} is te complex om op tijd te lezen (de parser zou te lang over de opmaak doen); die is niet gecontroleerd.',
  },
  'unreadable.line.nesting': {
    en: 'Line {from} is nested too deeply to read (it opens more than {max} block quotes and list items); it was not linted.',
    nl: 'Regel {from} is te diep genest om te lezen (die opent meer dan {max} citaten en lijstitems); die is niet gecontroleerd.',
  },
};

/** Fill `{name}` placeholders; `{Name}` fills with the first letter capitalised. */
export function format(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const value = args[lower];
    if (value === undefined) return whole;
    return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

/** The localised message for a finding's message id (`rule-id/id`). */
export function message(id: string, lang: Lang, args: Record<string, string>): string {
  const entry = MESSAGES[id];
  return entry ? format(entry[lang], args) : id;
}

/** A localised fix text. */
export function fixText(id: string, lang: Lang, args: Record<string, string> = {}): string {
  const entry = FIX_TEXTS[id];
  return entry ? format(entry[lang], args) : id;
}

/** A localised problem text. */
export function problemText(id: string, lang: Lang, args: Record<string, string> = {}): string {
  const entry = PROBLEM_TEXTS[id];
  return entry ? format(entry[lang], args) : id;
}
