// The explainer page's words, in English and Dutch: UI strings (by VS Code's display language)
// and each rule's explanation (in the finding's own language). Plain data, no DOM.
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
      'rule.ux-for-cx-outcome': 'UX work expected to deliver a CX outcome',
      'rule.ux-cx-conflation': 'UX and CX used as one term',
      'rule.digital-only-journey': 'A journey goal that sees only screens',
      'rule.unmeasurable-ux-quality': 'A UX quality with no way to test it',
      'looksFor.ux-for-cx-outcome':
        'UX work expected to deliver loyalty, trust, brand preference or NPS: ' +
        '“the new app will make customers loyal”.',
      'looksFor.ux-cx-conflation':
        'UX and CX used as one term: “UX/CX team”, “user experience (CX)”.',
      'looksFor.digital-only-journey':
        'Journey goals that name only the app, website or e-mail, with no letter, phone or counter.',
      'looksFor.unmeasurable-ux-quality':
        '“User-friendly”, “intuitive” or “seamless” without a measurable criterion.',
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
      'rule.ux-for-cx-outcome': 'CX-resultaat verwacht van UX-werk',
      'rule.ux-cx-conflation': 'UX en CX gebruikt als één begrip',
      'rule.digital-only-journey': 'Een klantreisdoel dat alleen schermen ziet',
      'rule.unmeasurable-ux-quality': 'Een UX-kwaliteit die je niet kunt toetsen',
      'looksFor.ux-for-cx-outcome':
        'UX-werk dat loyaliteit, vertrouwen, merkvoorkeur of NPS moet opleveren: ' +
        '“de nieuwe app zorgt voor meer vertrouwen in de gemeente”.',
      'looksFor.ux-cx-conflation':
        'UX en CX als één begrip: “UX/CX-team”, “gebruikerservaring (CX)”.',
      'looksFor.digital-only-journey':
        'Klantreisdoelen met alleen app, website of e-mail, zonder brief, telefoon of balie.',
      'looksFor.unmeasurable-ux-quality':
        '“Gebruiksvriendelijk”, “intuïtief” of “naadloos” zonder meetbaar criterium.',
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

  const WALTERS = {
    text: 'A great user experience won’t save a broken customer experience.',
    by: 'Jeannie Walters',
    lang: 'en',
  };

  /**
   * Each rule's explanation per language: a lead, three points (title, text), an optional quote,
   * and what to do instead. Condensed from docs/rules/*.md; `{term}`, `{outcome}`, `{means}` and
   * `{journey}` are filled from the finding's message arguments.
   */
  const EXPLAIN = {
    en: {
      'ux-for-cx-outcome': {
        lead: 'UX is one part of CX, not a lever for the whole. Hanging “{outcome}” on UX work causes three problems.',
        points: [
          [
            'Wrong problem.',
            'Trust and loyalty grow from the whole relationship: the bill that is right, the letter that is clear, the phone that is answered. Polishing an interface leaves needs that are broader, relational and emotional untouched. Solve the right problem before solving it right.',
          ],
          [
            'Wrong owner.',
            'A UX designer can move task success, time on task and drop-off. Loyalty also depends on phone service, letters, billing and brand. Judging the UX team on it frustrates them and their colleagues, and leaves open who really owns it.',
          ],
          [
            'Blind spots.',
            'The letter that announces the process, the phone call, the visit to the counter, the moment an online application asks for documents by post (the hand-off): none of it is on a UX backlog, yet it decides how people feel about the organisation. Citizens usually cannot choose another government service, so the whole chain has to work.',
          ],
        ],
        quote: WALTERS,
        todo: [
          'Split the statement in two.',
          'Keep the UX goal and give it a UX measure the team can move: task success, time on task, drop-off, SUS score.',
          'State the CX goal separately: name the other touchpoints that shape it (letters, phone, counter, hand-offs) and give it an owner beyond the UX team, such as the service manager.',
        ],
      },
      'ux-cx-conflation': {
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
      'digital-only-journey': {
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
      'unmeasurable-ux-quality': {
        lead: '“{term}” is a vague term (INCOSE writing rule R7): every reader fills in their own meaning.',
        points: [
          [
            'Not verifiable.',
            'Nobody can show that the requirement is met, so everybody can claim it was. “Intuitive” means one thing to the designer who built the flow and another to a first-time user.',
          ],
          [
            'A hidden CX promise.',
            '“A seamless experience” quietly promises a feeling about the whole organisation that no screen can deliver. A measured UX quality keeps the goal where the UX team can move it.',
          ],
          [
            'Everyone included.',
            'When citizens cannot go elsewhere, “user-friendly” has to hold for people with low digital skills too; only a test with them shows whether it does.',
          ],
        ],
        todo: [
          'Replace or complete “{term}” with a measurable criterion: task success (for example ≥ 90 % in a usability test with at least 5 users), time on task, error rate or a SUS score.',
          'If the hope is about the whole experience, state that as a separate CX goal with its own owner and measure.',
        ],
      },
    },
    nl: {
      'ux-for-cx-outcome': {
        lead: 'UX is een onderdeel van CX, geen hefboom voor het geheel. Wie “{outcome}” ophangt aan UX-werk, krijgt drie problemen.',
        points: [
          [
            'Het verkeerde probleem.',
            'Vertrouwen en loyaliteit groeien uit de hele relatie: de aanslag die klopt, de brief die duidelijk is, de telefoon die wordt opgenomen. Een interface oppoetsen laat behoeften die breder, relationeler en emotioneler zijn liggen. Eerst het juiste probleem kiezen, dan pas het probleem goed oplossen.',
          ],
          [
            'De verkeerde eigenaar.',
            'Een UX-designer kan taaksucces, tijd per taak en uitval beïnvloeden. Loyaliteit hangt ook af van de telefoon, brieven, facturen en het merk. Wie het UX-team daarop afrekent, frustreert hen en hun collega’s, en laat open wie wél eigenaar is.',
          ],
          [
            'Blinde vlekken.',
            'De brief waarmee het begint, het telefoontje, het bezoek aan de balie, het moment waarop een online aanvraag om documenten per post vraagt (de overdracht): niets daarvan staat op een UX-backlog, en toch bepaalt het hoe mensen over de organisatie denken. Inwoners kunnen meestal niet naar een andere overheidsdienst, dus de hele keten moet kloppen.',
          ],
        ],
        quote: WALTERS,
        todo: [
          'Splits de uitspraak in tweeën.',
          'Houd het UX-doel en geef het een UX-maat waar het team invloed op heeft: taaksucces, tijd per taak, uitval, SUS-score.',
          'Formuleer het CX-doel apart: noem de andere contactmomenten die het bepalen (brieven, telefoon, balie, overdrachten) en beleg het bij een eigenaar buiten het UX-team, zoals de dienstverantwoordelijke.',
        ],
      },
      'ux-cx-conflation': {
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
      'digital-only-journey': {
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
      'unmeasurable-ux-quality': {
        lead: '“{term}” is een vage term (INCOSE-schrijfregel R7): elke lezer vult zijn eigen betekenis in.',
        points: [
          [
            'Niet toetsbaar.',
            'Niemand kan laten zien dat aan de eis is voldaan, dus iedereen kan zeggen dat het zo is. “Intuïtief” betekent iets anders voor de ontwerper dan voor een inwoner die het scherm voor het eerst ziet.',
          ],
          [
            'Een verstopte CX-belofte.',
            '“Naadloze dienstverlening” belooft stilletjes een gevoel over de hele organisatie, en dat kan geen scherm waarmaken. Een gemeten UX-kwaliteit houdt het doel waar het UX-team invloed heeft.',
          ],
          [
            'Voor iedereen.',
            'Inwoners kunnen niet naar een andere aanbieder, dus “gebruiksvriendelijk” moet ook gelden voor iemand met weinig digitale vaardigheden; alleen een test met die mensen laat zien of dat zo is.',
          ],
        ],
        todo: [
          'Vervang of vul “{term}” aan met een meetbaar criterium: taaksucces (bijvoorbeeld ≥ 90 % in een gebruikerstest met minstens 5 deelnemers), tijd per taak, foutpercentage of een SUS-score.',
          'Gaat de wens over de hele ervaring, formuleer die dan als apart CX-doel met een eigen eigenaar en maat.',
        ],
      },
    },
  };

  return Object.freeze({ UI, EXPLAIN });
});
