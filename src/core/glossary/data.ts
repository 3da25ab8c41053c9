// The field's glossary: UX and CX terms a reader can hover for a definition, in English and Dutch.
import type { GlossaryEntry } from './types';

const ISO_9241_210 = {
  title: 'ISO 9241-210:2019, Human-centred design for interactive systems',
  url: 'https://www.iso.org/standard/77520.html',
};
const ISO_9241_11 = {
  title: 'ISO 9241-11:2018, Usability: definitions and concepts',
  url: 'https://www.iso.org/standard/63500.html',
};
const NNG_UX_VS_CX = {
  title: "Nielsen Norman Group, 'User Experience vs. Customer Experience: What's the Difference?'",
  url: 'https://www.nngroup.com/articles/ux-vs-cx/',
};
const NNG_CHANNELS = {
  title: "Nielsen Norman Group, 'Channels, Devices, and Touchpoints'",
  url: 'https://www.nngroup.com/articles/channels-devices-touchpoints/',
};
const SPOOL_UX_OUTCOMES = {
  title: "Jared M. Spool, 'Why UX Outcomes Make Better Goals Than Business Outcomes' (2020)",
  url:
    'https://medium.com/creating-a-ux-strategy-playbook/' +
    'why-ux-outcomes-make-better-goals-than-business-outcomes-3bacaae23510',
};
const FORRESTER_CX_INDEX = {
  title: 'Forrester, CX Index methodology',
  url: 'https://www.forrester.com/policies/cx-index/',
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'user-experience',
    scope: 'ux',
    terms: {
      en: ['ux', 'user experience', 'user experiences', 'user-experience'],
      nl: [
        'gebruikerservaring',
        'gebruikerservaringen',
        'gebruikservaring',
        'ux',
        'user experience',
      ],
    },
    definition: {
      en:
        "A person's perceptions and responses that result from using, or expecting to use, a " +
        'product, system or service; in practice, the quality of the interaction with one ' +
        'digital product such as an app, website or portal.',
      nl:
        'De waarnemingen en reacties van iemand die een product, systeem of dienst gebruikt of ' +
        'verwacht te gebruiken; in de praktijk de kwaliteit van de interactie met één digitaal ' +
        'product, zoals een app, website of portaal.',
    },
    source: ISO_9241_210,
  },
  {
    id: 'customer-experience',
    scope: 'cx',
    terms: {
      en: ['cx', 'customer experience', 'customer experiences', 'customer-experience'],
      nl: ['cx', 'klantervaring', 'klantervaringen', 'klantbeleving', 'customer experience'],
    },
    definition: {
      en:
        "The whole of a customer's or citizen's experience with an organisation, built up over " +
        'every touchpoint, online and offline, from first contact until long after the service. ' +
        'UX is one part of it.',
      nl:
        'De totale ervaring van een klant of inwoner met een organisatie, opgebouwd over alle ' +
        'contactmomenten, online en offline, van het eerste contact tot ver na de ' +
        'dienstverlening. UX is er één onderdeel van.',
    },
    source: NNG_UX_VS_CX,
  },
  {
    id: 'levels-of-experience',
    scope: 'both',
    terms: {
      en: ['levels of experience', 'interaction level', 'journey level', 'relationship level'],
      nl: ['ervaringsniveaus', 'interactieniveau', 'klantreisniveau', 'relatieniveau'],
    },
    definition: {
      en:
        'Three scales at which an experience can be studied: a single interaction (the UX of one ' +
        'screen or call), a journey towards one goal across channels, and the relationship with ' +
        'the organisation over years.',
      nl:
        'Drie schalen waarop je een ervaring kunt bekijken: één interactie (de UX van een scherm ' +
        'of gesprek), een klantreis naar één doel over kanalen heen, en de relatie met de ' +
        'organisatie over jaren.',
    },
    source: NNG_UX_VS_CX,
  },
  {
    id: 'customer-journey',
    scope: 'cx',
    terms: {
      en: [
        'customer journey',
        'customer journeys',
        'customer-journey',
        'user journey',
        'user journeys',
      ],
      nl: ['klantreis', 'klantreizen', 'customer journey', 'gebruikersreis', 'gebruikersreizen'],
    },
    definition: {
      en:
        'The sequence of steps a person takes, across channels and over time, to reach one goal ' +
        'with an organisation, such as moving house or applying for a permit.',
      nl:
        'De reeks stappen die iemand over kanalen heen en in de tijd zet om één doel bij een ' +
        'organisatie te bereiken, zoals verhuizen of een vergunning aanvragen.',
    },
    source: {
      title: "Nielsen Norman Group, 'Journey Mapping 101'",
      url: 'https://www.nngroup.com/articles/journey-mapping-101/',
    },
  },
  {
    id: 'touchpoint',
    scope: 'cx',
    terms: {
      en: [
        'touchpoint',
        'touchpoints',
        'touch point',
        'touch points',
        'touch-point',
        'touch-points',
      ],
      nl: [
        'contactmoment',
        'contactmomenten',
        'klantcontactmoment',
        'klantcontactmomenten',
        'touchpoint',
        'touchpoints',
      ],
    },
    definition: {
      en:
        'Any moment at which a person meets the organisation: a letter, a phone call, a counter ' +
        'visit, an advert, an e-mail, a screen in the app.',
      nl:
        'Elk moment waarop iemand de organisatie tegenkomt: een brief, een telefoongesprek, een ' +
        'bezoek aan de balie, een advertentie, een e-mail, een scherm in de app.',
    },
    source: NNG_CHANNELS,
  },
  {
    id: 'digital-touchpoint',
    scope: 'both',
    terms: {
      en: [
        'digital touchpoint',
        'digital touchpoints',
        'digital touch point',
        'digital touch points',
        'digital channel',
        'digital channels',
      ],
      nl: [
        'digitaal kanaal',
        'digitale kanalen',
        'digitaal contactmoment',
        'digitale contactmomenten',
        'digitaal touchpoint',
        'digitale touchpoints',
      ],
    },
    definition: {
      en:
        'A touchpoint reached through a screen: website, app, portal, online form, e-mail, chat. ' +
        'It is where UX work happens; a journey usually also runs through non-digital ' +
        'touchpoints.',
      nl:
        'Een contactmoment via een scherm: website, app, portaal, online formulier, e-mail, ' +
        'chat. Daar speelt UX-werk zich af; een klantreis loopt meestal ook via niet-digitale ' +
        'contactmomenten.',
    },
    source: NNG_CHANNELS,
  },
  {
    id: 'omnichannel',
    scope: 'cx',
    terms: {
      en: ['omnichannel', 'omni-channel', 'cross-channel', 'omnichannel experience'],
      nl: ['omnichannel', 'omni-channel', 'kanaaloverstijgend', 'kanaaloverstijgende'],
    },
    definition: {
      en:
        'An approach in which all channels, digital and physical, share context, so that a ' +
        'person can start in one channel and finish in another without starting over.',
      nl:
        'Een aanpak waarin alle kanalen, digitaal en fysiek, dezelfde context delen, zodat ' +
        'iemand in het ene kanaal kan beginnen en in het andere kan afronden zonder opnieuw te ' +
        'beginnen.',
    },
    source: NNG_CHANNELS,
  },
  {
    id: 'hand-off',
    scope: 'cx',
    terms: {
      en: ['hand-off', 'hand-offs', 'handoff', 'handoffs', 'handover', 'handovers', 'hand-over'],
      nl: ['overdracht', 'overdrachten', 'overdrachtsmoment', 'overdrachtsmomenten', 'handoff'],
    },
    definition: {
      en:
        'The point where a journey passes from one channel or team to another, for example when ' +
        'a form filled in online must be followed by papers sent in the post. Journeys often ' +
        'break at hand-offs.',
      nl:
        'Het punt waarop een klantreis van het ene kanaal of team naar het andere gaat, ' +
        'bijvoorbeeld als een online aanvraag om per post opgestuurde documenten vraagt. Daar ' +
        'gaat het vaak mis.',
    },
    source: {
      title: "Nielsen Norman Group, 'Seamlessness in the Cross-Channel User Experience'",
      url: 'https://www.nngroup.com/articles/seamless-cross-channel/',
    },
  },
  {
    id: 'journey-map',
    scope: 'cx',
    terms: {
      en: [
        'journey map',
        'journey maps',
        'journey-map',
        'journey mapping',
        'customer journey map',
        'customer journey maps',
        'experience map',
      ],
      nl: ['klantreiskaart', 'klantreiskaarten', 'journey map', 'journeymap', 'klantreisanalyse'],
    },
    definition: {
      en:
        "A visual of one person's journey towards a goal: the steps, the channels used, and what " +
        'the person thinks and feels at each step, built from research, not from assumptions.',
      nl:
        'Een visualisatie van de klantreis van één persoon naar een doel: de stappen, de ' +
        'gebruikte kanalen en wat die persoon per stap denkt en voelt, gebaseerd op onderzoek.',
    },
    source: {
      title: "Nielsen Norman Group, 'Journey Mapping 101'",
      url: 'https://www.nngroup.com/articles/journey-mapping-101/',
    },
  },
  {
    id: 'service-design',
    scope: 'cx',
    terms: {
      en: ['service design', 'service designer', 'service designers'],
      nl: [
        'servicedesign',
        'service design',
        'dienstontwerp',
        'servicedesigner',
        'servicedesigners',
      ],
    },
    definition: {
      en:
        'Designing the people, processes and resources behind a service, front stage and back ' +
        'stage, so that the whole service works for the people who use and deliver it.',
      nl:
        'Het ontwerpen van de mensen, processen en middelen achter een dienst, zowel zichtbaar ' +
        'als achter de schermen, zodat de hele dienst werkt voor wie hem gebruikt en levert.',
    },
    source: {
      title: "Nielsen Norman Group, 'Service Design 101'",
      url: 'https://www.nngroup.com/articles/service-design-101/',
    },
  },
  {
    id: 'service-blueprint',
    scope: 'cx',
    terms: {
      en: ['service blueprint', 'service blueprints', 'service blueprinting'],
      nl: ['service blueprint', 'service blueprints', 'dienstblauwdruk', 'dienstblauwdrukken'],
    },
    definition: {
      en:
        "A diagram that lines up a customer's steps with the staff actions, back-office " +
        'processes and systems that support each step, showing where the service depends on what.',
      nl:
        'Een diagram dat de stappen van de klant naast de handelingen van medewerkers, ' +
        'backofficeprocessen en systemen legt, zodat zichtbaar wordt waar de dienst van afhangt.',
    },
    source: {
      title: "Nielsen Norman Group, 'Service Blueprints: Definition'",
      url: 'https://www.nngroup.com/articles/service-blueprints-definition/',
    },
  },
  {
    id: 'pain-point',
    scope: 'both',
    terms: {
      en: ['pain point', 'pain points', 'pain-point', 'pain-points', 'painpoint', 'painpoints'],
      nl: ['pijnpunt', 'pijnpunten', 'pain point', 'pain points'],
    },
    definition: {
      en:
        'A problem a person runs into: in one interaction (a usability issue), along a journey ' +
        '(a long wait between steps), or in the relationship (feeling unheard).',
      nl:
        'Een probleem waar iemand tegenaan loopt: in één interactie (een ' +
        'bruikbaarheidsprobleem), in de klantreis (lang wachten tussen stappen) of in de relatie ' +
        '(zich niet gehoord voelen).',
    },
    source: {
      title: "Nielsen Norman Group, 'Three Levels of Pain Points in Customer Experience'",
      url: 'https://www.nngroup.com/articles/pain-points/',
    },
  },
  {
    id: 'moment-of-truth',
    scope: 'cx',
    terms: {
      en: ['moment of truth', 'moments of truth'],
      nl: [
        'moment of truth',
        'moments of truth',
        'moment van de waarheid',
        'momenten van de waarheid',
      ],
    },
    definition: {
      en:
        'A short contact in which the customer forms a lasting judgement of the organisation, ' +
        'such as the first phone call after a problem or the letter with a decision.',
      nl:
        'Een kort contact waarin de klant een blijvend oordeel over de organisatie vormt, zoals ' +
        'het eerste telefoontje na een probleem of de brief met een besluit.',
    },
    source: { title: 'Jan Carlzon, Moments of Truth (Ballinger, 1987)' },
  },
  {
    id: 'voice-of-the-customer',
    scope: 'cx',
    terms: {
      en: ['voice of the customer', 'voice-of-the-customer', 'voc'],
      nl: ['stem van de klant', 'klantstem', 'voice of the customer', 'voc'],
    },
    definition: {
      en:
        "A programme that collects customers' own words about their needs and experiences, from " +
        'surveys, complaints, calls and interviews, and feeds them into decisions.',
      nl:
        'Een programma dat wat klanten zelf zeggen over hun behoeften en ervaringen verzamelt, ' +
        'uit enquêtes, klachten, gesprekken en interviews, en dat meeneemt in besluiten.',
    },
    source: {
      title: "Griffin & Hauser, 'The Voice of the Customer', Marketing Science 12(1), 1993",
    },
  },
  {
    id: 'journey-owner',
    scope: 'cx',
    terms: {
      en: ['journey owner', 'journey owners', 'journey manager', 'journey management'],
      nl: ['klantreiseigenaar', 'klantreiseigenaren', 'klantreismanager', 'klantreismanagement'],
    },
    definition: {
      en:
        'The person accountable for one journey across all its channels and teams, and for its ' +
        'CX measures; usually someone in service management, not in the UX team.',
      nl:
        'De persoon die verantwoordelijk is voor één klantreis over alle kanalen en teams heen, ' +
        'en voor de CX-metingen daarvan; meestal iemand uit de dienstverlening, niet uit het ' +
        'UX-team.',
    },
    source: {
      title: 'Stickdorn, Hormess, Lawrence & Schneider, This Is Service Design Doing (2018)',
    },
  },
  {
    id: 'usability',
    scope: 'ux',
    terms: {
      en: ['usability', 'ease of use', 'user-friendliness', 'user friendliness'],
      nl: ['bruikbaarheid', 'gebruiksvriendelijkheid', 'gebruiksgemak', 'usability'],
    },
    definition: {
      en:
        'The extent to which specified users can use a product to reach specified goals with ' +
        'effectiveness, efficiency and satisfaction in a specified context of use.',
      nl:
        'De mate waarin bepaalde gebruikers een product kunnen gebruiken om bepaalde doelen te ' +
        'bereiken, met doeltreffendheid, efficiëntie en tevredenheid, in een bepaalde ' +
        'gebruikscontext.',
    },
    source: ISO_9241_11,
  },
  {
    id: 'usability-test',
    scope: 'ux',
    terms: {
      en: [
        'usability test',
        'usability tests',
        'usability-test',
        'usability testing',
        'user test',
        'user tests',
        'user testing',
      ],
      nl: [
        'gebruikerstest',
        'gebruikerstests',
        'gebruikerstesten',
        'usabilitytest',
        'gebruikersonderzoek',
        'gebruikersonderzoeken',
      ],
    },
    definition: {
      en:
        'A study in which representative users try realistic tasks with a design or product ' +
        'while an observer notes where they succeed, hesitate or fail.',
      nl:
        'Onderzoek waarin representatieve gebruikers realistische taken uitvoeren met een ' +
        'ontwerp of product, terwijl een onderzoeker noteert waar ze slagen, aarzelen of ' +
        'vastlopen.',
    },
    source: {
      title: "Nielsen Norman Group, 'Usability Testing 101'",
      url: 'https://www.nngroup.com/articles/usability-testing-101/',
    },
  },
  {
    id: 'task-success',
    scope: 'ux',
    terms: {
      en: [
        'task success',
        'task success rate',
        'task completion',
        'task completion rate',
        'completion rate',
      ],
      nl: ['taaksucces', 'taakvoltooiing', 'slagingspercentage'],
    },
    definition: {
      en:
        'The share of attempts in which users complete a defined task correctly, a direct ' +
        'measure of effectiveness; for example 18 of 20 participants renewed the permit.',
      nl:
        'Het aandeel pogingen waarin gebruikers een omschreven taak goed afronden, een directe ' +
        'maat voor doeltreffendheid; bijvoorbeeld: 18 van de 20 deelnemers verlengden de ' +
        'vergunning.',
    },
    source: ISO_9241_11,
  },
  {
    id: 'time-on-task',
    scope: 'ux',
    terms: {
      en: ['time on task', 'time-on-task', 'task time', 'task times'],
      nl: ['tijd per taak', 'taaktijd', 'taakduur'],
    },
    definition: {
      en:
        'How long users take to complete a task, usually reported as a median because a few slow ' +
        'attempts skew the mean; a measure of efficiency.',
      nl:
        'Hoe lang gebruikers over een taak doen, meestal als mediaan gerapporteerd omdat enkele ' +
        'trage pogingen het gemiddelde vertekenen; een maat voor efficiëntie.',
    },
    source: ISO_9241_11,
  },
  {
    id: 'error-rate',
    scope: 'ux',
    terms: {
      en: ['error rate', 'error rates', 'user error rate'],
      nl: ['foutpercentage', 'foutpercentages', 'foutratio'],
    },
    definition: {
      en:
        'How often users make a mistake while doing a task, such as choosing the wrong option or ' +
        'entering data the form rejects, per attempt or per task.',
      nl:
        'Hoe vaak gebruikers een fout maken bij een taak, zoals een verkeerde optie kiezen of ' +
        'gegevens invoeren die het formulier weigert, per poging of per taak.',
    },
    source: ISO_9241_11,
  },
  {
    id: 'drop-off',
    scope: 'ux',
    terms: {
      en: ['drop-off', 'drop-offs', 'drop off', 'dropoff', 'drop-off rate', 'abandonment rate'],
      nl: ['uitval', 'uitvalpercentage', 'afhaakpercentage', 'afhakers', 'drop-off'],
    },
    definition: {
      en:
        'The share of people who start a flow, such as an online form, but leave it at a given ' +
        'step without finishing; a UX measure for one digital touchpoint.',
      nl:
        'Het aandeel mensen dat een stroom, zoals een online formulier, begint maar bij een ' +
        'bepaalde stap verlaat zonder af te ronden; een UX-maat voor één digitaal contactmoment.',
    },
    source: { title: 'Sauro & Lewis, Quantifying the User Experience, 2nd ed. (2016)' },
  },
  {
    id: 'findability',
    scope: 'ux',
    terms: {
      en: ['findability'],
      nl: ['vindbaarheid'],
    },
    definition: {
      en:
        'How easily users locate a given piece of information or function, measured for example ' +
        'as the share of users who find it within a set time.',
      nl:
        'Hoe gemakkelijk gebruikers een bepaald stuk informatie of een functie vinden, ' +
        'bijvoorbeeld gemeten als het aandeel gebruikers dat het binnen een vaste tijd vindt.',
    },
    source: { title: 'Peter Morville, Ambient Findability (O’Reilly, 2005)' },
  },
  {
    id: 'sus',
    scope: 'ux',
    terms: {
      en: ['sus', 'system usability scale', 'sus score', 'sus scores'],
      nl: ['sus', 'system usability scale', 'sus-score', 'sus-scores'],
    },
    definition: {
      en:
        'A ten-item questionnaire on perceived usability, scored from 0 to 100 and given after ' +
        'users try a product; about 68 is a common average.',
      nl:
        'Een vragenlijst van tien stellingen over ervaren bruikbaarheid, met een score van 0 tot ' +
        '100, afgenomen nadat gebruikers een product hebben geprobeerd; rond 68 is gemiddeld.',
    },
    source: {
      title: "John Brooke, 'SUS: a quick and dirty usability scale' (1996)",
    },
  },
  {
    id: 'accessibility',
    scope: 'ux',
    terms: {
      en: ['accessibility', 'digital accessibility', 'a11y', 'wcag'],
      nl: ['toegankelijkheid', 'digitale toegankelijkheid', 'wcag'],
    },
    definition: {
      en:
        'Whether people with disabilities can perceive, operate and understand a digital ' +
        'product, usually tested against WCAG success criteria (level AA for public bodies in ' +
        'the EU).',
      nl:
        'Of mensen met een beperking een digitaal product kunnen waarnemen, bedienen en ' +
        'begrijpen, meestal getoetst aan de WCAG-succescriteria (niveau AA verplicht voor ' +
        'overheden).',
    },
    source: {
      title: 'W3C, Web Content Accessibility Guidelines (WCAG) 2.2',
      url: 'https://www.w3.org/TR/WCAG22/',
    },
  },
  {
    id: 'interaction-design',
    scope: 'ux',
    terms: {
      en: ['interaction design', 'interaction designer', 'interaction designers', 'ixd'],
      nl: ['interactieontwerp', 'interactieontwerpen', 'interactieontwerper', 'interaction design'],
    },
    definition: {
      en:
        'Designing how a person and an interactive system act on each other: controls, feedback, ' +
        'states, error handling and the order of steps in a flow.',
      nl:
        'Het ontwerpen van hoe een persoon en een interactief systeem op elkaar reageren: ' +
        'bedieningselementen, terugkoppeling, toestanden, foutafhandeling en de volgorde van ' +
        'stappen.',
    },
    source: {
      title: 'ISO 9241-110:2020, Interaction principles',
      url: 'https://www.iso.org/standard/75258.html',
    },
  },
  {
    id: 'information-architecture',
    scope: 'ux',
    terms: {
      en: ['information architecture', 'information architect', 'information architects'],
      nl: ['informatiearchitectuur', 'informatie-architectuur'],
    },
    definition: {
      en:
        'How the content and functions of a website or app are organised, labelled and linked, ' +
        'so that people can find and understand them.',
      nl:
        'Hoe de inhoud en functies van een website of app zijn geordend, benoemd en met elkaar ' +
        'verbonden, zodat mensen ze kunnen vinden en begrijpen.',
    },
    source: {
      title: 'Rosenfeld, Morville & Arango, Information Architecture, 4th ed. (O’Reilly, 2015)',
    },
  },
  {
    id: 'wireframe',
    scope: 'ux',
    terms: {
      en: ['wireframe', 'wireframes', 'wire frame', 'wire frames', 'wireframing'],
      nl: ['wireframe', 'wireframes', 'schermschets', 'schermschetsen'],
    },
    definition: {
      en:
        'A simple layout of a screen showing structure, content blocks and controls, without ' +
        'final visual design, used to agree on the skeleton before building.',
      nl:
        'Een eenvoudige opzet van een scherm met structuur, inhoudsblokken en ' +
        'bedieningselementen, zonder definitieve vormgeving, om vóór de bouw het skelet af te ' +
        'spreken.',
    },
    source: { title: 'Jesse James Garrett, The Elements of User Experience, 2nd ed. (2011)' },
  },
  {
    id: 'prototype',
    scope: 'ux',
    terms: {
      en: ['prototype', 'prototypes', 'prototyping', 'clickable prototype', 'clickable prototypes'],
      nl: [
        'prototype',
        'prototypes',
        'prototypen',
        'klikbaar prototype',
        'klikmodel',
        'klikmodellen',
      ],
    },
    definition: {
      en:
        'A representation of all or part of a product, from paper sketch to clickable model, ' +
        'made to try out and test a design before it is built.',
      nl:
        'Een weergave van een product of een deel ervan, van papieren schets tot klikbaar model, ' +
        'gemaakt om een ontwerp uit te proberen en te testen voordat het gebouwd wordt.',
    },
    source: ISO_9241_210,
  },
  {
    id: 'persona',
    scope: 'both',
    terms: {
      en: ['persona', 'personas', 'personae'],
      nl: ['persona', "persona's", 'personas'],
    },
    definition: {
      en:
        'A fictional but research-based portrait of a group of users, with their goals, context ' +
        'and constraints, used to keep design decisions tied to real needs.',
      nl:
        'Een fictief maar op onderzoek gebaseerd portret van een groep gebruikers, met hun ' +
        'doelen, context en beperkingen, om ontwerpkeuzes aan echte behoeften te koppelen.',
    },
    source: { title: 'Alan Cooper, The Inmates Are Running the Asylum (1999)' },
  },
  {
    id: 'user-story',
    scope: 'both',
    terms: {
      en: ['user story', 'user stories'],
      nl: ['gebruikersverhaal', 'gebruikersverhalen', 'user story', 'user stories'],
    },
    definition: {
      en:
        "A short requirement in the user's words, 'As a … I want … so that …'. The 'so that' " +
        'part states the benefit to the user, not a result for the organisation.',
      nl:
        "Een korte eis in de woorden van de gebruiker: 'Als … wil ik … zodat …'. Het zodat-deel " +
        'noemt het voordeel voor de gebruiker, niet een resultaat voor de organisatie.',
    },
    source: { title: 'Mike Cohn, User Stories Applied (Addison-Wesley, 2004)' },
  },
  {
    id: 'ux-outcome',
    scope: 'ux',
    terms: {
      en: ['ux outcome', 'ux outcomes'],
      nl: ['ux-uitkomst', 'ux-uitkomsten', 'ux-resultaat', 'ux-resultaten'],
    },
    definition: {
      en:
        "An observable improvement in users' lives that design work aims for, such as people " +
        'renewing a permit on their own in minutes; a better design goal than a business result.',
      nl:
        'Een waarneembare verbetering in het leven van gebruikers waar ontwerpwerk op mikt, ' +
        'zoals mensen die zelf binnen minuten een vergunning verlengen; een beter ontwerpdoel ' +
        'dan een bedrijfsresultaat.',
    },
    source: SPOOL_UX_OUTCOMES,
  },
  {
    id: 'business-outcome',
    scope: 'cx',
    terms: {
      en: ['business outcome', 'business outcomes', 'business result', 'business results'],
      nl: [
        'bedrijfsresultaat',
        'bedrijfsresultaten',
        'organisatieresultaat',
        'organisatieresultaten',
      ],
    },
    definition: {
      en:
        'A change the organisation wants for itself, such as more renewals or less churn. It ' +
        'follows from many causes and makes a poor goal for one design team.',
      nl:
        'Een verandering die de organisatie voor zichzelf wil, zoals meer verlengingen of minder ' +
        'verloop. Die heeft veel oorzaken en is daarom een slecht doel voor één ontwerpteam.',
    },
    source: SPOOL_UX_OUTCOMES,
  },
  {
    id: 'nps',
    scope: 'cx',
    terms: {
      en: ['nps', 'net promoter score', 'net promoter scores', 'net-promoter-score'],
      nl: ['nps', 'net promoter score', 'nps-score', 'nps-scores'],
    },
    definition: {
      en:
        'The share of promoters (9–10) minus the share of detractors (0–6) in answers to how ' +
        'likely people are to recommend the organisation; a relationship-level loyalty measure.',
      nl:
        'Het percentage promotors (9–10) min het percentage criticasters (0–6) op de vraag hoe ' +
        'waarschijnlijk mensen de organisatie aanbevelen; een loyaliteitsmaat op relatieniveau.',
    },
    source: {
      title: "Frederick F. Reichheld (Bain & Company), 'The One Number You Need to Grow', HBR 2003",
      url: 'https://hbr.org/2003/12/the-one-number-you-need-to-grow',
    },
  },
  {
    id: 'csat',
    scope: 'cx',
    terms: {
      en: ['csat', 'customer satisfaction', 'customer satisfaction score', 'csat score'],
      nl: [
        'csat',
        'klanttevredenheid',
        'klanttevredenheidsscore',
        'klanttevredenheidsonderzoek',
        'kto',
      ],
    },
    definition: {
      en:
        'How satisfied customers say they are, usually on a 1–5 scale or as a report mark, asked ' +
        'after a contact or about the organisation as a whole.',
      nl:
        'Hoe tevreden klanten zeggen te zijn, meestal op een schaal van 1 tot 5 of als ' +
        'rapportcijfer, gevraagd na een contact of over de organisatie als geheel.',
    },
    source: {
      title: 'ISO 10004:2018, Customer satisfaction: guidelines for monitoring and measuring',
    },
  },
  {
    id: 'ces',
    scope: 'cx',
    terms: {
      en: ['ces', 'customer effort score', 'customer effort'],
      nl: ['ces', 'customer effort score', 'klantinspanning', 'klantinspanningsscore'],
    },
    definition: {
      en:
        'How much effort customers say it took to get their issue handled, across whatever ' +
        'channels it needed; high effort predicts disloyalty better than low delight.',
      nl:
        'Hoeveel moeite klanten zeggen dat het kostte om hun zaak geregeld te krijgen, via welke ' +
        'kanalen ook; veel moeite voorspelt ontrouw beter dan weinig enthousiasme.',
    },
    source: {
      title:
        "Dixon, Freeman & Toman (CEB/Gartner), 'Stop Trying to Delight Your Customers', HBR 2010",
      url: 'https://hbr.org/2010/07/stop-trying-to-delight-your-customers',
    },
  },
  {
    id: 'cx-index',
    scope: 'cx',
    terms: {
      en: ['cx index', 'cx-index', 'customer experience index', 'cxi'],
      nl: ['cx index', 'cx-index', 'customer experience index', 'cx-indexscore'],
    },
    definition: {
      en:
        "Forrester's benchmark that scores the quality of a brand's customer experience on " +
        'effectiveness, ease and emotion and models how that quality drives loyalty.',
      nl:
        'De benchmark van Forrester die de kwaliteit van de klantervaring met een merk scoort op ' +
        'effectiviteit, gemak en emotie, en modelleert hoe die kwaliteit loyaliteit beïnvloedt.',
    },
    source: FORRESTER_CX_INDEX,
  },
  {
    id: 'loyalty',
    scope: 'cx',
    terms: {
      en: ['loyalty', 'customer loyalty', 'loyal'],
      nl: ['loyaliteit', 'klantloyaliteit', 'klanttrouw', 'loyaal'],
    },
    definition: {
      en:
        'A lasting commitment to keep choosing and recommending an organisation despite ' +
        'alternatives; it grows from the whole relationship, not from one touchpoint.',
      nl:
        'Een blijvende bereidheid om voor een organisatie te blijven kiezen en haar aan te ' +
        'bevelen, ondanks alternatieven; die groeit uit de hele relatie, niet uit één ' +
        'contactmoment.',
    },
    source: {
      title: "Richard L. Oliver, 'Whence Consumer Loyalty?', Journal of Marketing 63, 1999",
    },
  },
  {
    id: 'trust-in-the-organisation',
    scope: 'cx',
    terms: {
      en: [
        'trust in the organisation',
        'trust in the organization',
        'customer trust',
        'public trust',
      ],
      nl: ['klantvertrouwen', 'vertrouwen in de organisatie', 'vertrouwen in de overheid'],
    },
    definition: {
      en:
        'The belief that the organisation is competent, reliable and acts in good faith. It ' +
        'rests on kept promises across all contacts; not to be confused with trust in a ' +
        'certificate.',
      nl:
        'Het geloof dat de organisatie deskundig en betrouwbaar is en te goeder trouw handelt. ' +
        'Het rust op nagekomen beloften in alle contacten; niet te verwarren met vertrouwen in ' +
        'een certificaat.',
    },
    source: { title: 'OECD, Survey on Drivers of Trust in Public Institutions' },
  },
  {
    id: 'customer-relationship',
    scope: 'cx',
    terms: {
      en: ['customer relationship', 'customer relationships'],
      nl: ['klantrelatie', 'klantrelaties'],
    },
    definition: {
      en:
        'The ongoing bond between a person and an organisation, made up of every contact over ' +
        'years; the level at which loyalty, trust and reputation form.',
      nl:
        'De doorlopende band tussen iemand en een organisatie, opgebouwd uit alle contacten over ' +
        'jaren; het niveau waarop loyaliteit, vertrouwen en reputatie ontstaan.',
    },
    source: NNG_UX_VS_CX,
  },
  {
    id: 'brand-preference',
    scope: 'cx',
    terms: {
      en: ['brand preference', 'brand preferences'],
      nl: ['merkvoorkeur', 'merkvoorkeuren'],
    },
    definition: {
      en:
        'The degree to which people choose one brand over comparable alternatives; an outcome of ' +
        'the whole customer experience, price and reputation together.',
      nl:
        'De mate waarin mensen één merk verkiezen boven vergelijkbare alternatieven; een ' +
        'uitkomst van de hele klantervaring, prijs en reputatie samen.',
    },
    source: FORRESTER_CX_INDEX,
  },
  {
    id: 'brand-perception',
    scope: 'cx',
    terms: {
      en: ['brand perception', 'brand perceptions', 'brand image', 'brand experience'],
      nl: ['merkbeleving', 'merkperceptie', 'merkimago'],
    },
    definition: {
      en:
        'What people believe and feel about an organisation as a brand, formed by everything ' +
        'they see, hear and live through with it, including what others tell them.',
      nl:
        'Wat mensen van een organisatie als merk vinden en voelen, gevormd door alles wat ze ' +
        'ermee zien, horen en meemaken, ook door wat anderen erover vertellen.',
    },
    source: {
      title:
        "Keller, 'Conceptualizing, Measuring, and Managing Customer-Based Brand Equity' (1993)",
    },
  },
  {
    id: 'retention',
    scope: 'cx',
    terms: {
      en: ['retention', 'customer retention', 'retention rate', 'retention rates'],
      nl: ['klantbehoud', 'klantretentie', 'retentie', 'retentiegraad'],
    },
    definition: {
      en:
        'The share of customers who stay with the organisation over a period; a business result ' +
        'of the whole relationship. Not the same as a data retention period.',
      nl:
        'Het aandeel klanten dat in een periode bij de organisatie blijft; een bedrijfsresultaat ' +
        'van de hele relatie. Niet hetzelfde als een bewaartermijn van gegevens.',
    },
    source: {
      title: "Reichheld & Sasser, 'Zero Defections: Quality Comes to Services', HBR 1990",
      url: 'https://hbr.org/1990/09/zero-defections-quality-comes-to-services',
    },
  },
  {
    id: 'churn',
    scope: 'cx',
    terms: {
      en: ['churn', 'churn rate', 'customer churn', 'attrition'],
      nl: ['klantverloop', 'verloop', 'churn', 'churnpercentage'],
    },
    definition: {
      en:
        'The share of customers who leave in a period, the mirror image of retention. It is ' +
        'driven by price, service and reputation as much as by any screen.',
      nl:
        'Het aandeel klanten dat in een periode vertrekt (klantverloop), het spiegelbeeld van ' +
        'klantbehoud; niet te verwarren met het verloop (de voortgang) van een aanvraag.',
    },
    source: {
      title: "Reichheld & Sasser, 'Zero Defections: Quality Comes to Services', HBR 1990",
      url: 'https://hbr.org/1990/09/zero-defections-quality-comes-to-services',
    },
  },
];
