// Confidence and sensitivity (issue 12, point 7): each finding says how sure the engine is; the
// `sensitivity` setting (strict, the default, or thorough) decides which findings are shown, in
// the engine, the incremental linter, the configuration and the CLI's machine formats.
import * as assert from 'node:assert/strict';
import {
  defaultConfig,
  lint,
  mergeConfig,
  parseConfig,
  type Finding,
  type Lang,
  type Sensitivity,
} from '../../src/core';
import { IncrementalLinter } from '../../src/core/incremental';
import { runCli, useTempProjects } from './cli-harness';

const config = (sensitivity: Sensitivity) => ({ ...defaultConfig(), sensitivity });

function outcomeFindings(text: string, lang: Lang, sensitivity: Sensitivity): Finding[] {
  return lint(text, { lang, config: config(sensitivity) }).findings.filter(
    (f) => f.ruleId === 'ux-for-cx-outcome',
  );
}

/** What a claim looks like at each sensitivity: [strict, thorough] confidences. */
function confidences(text: string, lang: Lang): [string[], string[]] {
  return [
    outcomeFindings(text, lang, 'strict').map((f) => f.confidence),
    outcomeFindings(text, lang, 'thorough').map((f) => f.confidence),
  ];
}

describe('confidence and sensitivity', () => {
  describe('how sure a finding is', () => {
    const high: [Lang, string][] = [
      ['en', 'The new app will increase customer loyalty.'],
      ['en', 'The redesigned portal shall raise our Net Promoter Score.'],
      ['nl', 'De nieuwe website zorgt voor meer klantloyaliteit.'],
      // A plain link wins over a metaphor before it in the same clause.
      ['en', 'As the foundation of our service, the new app will increase customer loyalty.'],
      // A question that sets a goal presumes its claim; one that asks does not (below).
      ['en', 'How might we redesign the onboarding screens to reduce churn?'],
      ['nl', 'Hoe kunnen we met de vernieuwde app het vertrouwen in de gemeente vergroten?'],
      // The particle of a separable verb is no "vertrouwen op" (rely on).
      ['nl', 'Het nieuwe portaal bouwt vertrouwen op bij inwoners.'],
      // An offline word that names the organisation after the outcome, or inside a compound with
      // a screen, is no offline channel beside the app.
      ['en', "The new permit website will restore residents' confidence in the town hall."],
      ['nl', 'De klantloyaliteit wordt versterkt door de nieuwe factuurschermen in de app.'],
      // A quote that opens the statement is the writer's own.
      ['en', '"The new app will increase customer loyalty," says our product owner.'],
      // A negation inside a subordinate clause describes it; the claim after the comma stands.
      ['en', 'When the booking screens do not load, customers lose trust in the airline.'],
      ['nl', 'Een website die niet werkt, ondermijnt het vertrouwen in de gemeente.'],
      // A negation in the clause a result link opens belongs to the effect.
      ['nl', 'De vernieuwde app zorgt ervoor dat abonnees niet meer overstappen.'],
      ['en', 'The redesigned app ensures that customers do not switch to a competitor.'],
      // A UX measure stands for the work that moves it, when it is the cause.
      ['en', 'Higher task completion rates lead to higher customer retention.'],
      ['nl', 'Als de vindbaarheid slecht is, daalt het vertrouwen in de gemeente.'],
      // Something that stops ("geen … meer", "niet meer", "not … anymore") is a change, not a
      // denial, before or inside the outcome.
      ['nl', 'Dankzij de nieuwe bestelflow verliezen we geen vaste klanten meer.'],
      ['nl', 'Dankzij de nieuwe app zeggen klanten hun abonnement niet meer op.'],
      ['en', 'Thanks to the new app, customers do not switch to a competitor anymore.'],
      // A limiter one word after the negation: "isn't driven only by …".
      [
        'en',
        'Customer loyalty isn’t driven only by discounts—it is shaped by the usability of the app.',
      ],
      // An instrument opening the statement gives way to a requirement.
      ['en', 'With the smoother app, passengers will choose our airline again.'],
      // What is compared against after "than" is neither cause nor scope: the UX work before
      // it is the cause, and a campaign after it does not exclude the claim.
      [
        'en',
        'Our redesigned booking app builds more loyalty than any discount campaign ever could.',
      ],
      ['nl', 'De vernieuwde app levert meer klantloyaliteit op dan welke kortingsactie ook.'],
      // "Not because A, but because B": the negation rejects reason A; the claim is B.
      [
        'en',
        'Members cancel their membership not because of the price but because the booking app keeps crashing.',
      ],
      ['nl', 'Klanten zeggen op, niet vanwege de prijs, maar vanwege de onhandige app.'],
      // The negation may stand a few words before the reason it rejects.
      [
        'en',
        'Members do not stay with us because of the low fee but because of the booking app, which is the simplest in town.',
      ],
      // "Not A but B" with UX work only in B: the negation rejects A; the claim is made of B.
      ['nl', 'Niet de prijs, maar de onduidelijke app jaagt klanten weg.'],
      ['en', 'Not the price but the clunky booking app drives customers away.'],
      // A causal verb right after a contrast word goes on with the subject before it: the
      // claim reaches across the comma.
      ['en', 'The redesign of the booking app took a year, but led to higher customer loyalty.'],
      ['nl', 'De nieuwe app kostte een jaar, maar levert een sterkere merkvoorkeur op.'],
      // A negation in an aside between dashes describes the aside, when the UX work stands outside.
      [
        'en',
        'The redesigned app — not the old portal, which nobody used — will keep our members loyal to the club.',
      ],
    ];
    for (const [lang, text] of high) {
      it(`high, and shown by default: ${text}`, () => {
        assert.deepEqual(confidences(text, lang), [['high'], ['high']]);
      });
    }

    // A stated condition or reason ("if", "unless", "because", "als", "omdat", "…, dan"), a weak
    // link ("door de app") and an instrument opening the statement ("With the new app, …") link
    // one clause, as sure as "leads to": on every tune set none of their findings was a false
    // alarm. A "when" may be a time ("When the first wireframes were drawn, trust was at its
    // lowest") and stays low (below), as do metaphors.
    const conditions: [Lang, string, string][] = [
      [
        'nl',
        "een zwak verband: 'door' vóór het UX-werk",
        'Door de trage nieuwe app zeggen klanten hun abonnement op.',
      ],
      [
        'en',
        'an instrument opening the statement',
        'With the new app, customers stay loyal to the bank.',
      ],
      [
        'nl',
        'een middel aan het begin van de zin',
        'Met een soepel lopende bestelflow blijven klanten trouw aan de winkel.',
      ],
      [
        'en',
        'a condition that holds the UX work',
        'If the booking screens are confusing, travellers stop recommending the airline.',
      ],
      [
        'nl',
        'een voorwaarde met het UX-werk erin',
        'Als de app steeds vastloopt, zeggen klanten hun abonnement op.',
      ],
      ['en', 'a reason after the outcome', 'Customers leave because the app is confusing.'],
      [
        'nl',
        'een voorwaarde na de uitkomst',
        'Klanten stappen over naar de concurrent als de app niet te begrijpen is.',
      ],
      [
        'nl',
        'een reden na de uitkomst, met een ontkenning erin',
        'Klanten lopen weg omdat ze in de app hun rekening niet kunnen vinden.',
      ],
      [
        'en',
        'a condition under a heading of goals (a cause, not a target)',
        '## Goals\n\nIf the booking screens are confusing, travellers stop recommending the airline.\n',
      ],
      [
        'nl',
        "een voorwaarde met het werkwoord voorop, gesloten door ', dan'",
        'Werkt het inschrijfformulier niet goed, dan verspeel je het vertrouwen van studenten in de hogeschool.',
      ],
      [
        'nl',
        "een voorwaarde met 'mocht … , dan'",
        'Mocht de reisplanner in de app niet werken, dan stappen reizigers over naar de concurrent.',
      ],
      [
        'en',
        "a condition with 'unless'",
        'Unless the self-service portal is easy to navigate, tenants stop recommending the landlord.',
      ],
    ];
    for (const [lang, kind, text] of conditions) {
      it(`high, and shown by default: ${kind}`, () => {
        assert.deepEqual(confidences(text, lang), [['high'], ['high']]);
      });
    }

    const low: [Lang, string, string][] = [
      ['en', 'two sentences, a pronoun', 'We redesign the portal. It will make customers loyal.'],
      [
        'en',
        'two sentences, a connective',
        'We will redesign the checkout. That way customers will stay loyal to our brand.',
      ],
      [
        'nl',
        'twee zinnen, een verbindingswoord',
        'We vernieuwen de website. Daardoor blijven klanten trouw.',
      ],
      [
        'en',
        'a metaphor',
        'A seamless user experience is the foundation upon which customer loyalty is built.',
      ],
      ['nl', 'beeldspraak', 'Een gebruiksvriendelijke app is de basis voor klantvertrouwen.'],
      [
        'en',
        'two sentences, the outcome first',
        'Customer loyalty fell sharply. This is due to the clunky new checkout.',
      ],
      [
        'nl',
        'twee zinnen, eerst de uitkomst, het UX-werk na een opsomming met komma',
        'De klanttevredenheid over de gemeente daalde. De oorzaak ligt bij het trage, verwarrende nieuwe portaal.',
      ],
      [
        'nl',
        'twee zinnen, eerst de uitkomst',
        'De klanttevredenheid over de bank daalde. Dat komt door de trage nieuwe app.',
      ],
      ['en', 'a KPI line under a heading', '## KPIs for the app redesign\n\n- Customer loyalty\n'],
      // A corrective: the negation denies the first clause, the claim is in the second.
      [
        'en',
        'a corrective, "not X; it is Y"',
        'The portal is not a decoration; it is the bedrock on which customer loyalty is built.',
      ],
      [
        'nl',
        'een correctie, "geen X; het is Y"',
        'De app is geen visitekaartje; hij zorgt voor meer vertrouwen in de bank.',
      ],
      [
        'en',
        'a negation that ends at a dash, the claim after it (a condition)',
        "When the booking website takes too long to load, shoppers don't wait—they go to a competitor.",
      ],
      [
        'en',
        "a contrast opened by 'a good one', which stands for the UX work before it",
        'A clumsy booking app annoys travellers, whereas a great one builds customer loyalty.',
      ],
      [
        'en',
        "a cause word with a pronoun after it points back to the UX work ('Thanks to it')",
        'We rebuilt the booking app. Thanks to it, customer loyalty rose.',
      ],
    ];
    for (const [lang, kind, text] of low) {
      it(`low, and shown only when thorough: ${kind}`, () => {
        assert.deepEqual(confidences(text, lang), [[], ['low']]);
      });
    }

    const none: [Lang, string, string][] = [
      [
        'en',
        "'not A but B' with the UX work in A: the denial holds",
        'Not the app but the service team drives customer loyalty.',
      ],
      [
        'en',
        "'not A but B' with UX work before the 'but': the denial holds",
        'The new app will not increase customer loyalty, but better service will.',
      ],
      [
        'en',
        'an outcome word naming a part of the product (a page)',
        'After the new navigation went live, most participants found the cancellation page without help.',
      ],
      [
        'en',
        'an outcome word in a quoted button label',
        "The redesign keeps the 'Recommend to a friend' button but moves it lower on the screen.",
      ],
      [
        'en',
        "a purpose link after the outcome and the UX work: it links neither (the outcome's people asked for the work)",
        'Loyal members asked for a dark mode in the app, so we added it.',
      ],
      [
        'en',
        'a new subject after a contrast word, the UX work before it',
        'The new app is faster, but more loyalty comes from fair prices.',
      ],
      [
        'nl',
        'een nieuw onderwerp na een contrastwoord, het UX-werk ervoor',
        'De nieuwe app is sneller, maar dankzij de balie blijven klanten trouw.',
      ],
      ['en', 'a question that asks', 'Will the redesigned onboarding screens reduce churn?'],
      ['nl', 'een vraag die vraagt', 'Vergroot de vernieuwde app het vertrouwen in de gemeente?'],
      [
        'en',
        "a negation in the claim's own clause",
        'The portal is a showcase; it will not make customers loyal.',
      ],
      [
        'nl',
        'een ontkenning in de eigen zin',
        'De app is af; hij zal het vertrouwen niet vergroten.',
      ],
      [
        'en',
        'a claim quoted after words that lead into it',
        'Our style guide lists "the new app will increase customer loyalty" as a goal to rewrite.',
      ],
      [
        'nl',
        'een geciteerde bewering na een inleiding',
        "Herschrijf de zin 'de nieuwe app verhoogt de klantloyaliteit' tot een UX-doel.",
      ],
      [
        'nl',
        'een ontkenning na een tweede verband in de gevolgzin',
        'De nieuwe app zorgt ervoor dat klanten sneller klaar zijn en maakt ze niet loyaler.',
      ],
      [
        'nl',
        'een ontkenning vóór het gevolgverband',
        'De vernieuwde app zorgt er niet voor dat abonnees minder overstappen.',
      ],
      [
        'nl',
        "'niet meer' after the outcome stops the believing, not the outcome",
        'Dat de NPS omhoog gaat door een herontwerp van de website, geloven we niet meer.',
      ],
      [
        'nl',
        "'geen … meer' with a comparative 'meer' before the outcome",
        'Geen idee of mooiere schermen bij de gemeente meer vertrouwen in de gemeente opleveren.',
      ],
      [
        'en',
        'an instrument in the middle of the statement names whose',
        'Customers with the new app stay loyal to the bank, the survey says.',
      ],
      [
        'en',
        'an instrument in the middle, before the UX work in another sentence',
        'Participants test the website. Each participant is then asked about overall satisfaction with the site.',
      ],
      [
        'nl',
        "a negation after a purpose clause that 'te' has closed",
        'Om de app te updaten hoeven klanten niets te doen: de meesten zien geen reden om over te stappen.',
      ],
      [
        'en',
        "'no longer' after the outcome stops the believing",
        'That the redesign raises NPS is something we no longer believe after two flat quarters.',
      ],
      [
        'en',
        "someone else's claim, reported",
        'In its pitch, the agency claimed the redesign would double retention; we cut that slide.',
      ],
      [
        'nl',
        "'sinds' after the outcome is a time",
        'Opzeggingen worden sinds januari alleen via het online formulier afgehandeld.',
      ],
      [
        'nl',
        "', dan' after a step of a plan is no condition on the UX work",
        'Eerst testen we het formulier, dan meet het CX-team de klanttevredenheid.',
      ],
      [
        'en',
        'a condition about the project, not the UX work',
        'As long as the sprint lasts, the app team measures task success and the CX team measures NPS.',
      ],
      [
        'nl',
        'feedback over een uitkomst meet die',
        'Met de app verzamelen we feedback over het vertrouwen dat inwoners in de gemeente hebben.',
      ],
      [
        'en',
        'a relative clause is no condition',
        'Residents who use the redesigned portal, about 40 % of them, report high trust in the city.',
      ],
      [
        'nl',
        "'door' vóór een persoon of team, niet vóór het UX-werk",
        'Het formulier wordt door de klant in de app ingevuld, en de klanttevredenheid wordt apart gemeten.',
      ],
      [
        'en',
        "a time after the outcome ('when'), not a reason",
        'Customer loyalty was already high when we launched the app.',
      ],
      [
        'en',
        'the outcome first, then a reason for the UX work',
        'Our customers trust us. This is why we keep the app simple.',
      ],
      [
        'en',
        'the outcome first, then a cause that is not UX work',
        'Customer satisfaction fell in 2024. This was due to the price rise, not the new app.',
      ],
      [
        'en',
        'two UX and CX measures reported side by side',
        'Time on task fell by 20 % while NPS rose by 5 points.',
      ],
      [
        'en',
        'a negation in the condition that also holds the outcome',
        'If the new app does not raise loyalty, we will stop the project.',
      ],
      [
        'en',
        "UX work after 'than' is what is compared against, not the cause",
        'Answering the phone within a minute wins back more trust than five new websites.',
      ],
      [
        'nl',
        "UX-werk na 'meer … dan' is waarmee vergeleken wordt, niet de oorzaak",
        'Een vriendelijke bezorger doet meer voor klantloyaliteit dan het mooiste webwinkelontwerp.',
      ],
      [
        'en',
        "'not because of' UX work, 'but because of' something else",
        'Customers left not because of the app, but because we raised the monthly fee by 30 percent.',
      ],
      [
        'nl',
        "'niet vanwege' UX-werk, 'maar vanwege' iets anders",
        'Klanten zegden op, niet vanwege de app, maar vanwege de prijsverhoging.',
      ],
      [
        'en',
        'a negation with UX work before the dash still denies',
        "Customers don't blame the app—they trust the bank less.",
      ],
      [
        'en',
        'a pair of dashes is an aside: the negation still denies',
        'The new app will not—as some consultants claim—raise customer loyalty.',
      ],
      [
        'nl',
        "'alleen' na een gedachtestreepje beperkt de ontkenning ervoor niet",
        'De vernieuwde app wint het vertrouwen van klanten niet terug — alleen een eerlijke regeling kan dat.',
      ],
      [
        'nl',
        "UX-werk in een tijd in het verleden na de uitkomst ('toen') dateert die",
        'Het klantverloop steeg al toen we aan het herontwerp van de website begonnen.',
      ],
      [
        'en',
        'the second sentence names its own cause, not the UX work before it',
        'We launched the redesigned app in May. Even so, churn kept rising because of the price increase.',
      ],
      [
        'en',
        'an aside that holds the only UX work and its negation is the claim it denies',
        'Customer loyalty — which no new portal can buy — comes from promises that are kept.',
      ],
      [
        'en',
        'satisfaction with one screen is a UX measure',
        'Since the redesign, testers are more satisfied with the new search screen.',
      ],
      [
        'en',
        'trust in a form is trust in a UX artefact',
        'Thanks to the clearer layout, shoppers trust the payment form more.',
      ],
    ];
    for (const [lang, kind, text] of none) {
      it(`no finding at all: ${kind}`, () => {
        assert.deepEqual(confidences(text, lang), [[], []]);
      });
    }

    it('the other rules report with high confidence', () => {
      const text =
        'The portal must be intuitive.\n\nOur UX/CX team owns the journey.\n\n' +
        'The customer journey shall work in the app and by e-mail.\n';
      const findings = lint(text, { lang: 'en' }).findings;
      assert.deepEqual(
        [...new Set(findings.map((f) => f.ruleId))].sort(),
        ['digital-only-journey', 'unmeasurable-ux-quality', 'ux-cx-conflation'].sort(),
      );
      assert.ok(findings.every((f) => f.confidence === 'high'));
    });
  });

  describe('the incremental linter', () => {
    it('shows what a full lint shows, at each sensitivity, after an edit', () => {
      const before = 'We redesign the portal. It will make customers happy.\n\nThe end.\n';
      const after = before.replace('happy', 'loyal');
      for (const sensitivity of ['strict', 'thorough'] as const) {
        const options = { lang: 'en' as const, config: config(sensitivity) };
        const linter = new IncrementalLinter(options);
        linter.lintFull(before);
        const incremental = linter.update(after);
        assert.deepEqual(incremental.findings, lint(after, options).findings, sensitivity);
        assert.equal(incremental.findings.length, sensitivity === 'strict' ? 0 : 1);
      }
    });
  });

  describe('the configuration', () => {
    it('is strict by default', () => {
      assert.equal(defaultConfig().sensitivity, 'strict');
    });

    it('reads "sensitivity" from .uxcxrc.json', () => {
      const { config: file, problems } = parseConfig('{ "sensitivity": "thorough" }', 'a.json');
      assert.deepEqual(problems, []);
      assert.equal(mergeConfig(defaultConfig(), file).sensitivity, 'thorough');
    });

    it('names the place of a wrong value and keeps the default', () => {
      const text = '{\n  "sensitivity": "high"\n}';
      const { config: file, problems } = parseConfig(text, 'a.json');
      assert.equal(problems.length, 1);
      assert.match(problems[0]!.message, /"sensitivity" must be "strict" or "thorough"/);
      assert.equal(problems[0]!.range?.start.line, 2);
      assert.equal(mergeConfig(defaultConfig(), file).sensitivity, 'strict');
    });
  });

  describe('the CLI', () => {
    const project = useTempProjects(true);
    const doc = 'We redesign the portal. It will make customers loyal.\n';

    interface JsonFinding {
      confidence: string;
      ruleId: string;
    }
    interface SarifLog {
      runs: { results: { rank: number; properties: { confidence: string } }[] }[];
    }

    it('shows low-confidence findings with --sensitivity thorough, in JSON with their confidence', () => {
      const dir = project({ 'a.md': doc });
      const strict = runCli(['--format', 'json', 'a.md'], dir);
      assert.deepEqual(JSON.parse(strict.stdout), []);
      const thorough = runCli(['--sensitivity', 'thorough', '--format', 'json', 'a.md'], dir);
      const found = JSON.parse(thorough.stdout) as JsonFinding[];
      assert.deepEqual(
        found.map((f) => [f.ruleId, f.confidence]),
        [['ux-for-cx-outcome', 'low']],
      );
    });

    it('takes the sensitivity from the configuration file, and --sensitivity over it', () => {
      const dir = project({ 'a.md': doc, '.uxcxrc.json': '{ "sensitivity": "thorough" }' });
      assert.equal((JSON.parse(runCli(['-f', 'json', 'a.md'], dir).stdout) as []).length, 1);
      const strict = runCli(['-s', 'strict', '-f', 'json', 'a.md'], dir);
      assert.equal((JSON.parse(strict.stdout) as []).length, 0);
    });

    it('gives SARIF a rank and a confidence property', () => {
      const dir = project({ 'a.md': `${doc}\nThe new app will increase customer loyalty.\n` });
      const run = runCli(['-s', 'thorough', '-f', 'sarif', 'a.md'], dir);
      const results = (JSON.parse(run.stdout) as SarifLog).runs[0]!.results;
      assert.deepEqual(
        results.map((r) => [r.rank, r.properties.confidence]),
        [
          [50, 'low'],
          [90, 'high'],
        ],
      );
    });

    it('marks low confidence in the stylish output', () => {
      const run = runCli(['-s', 'thorough', 'a.md'], project({ 'a.md': doc }));
      assert.match(run.stdout, /ux-for-cx-outcome \(low confidence\)/);
    });

    it('rejects an unknown sensitivity with exit code 2', () => {
      const run = runCli(['--sensitivity', 'high', 'a.md'], project({ 'a.md': doc }));
      assert.equal(run.code, 2);
      assert.match(run.stderr, /Unknown sensitivity "high"/);
    });
  });
});
