// Finding messages and fix texts in both languages. Placeholders: {outcome}, {means}, {term}…
import type { Lang } from './types';

type Catalog = Record<string, Record<Lang, string>>;

export const MESSAGES: Catalog = {
  'ux-for-cx-outcome/causal': {
    en: '"{outcome}" is a customer-experience outcome; "{means}" is user-experience work and cannot carry it alone. State a UX measure for the UX work and give the CX outcome its own goal and owner.',
    nl: '"{outcome}" is een klantervaringsuitkomst; "{means}" is UX-werk en kan die niet alleen dragen. Geef het UX-werk een UX-maat en het CX-doel een eigen doel en eigenaar.',
  },
  'ux-for-cx-outcome/kpi': {
    en: 'A KPI of "{outcome}" is set for UX work ("{means}"). "{outcome}" depends on the whole customer journey; measure the UX work with a UX measure (task success, time on task).',
    nl: 'Een KPI "{outcome}" wordt gesteld voor UX-werk ("{means}"). "{outcome}" hangt af van de hele klantreis; meet het UX-werk met een UX-maat (taaksucces, tijd per taak).',
  },
  'ux-for-cx-outcome/ownership': {
    en: '"{means}" is made accountable for "{outcome}", a customer-experience outcome that depends on letters, phone, service and brand too. Give it an owner across the organisation.',
    nl: '"{means}" wordt aanspreekbaar gemaakt op "{outcome}", een klantervaringsuitkomst die ook afhangt van brieven, telefoon, dienstverlening en merk. Beleg die bij een eigenaar over de organisatie heen.',
  },
  'ux-for-cx-outcome/two-sentence': {
    en: '"{outcome}" is expected from the UX work in the previous sentence ("{means}"). A customer-experience outcome needs more than a digital product: name the other touchpoints and an owner.',
    nl: '"{outcome}" wordt verwacht van het UX-werk in de vorige zin ("{means}"). Een klantervaringsuitkomst vraagt meer dan een digitaal product: noem de andere contactmomenten en een eigenaar.',
  },
  'ux-cx-conflation/joined': {
    en: '"{term}" uses user experience and customer experience as one. UX is one part of CX: name the one you mean.',
    nl: '"{term}" gebruikt gebruikerservaring en klantervaring als één begrip. UX is een onderdeel van CX: noem het begrip dat u bedoelt.',
  },
  'digital-only-journey/digital-only': {
    en: 'The goal for "{journey}" names only digital touchpoints ({touchpoints}). Letters, phone, the counter and hand-offs are part of the journey too.',
    nl: 'Het doel voor "{journey}" noemt alleen digitale contactmomenten ({touchpoints}). Brieven, telefoon, de balie en overdrachten horen ook bij de klantreis.',
  },
  'unmeasurable-ux-quality/vague': {
    en: '"{term}" cannot be verified as written. Add a measurable criterion (task success, time on task, SUS score).',
    nl: '"{term}" is zo niet toetsbaar. Voeg een meetbaar criterium toe (taaksucces, tijd per taak, SUS-score).',
  },
};

export const FIX_TEXTS: Catalog = {
  'split-goal.title': {
    en: 'Split into a UX goal with a UX measure and a separately owned CX goal',
    nl: 'Splits in een UX-doel met UX-maat en een apart belegd CX-doel',
  },
  'split-goal.text': {
    en: 'The {means} shall reach a task success rate of at least 90 % and a median completion time under 4 minutes in usability tests. Separate CX goal: {outcome}, owned by [service owner], measured across letters, phone, counter and the digital channels.',
    nl: '{Means}: taaksucces van minimaal 90 % en een mediane doorlooptijd onder 4 minuten in gebruikerstests. Apart CX-doel: {outcome}, eigenaar [dienstverantwoordelijke], gemeten over brieven, telefoon, balie en digitale kanalen.',
  },
  'split-goal.text.ownership': {
    en: 'The {means} owns UX measures of the product: task success of at least 90 % and a median completion time under 4 minutes in usability tests. Separate CX goal: {outcome}, owned by [service owner], measured across letters, phone, counter and the digital channels.',
    nl: '{Means} is eigenaar van UX-maten van het product: taaksucces van minimaal 90 % en een mediane doorlooptijd onder 4 minuten in gebruikerstests. Apart CX-doel: {outcome}, eigenaar [dienstverantwoordelijke], gemeten over brieven, telefoon, balie en digitale kanalen.',
  },
  'add-cx-note.title': { en: 'Add a CX note', nl: 'Voeg een CX-notitie toe' },
  'add-cx-note.text': {
    en: '> **CX note:** {outcome} depends on the whole customer journey (letters, phone, counter, hand-offs), not on this product alone. Owner: [service owner]; measured across channels.',
    nl: '> **CX-notitie:** {outcome} hangt af van de hele klantreis (brieven, telefoon, balie, overdrachten), niet van dit product alleen. Eigenaar: [dienstverantwoordelijke]; gemeten over alle kanalen.',
  },
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
  'add-touchpoints.title': {
    en: 'Add the offline touchpoints to the scope',
    nl: 'Neem de niet-digitale contactmomenten op in de reikwijdte',
  },
  'add-touchpoints.text': {
    en: ', letters, phone, the counter and hand-offs between channels',
    nl: ', brieven, telefoon, de balie en overdrachten tussen kanalen',
  },
  'add-measure.title': { en: 'Add a measurable criterion', nl: 'Voeg een meetbaar criterium toe' },
  'add-measure.text': {
    en: ' (measured: task success of at least 90 % in usability tests with at least 5 users)',
    nl: ' (meetbaar: taaksucces van minimaal 90 % in gebruikerstests met minimaal 5 deelnemers)',
  },
  'disable-line.title': {
    en: 'Disable {rule} for this line',
    nl: '{rule} uitschakelen voor deze regel',
  },
  'disable-line.reason': { en: 'reason', nl: 'reden' },
};

/** Problems with a document, reported beside its findings (in the document's language). */
export const PROBLEM_TEXTS: Catalog = {
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

/** The localised message for a message id. */
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
