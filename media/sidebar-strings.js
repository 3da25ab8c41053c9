// The explainer page's own words, in English and Dutch (by VS Code's display language). Each rule's
// name and explanation come from its module, in media/sidebar-rules.js. Plain data, no DOM.
// Loaded by the page before sidebar.js (sets globalThis.uxcxSidebarStrings); `require`able in tests.
(function (root, factory) {
  'use strict';
  const api = factory();
  if (typeof module === 'object' && module && module.exports) module.exports = api;
  else /** @type {any} */ (root).uxcxSidebarStrings = api;
})(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  /** Page strings. `{name}` placeholders are filled by uxcxSidebarModel.format (as text, never HTML). */
  const UI = {
    en: {
      findingsIn: 'Findings in {file}',
      countOne: '1 finding',
      countMany: '{n} findings',
      groupCount: '{n} in this group',
      line: 'Line {n}',
      listHelp:
        'Enter or click: show the finding in the editor and explain it. Space: explain only. ' +
        'Arrow keys, Home and End move through the list.',
      noEditorTitle: 'No document open',
      noEditorBody:
        'Open a Markdown requirements document (.md). uxcx-lint reads requirements, goals, KPIs ' +
        'and user stories in English and Dutch.',
      notMarkdownTitle: 'Not a Markdown document',
      notMarkdownBody: 'uxcx-lint only checks Markdown (.md) documents; {file} is not one.',
      emptyTitle: 'No findings in {file}',
      emptyBody:
        'Nothing here expects customer-experience results from user-experience work. ' +
        'uxcx-lint looks for:',
      'severity.error': 'Error',
      'severity.warning': 'Warning',
      'severity.info': 'Information',
      'role.uxMeans': 'UX means',
      'role.link': 'link',
      'role.cxOutcome': 'CX outcome',
      'role.uxRole': 'UX role',
      'role.term': 'term',
      'role.context': 'context',
      statement: 'Statement',
      fromPrevious: 'From the previous sentence',
      fromElsewhere: 'Elsewhere in the text',
      why: 'Why this matters',
      whatToDo: 'What to do instead',
      rewrite: 'Rewrite',
      addition: 'Suggested addition',
      replacement: 'Suggested replacement',
      quickFix: 'Available as a quick fix in the editor: {title}.',
      otherFixes: 'Quick fixes in the editor:',
      showInEditor: 'Show in editor',
      lowConfidence: 'low confidence',
      'confidence.high':
        'Confidence: high. The statement itself links the UX work and the outcome.',
      'confidence.low':
        'Confidence: low. The link is looser: over two sentences, from a heading, or a ' +
        'metaphor. Shown because the sensitivity setting is “thorough”.',
      primer: 'UX vs CX',
      primerAlt:
        'Diagram: UX is a small circle (app, website, portal) inside the larger CX circle, ' +
        'surrounded by letters, phone, counter, e-mail, staff, brand and the hand-offs between them.',
      uxDefinitionTerm: 'UX — user experience',
      uxDefinition:
        'One person’s interaction with a digital product: screens, flows, forms, navigation. ' +
        'Measured by task success, time on task, errors, drop-off, SUS.',
      cxDefinitionTerm: 'CX — customer experience',
      cxDefinition:
        'The whole relationship between a customer or citizen and the organisation, across every ' +
        'touchpoint, online and offline. Measured by loyalty, trust, NPS, retention. ' +
        'Owned by the organisation as a whole.',
      primerNote: 'UX is one part of CX. Good UX helps, but it cannot carry CX on its own.',
      glossary: 'Glossary',
      glossarySearch: 'Search terms and definitions',
      glossaryCount: '{n} of {total} terms',
      glossaryNone: 'No terms match “{query}”.',
      'scope.ux': 'UX',
      'scope.cx': 'CX',
      'scope.both': 'UX and CX',
      source: 'Source: ',
    },
    nl: {
      findingsIn: 'Meldingen in {file}',
      countOne: '1 melding',
      countMany: '{n} meldingen',
      groupCount: '{n} in deze groep',
      line: 'Regel {n}',
      listHelp:
        'Enter of klik: toon de melding in de editor en leg haar uit. Spatie: alleen uitleg. ' +
        'Met de pijltoetsen, Home en End loop je door de lijst.',
      noEditorTitle: 'Geen document geopend',
      noEditorBody:
        'Open een Markdown-document met eisen (.md). uxcx-lint leest eisen, doelen, KPI’s en ' +
        'user stories in het Nederlands en het Engels.',
      notMarkdownTitle: 'Geen Markdown-document',
      notMarkdownBody:
        'uxcx-lint controleert alleen Markdown-documenten (.md); {file} is dat niet.',
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
        'Zekerheid: laag. Het verband is losser: over twee zinnen, vanuit een kop, of ' +
        'beeldspraak. Getoond omdat de instelling sensitivity op “thorough” staat.',
      primer: 'UX versus CX',
      primerAlt:
        'Schema: UX is een kleine cirkel (app, website, portaal) binnen de grotere CX-cirkel, ' +
        'met daaromheen brieven, telefoon, balie, e-mail, medewerkers, merk en de overdrachten ' +
        'daartussen.',
      uxDefinitionTerm: 'UX — gebruikerservaring',
      uxDefinition:
        'De interactie van één persoon met een digitaal product: schermen, klikpaden, formulieren, ' +
        'navigatie. Meetbaar met taaksucces, tijd per taak, fouten, uitval, SUS.',
      cxDefinitionTerm: 'CX — klantervaring, klantbeleving',
      cxDefinition:
        'De hele relatie tussen een klant of inwoner en de organisatie, over alle contactmomenten, ' +
        'online en offline. Meetbaar met loyaliteit, vertrouwen, NPS, klantbehoud. ' +
        'Eigenaar is de organisatie als geheel.',
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
  };

  return Object.freeze({ UI });
});
