// The engine's behaviour beyond the fixtures: language, suppression, fixes, the finding shape.
import { strict as assert } from 'node:assert';
import { tooLargeMessage } from '../../src/core/limit';
import {
  lint,
  parseConfig,
  mergeConfig,
  defaultConfig,
  type Finding,
  type TextEdit,
} from '../../src/core';
import { splitSentences } from '../../src/core/text/sentences';

const CLAIM_EN = 'The redesigned app will increase customer loyalty.';
const CLAIM_NL = 'Het nieuwe klantportaal zorgt voor meer vertrouwen in de gemeente.';

/** Apply text edits (offsets are into the text as given). */
function apply(text: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.range.start.offset - a.range.start.offset)
    .reduce(
      (t, e) => t.slice(0, e.range.start.offset) + e.newText + t.slice(e.range.end.offset),
      text,
    );
}

const rules = (text: string): string[] => lint(text).findings.map((f) => f.ruleId);

describe('engine', () => {
  describe('the finding', () => {
    it('pins the full shape of a finding', () => {
      const [f] = lint(`# Goals\n\n${CLAIM_EN}\n`).findings as [Finding];
      assert.equal(f.ruleId, 'ux-for-cx-outcome');
      assert.equal(f.severity, 'warning');
      assert.equal(f.lang, 'en');
      assert.equal(f.messageId, 'ux-for-cx-outcome/causal');
      assert.deepEqual(f.messageArgs, { outcome: 'loyalty', means: 'redesigned app' });
      assert.match(f.message, /"loyalty" is a customer-experience outcome/);
      assert.deepEqual(f.range, {
        start: { offset: 51, line: 3, column: 43 },
        end: { offset: 58, line: 3, column: 50 },
      });
      assert.equal(f.statementText, CLAIM_EN);
      assert.deepEqual(
        f.spans.map((s) => [s.role, s.text]),
        [
          ['uxMeans', 'redesigned app'],
          ['cxOutcome', 'loyalty'],
          ['link', 'increase'],
        ],
      );
      assert.deepEqual(
        f.fixes.map((x) => x.kind),
        ['split-goal', 'add-cx-note', 'disable-line'],
      );
      assert.equal(f.fixes[0]!.preferred, true);
    });
    it('writes the message in the statement language', () => {
      const [f] = lint(CLAIM_NL).findings;
      assert.equal(f?.lang, 'nl');
      assert.match(f?.message ?? '', /is een klantervaringsuitkomst/);
    });
  });

  describe('language', () => {
    it('detects English and Dutch from the text', () => {
      assert.equal(lint(CLAIM_EN).lang, 'en');
      assert.equal(lint(CLAIM_NL).lang, 'nl');
      assert.equal(lint(CLAIM_NL).langSource, 'detected');
    });
    it('is overridden by front matter, an inline comment, configuration and the option', () => {
      const short = 'KPI: NPS +10 voor de app.';
      assert.equal(lint(`---\nlang: nl\n---\n${short}`).langSource, 'front-matter');
      assert.equal(lint(`<!-- uxcx-lang nl -->\n\n${short}`).lang, 'nl');
      const config = mergeConfig(defaultConfig(), { lang: 'nl' });
      assert.deepEqual(
        [lint(short, { config }).lang, lint(short, { config }).langSource],
        ['nl', 'config'],
      );
      assert.equal(lint(`---\nlang: en\n---\n${short}`, { lang: 'nl' }).lang, 'nl');
    });
    it('reads a paragraph in the other language in that language', () => {
      const f = lint(`${CLAIM_EN} The team will ship it in May.\n\n${CLAIM_NL}\n`).findings;
      assert.deepEqual(
        f.map((x) => x.lang),
        ['en', 'nl'],
      );
    });
  });

  describe('sentences', () => {
    it('does not end a sentence after e.g., bijv. or o.a.', () => {
      assert.equal(
        splitSentences('Use a clear layout, e.g. Large buttons. Then test.', 'en').length,
        2,
      );
      assert.equal(
        splitSentences('Denk aan o.a. Utrecht en bijv. Den Haag. Daarna testen.', 'nl').length,
        2,
      );
    });
    it('keeps a claim inside emphasis and links in one sentence', () => {
      const f = lint(
        'The **redesigned** [app](https://x.org/a.b) will increase *customer loyalty*.',
      ).findings;
      assert.equal(f.length, 1);
      assert.equal(f[0]?.spans.find((s) => s.role === 'cxOutcome')?.text, 'loyalty');
    });
  });

  describe('inline suppression', () => {
    it('disable-next-line, for all rules or the named ones', () => {
      assert.deepEqual(rules(`<!-- uxcx-disable-next-line -- known -->\n${CLAIM_EN}`), []);
      assert.deepEqual(rules(`<!-- uxcx-disable-next-line ux-for-cx-outcome -->\n${CLAIM_EN}`), []);
      assert.deepEqual(rules(`<!-- uxcx-disable-next-line ux-cx-conflation -->\n${CLAIM_EN}`), [
        'ux-for-cx-outcome',
      ]);
      assert.equal(lint(`<!-- uxcx-disable-next-line -->\n${CLAIM_EN}`).suppressed, 1);
    });
    it('disable … enable regions and disable-file', () => {
      const text = `${CLAIM_EN}\n\n<!-- uxcx-disable -->\n\n${CLAIM_EN}\n\n<!-- uxcx-enable -->\n\n${CLAIM_EN}\n`;
      assert.deepEqual(
        lint(text).findings.map((f) => f.range.start.line),
        [1, 9],
      );
      assert.deepEqual(rules(`${CLAIM_EN}\n\n<!-- uxcx-disable-file -->\n`), []);
    });
    it('regions of one rule, inside a region of another', () => {
      const CONFLATION = 'Our UX/CX team ships the portal.';
      const text = [
        '<!-- uxcx-disable ux-cx-conflation -->',
        CLAIM_EN,
        CONFLATION,
        '<!-- uxcx-disable ux-for-cx-outcome -->',
        CLAIM_EN,
        '<!-- uxcx-enable ux-for-cx-outcome -->',
        CLAIM_EN,
        '<!-- uxcx-disable ux-for-cx-outcome -->',
        CLAIM_EN,
        CONFLATION,
      ].join('\n\n');
      const result = lint(text);
      assert.deepEqual(
        result.findings.map((f) => [f.ruleId, f.range.start.line]),
        [
          ['ux-for-cx-outcome', 3],
          ['ux-for-cx-outcome', 13],
        ],
      );
      assert.equal(result.suppressed, 4);
    });
  });

  describe('fixes', () => {
    const docs = [
      `# Goals\n\n${CLAIM_EN}\n\nMore text.\n`,
      `- Item one\n- ${CLAIM_EN}\n`,
      `| Initiative | KPI |\n| --- | --- |\n| App redesign | NPS +10 |\n`,
      `Intro.\r\n\r\n${CLAIM_NL}\r\n`,
      `\uFEFF${CLAIM_EN}\n`,
      'Our UX/CX team ships the portal.\n',
      'The customer journey must run through the app and the website.\n',
      'The portal must be user-friendly.\n',
    ];
    for (const doc of docs) {
      it(`every fix applies and removes or suppresses the finding: ${JSON.stringify(doc.slice(0, 40))}`, () => {
        const before = lint(doc);
        assert.ok(before.findings.length > 0, 'the document has a finding');
        const f = before.findings[0]!;
        for (const fix of f.fixes) {
          const after = lint(apply(doc, fix.edits));
          const same = after.findings.filter(
            (g) => g.ruleId === f.ruleId && g.statementText === f.statementText,
          );
          assert.equal(same.length, 0, `${fix.kind} leaves the finding`);
          if (fix.kind === 'disable-line') assert.equal(after.suppressed, before.suppressed + 1);
        }
      });
    }
  });

  describe('configuration', () => {
    it('turns rules off and changes severities', () => {
      const { config } = parseConfig(
        '{"rules": {"ux-for-cx-outcome": "error", "unmeasurable-ux-quality": false}}',
        'c.json',
      );
      const resolved = mergeConfig(defaultConfig(), config);
      const r = lint(`${CLAIM_EN} The portal must be user-friendly.`, { config: resolved });
      assert.deepEqual(
        r.findings.map((f) => [f.ruleId, f.severity]),
        [['ux-for-cx-outcome', 'error']],
      );
    });
    it('adds configured plain terms per language and category', () => {
      const text = 'The new app will strengthen the zorgplicht of the insurer.';
      assert.deepEqual(rules(text), []);
      const { config } = parseConfig('{"terms": {"en": {"cxOutcome": ["zorgplicht"]}}}', 'c.json');
      assert.deepEqual(
        lint(text, { config: mergeConfig(defaultConfig(), config) }).findings.length,
        1,
      );
    });
    it('reports a broken file with its place and problem, and keeps the valid parts', () => {
      const text =
        '{\n  "rules": { "no-such-rule": "off", "ux-cx-conflation": "loud" },\n  "lang": "fr",\n  "terms": { "en": { "cxOutcome": ["a.*b"] } }\n}';
      const { config, problems } = parseConfig(text, '/p/.uxcxrc.json');
      // Expected places, computed from the text: line and 1-based column of each offending token.
      const place = (needle: string): [string, number, number] => {
        const i = text.indexOf(needle);
        const before = text.slice(0, i).split('\n');
        return ['/p/.uxcxrc.json', before.length, before[before.length - 1]!.length + 1];
      };
      assert.deepEqual(
        problems.map((p) => [p.file, p.range?.start.line, p.range?.start.column]),
        [place('"no-such-rule"'), place('"loud"'), place('"fr"'), place('"a.*b"')],
      );
      assert.match(problems[0]!.message, /Unknown rule "no-such-rule"/);
      assert.match(problems[2]!.message, /"lang" must be/);
      assert.match(problems[3]!.message, /plain words/);
      assert.deepEqual(config.rules, {});
      assert.equal(
        parseConfig('{ "rules": ', 'x.json').problems[0]?.message.startsWith('Invalid JSON'),
        true,
      );
    });
  });

  describe('bad input', () => {
    it('skips binary text with a problem and never throws', () => {
      const r = lint('abc\u0000def');
      assert.deepEqual(r.findings, []);
      assert.equal(r.problems[0]?.kind, 'input');
    });
    it('skips text over the size limit, counted in UTF-8 bytes', () => {
      const config = { ...defaultConfig(), maxFileSize: 20 };
      assert.equal(lint('ééééééééééééé', { config }).problems.length, 1);
      assert.equal(lint('eeeeeeeeeeeee', { config }).problems.length, 0);
      // Astral characters are 4 bytes, a lone surrogate 3 (as TextEncoder writes them).
      for (const text of [
        '😀😀😀😀😀',
        '\ud800\ud800\ud800\ud800\ud800\ud800\ud800',
        'a😀é\udc00x',
      ]) {
        const bytes = new TextEncoder().encode(text).length;
        assert.equal(
          lint(text, { config: { ...defaultConfig(), maxFileSize: bytes } }).problems.length,
          0,
        );
        const over = lint(text, { config: { ...defaultConfig(), maxFileSize: bytes - 1 } });
        assert.equal(over.problems[0]?.message, tooLargeMessage({ bytes, limit: bytes - 1 }, 'en'));
      }
    });

    it('says the same about a text over the limit as the CLI and the editor, in its language', () => {
      const config = { ...defaultConfig(), maxFileSize: 3 };
      assert.equal(
        lint('abcd', { config, lang: 'nl' }).problems[0]?.message,
        'Het document is groter dan de limiet (4 bytes > maxFileSize 3); het is niet gecontroleerd.',
      );
      assert.equal(
        lint('abcd', { config, lang: 'en' }).problems[0]?.message,
        'The document is larger than the limit (4 bytes > maxFileSize 3); it was not linted.',
      );
    });
  });
});
