// De Nederlandse catalogus: dezelfde sleutels als en.ts (de type-checker eist dat), dezelfde
// placeholders (test/unit/texts.test.ts).
import type { Catalogue } from './en';

export const NL: Catalogue = {
  fix: {
    'disable-line.title': '{rule} uitschakelen voor deze regel',
    'disable-line.reason': 'reden',
  },
  problem: {
    binary: 'Het bestand lijkt binair (het bevat NUL-tekens); het is niet gecontroleerd.',
    'too-large':
      'Het document is groter dan de limiet ({bytes} bytes > maxFileSize {limit}); het is niet gecontroleerd.',
    'unreadable.document.overflow':
      'Het document is te diep genest om te lezen (stack overflow in de parser); het is niet gecontroleerd.',
    'unreadable.document.nesting':
      'Het document is te diep genest om te lezen (een regel opent meer dan {max} citaten en lijstitems); het is niet gecontroleerd.',
    'unreadable.lines.overflow':
      'Regels {from}–{to} zijn te diep genest om te lezen (stack overflow in de parser); ze zijn niet gecontroleerd.',
    'unreadable.lines.nesting':
      'Regels {from}–{to} zijn te diep genest om te lezen (een regel opent meer dan {max} citaten en lijstitems); ze zijn niet gecontroleerd.',
    'unreadable.line.overflow':
      'Regel {from} is te diep genest om te lezen (stack overflow in de parser); die is niet gecontroleerd.',
    'unreadable.document.budget':
      'Het document is te complex om op tijd te lezen (de parser zou te lang over de opmaak doen); het is niet gecontroleerd.',
    'unreadable.lines.budget':
      'Regels {from}–{to} zijn te complex om op tijd te lezen (de parser zou te lang over de opmaak doen); ze zijn niet gecontroleerd.',
    'unreadable.line.budget':
      'Regel {from} is te complex om op tijd te lezen (de parser zou te lang over de opmaak doen); die is niet gecontroleerd.',
    'unreadable.line.nesting':
      'Regel {from} is te diep genest om te lezen (die opent meer dan {max} citaten en lijstitems); die is niet gecontroleerd.',
  },
  label: {
    scope: 'Reikwijdte',
    source: 'Bron',
    'scope.ux': 'UX — gebruikerservaring',
    'scope.cx': 'CX — klantervaring',
    'scope.both': 'UX en CX',
    'role.uxMeans': 'UX-middel',
    'role.uxRole': 'UX-rol',
    'role.link': 'verwacht verband',
    'role.cxOutcome': 'CX-uitkomst',
    'role.term': 'term',
    'role.context': 'context',
    explain: 'Uitleg in de zijbalk',
    fixes: 'Snelle oplossingen',
    'confidence.high': 'zekerheid: hoog',
    'confidence.low':
      'zekerheid: laag (een losser verband: over twee zinnen, vanuit een kop, beeldspraak, een verwijzing zoals “hij” of “een goede”, of een “sinds …” dat alleen een tijd kan zijn)',
  },
  report: {
    title: 'uxcx-lint: rapport van bevindingen',
    scope: '{documents} document(en) gelezen, {findings} bevinding(en).',
    summary: 'Samenvatting',
    none: 'Geen bevindingen: niets hier verwacht klantervaringsresultaten van UX-werk.',
    perRule: 'Bevindingen per regel',
    perDocument: 'Bevindingen per document',
    chartTitle: 'Bevindingen per regel',
    rule: 'Regel',
    count: 'Bevindingen',
    document: 'Document',
    total: 'Totaal',
    findings: 'Bevindingen',
    line: 'Regel',
    confidenceHigh: 'zekerheid: hoog',
    confidenceLow: 'zekerheid: laag',
    footer:
      'Gemaakt met {generator}. Elke bevinding is een vraag aan het team, geen oordeel: de regelpagina’s leggen de redenering uit.',
  },
  page: {
    findingsIn: 'Meldingen in {file}',
    countOne: '1 melding',
    countMany: '{n} meldingen',
    groupCount: '{n} in deze groep',
    line: 'Regel {n}',
    listHelp:
      'Enter of klik: toon de melding in de editor en leg haar uit. Spatie: alleen uitleg. Met de pijltoetsen, Home en End loop je door de lijst.',
    noEditorTitle: 'Geen document geopend',
    noEditorBody:
      'Open een Markdown-document met eisen (.md). uxcx-lint leest eisen, doelen, KPI’s en user stories in het Nederlands en het Engels.',
    notMarkdownTitle: 'Geen Markdown-document',
    notMarkdownBody: 'uxcx-lint controleert alleen Markdown-documenten (.md); {file} is dat niet.',
    emptyTitle: 'Geen meldingen in {file}',
    emptyBody:
      'Niets in dit document verwacht klantbeleving-resultaten van UX-werk. uxcx-lint zoekt naar:',
    'severity.error': 'Fout',
    'severity.warning': 'Waarschuwing',
    'severity.info': 'Informatie',
    'role.uxMeans': 'UX-middel',
    'role.link': 'verband',
    'role.cxOutcome': 'CX-resultaat',
    'role.uxRole': 'UX-rol',
    'role.term': 'term',
    'role.context': 'context',
    statement: 'Uitspraak',
    fromPrevious: 'Uit de vorige zin',
    fromElsewhere: 'Elders in de tekst',
    why: 'Waarom dit ertoe doet',
    whatToDo: 'Wat je beter kunt doen',
    rewrite: 'Herschreven',
    addition: 'Voorgestelde toevoeging',
    replacement: 'Voorgestelde vervanging',
    quickFix: 'Beschikbaar als snelle oplossing in de editor: {title}.',
    otherFixes: 'Snelle oplossingen in de editor:',
    showInEditor: 'Toon in editor',
    lowConfidence: 'lage zekerheid',
    'confidence.high': 'Zekerheid: hoog. De uitspraak zelf verbindt het UX-werk met de uitkomst.',
    'confidence.low':
      'Zekerheid: laag. Het verband is losser: over twee zinnen, vanuit een kop, beeldspraak, een verwijzing (“hij”, “een goede”), of een “sinds …” dat alleen een tijd kan zijn. Getoond omdat de instelling sensitivity op “thorough” staat.',
    primer: 'UX versus CX',
    primerAlt:
      'Schema: UX is een kleine cirkel (app, website, portaal) binnen de grotere CX-cirkel, met daaromheen brieven, telefoon, balie, e-mail, medewerkers, merk en de overdrachten daartussen.',
    uxDefinitionTerm: 'UX — gebruikerservaring',
    uxDefinition:
      'De interactie van één persoon met een digitaal product: schermen, klikpaden, formulieren, navigatie. Meetbaar met taaksucces, tijd per taak, fouten, uitval, SUS.',
    cxDefinitionTerm: 'CX — klantervaring, klantbeleving',
    cxDefinition:
      'De hele relatie tussen een klant of inwoner en de organisatie, over alle contactmomenten, online en offline. Meetbaar met loyaliteit, vertrouwen, NPS, klantbehoud. Eigenaar is de organisatie als geheel.',
    primerNote: 'UX is een onderdeel van CX. Goede UX helpt, maar kan CX niet alleen dragen.',
    glossary: 'Begrippenlijst',
    glossarySearch: 'Zoek in begrippen en definities',
    glossaryCount: '{n} van {total} begrippen',
    glossaryNone: 'Geen begrippen gevonden voor “{query}”.',
    'scope.ux': 'UX',
    'scope.cx': 'CX',
    'scope.both': 'UX en CX',
    source: 'Bron: ',
  },
  ui: {
    'status.notLinted': 'uxcx-lint heeft dit document nog niet gecontroleerd.',
    'status.one': 'uxcx-lint: 1 bevinding in dit document.',
    'status.many': 'uxcx-lint: {n} bevindingen in dit document.',
    'status.click': 'Klik om de UX/CX-uitleg te openen.',
    'action.explain': '{rule} uitleggen in de zijbalk',
    'timeout.document':
      'uxcx-lint is gestopt met het controleren van dit document: het duurde langer dan {seconds} s. Na de volgende bewerking wordt het opnieuw gecontroleerd.',
    'timeout.notice':
      'uxcx-lint is gestopt met het controleren van {file}: het duurde langer dan {seconds} s. De editor werd niet geblokkeerd; na de volgende bewerking wordt het document opnieuw gecontroleerd.',
    'workspace.progress': 'uxcx-lint: Markdown-bestanden controleren',
    'report.thisDocument': 'Dit document',
    'report.workspace': 'Alle Markdown-bestanden in de werkruimte',
    'report.title': 'Rapport van bevindingen exporteren',
    'report.which': 'Welke bevindingen moet het rapport bevatten?',
    'report.export': 'Exporteren',
    'report.noDocument': 'uxcx-lint: er is geen Markdown-document om over te rapporteren.',
    'report.open': 'Openen',
    'report.written': 'uxcx-lint: rapport met {n} bevinding(en) geschreven.',
  },
};
