// Diagnostics for English and Dutch documents: codes, exact ranges, severities, messages,
// links to the rule docs and related information; and clearing when a document closes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ruleDocsUrl, type RuleId } from '../../src/core';
import {
  assertMatchesFreshLint,
  codeOf,
  linted,
  openLinted,
  until,
  uxcxDiagnostics,
} from './helpers';

type Expected = [rule: RuleId, underRange: string, severity: vscode.DiagnosticSeverity];
const { Warning, Information } = vscode.DiagnosticSeverity;

interface Case {
  file: string;
  lang: 'en' | 'nl';
  expected: Expected[];
  /** Lines that must have no diagnostics (hard negatives), by a piece of their text. */
  negatives: string[];
  /** A finding and the related information labels it must carry. */
  related: { underRange: string; labels: string[] };
  /** Texts of findings of low confidence: a claim over two sentences, shown only when thorough. */
  lowConfidence?: string[];
}

const CASES: Case[] = [
  {
    file: 'en/member-portal.md',
    lang: 'en',
    expected: [
      ['ux-for-cx-outcome', 'brand preference', Warning],
      ['ux-for-cx-outcome', 'loyal', Warning],
      ['ux-for-cx-outcome', 'NPS', Warning],
      ['ux-cx-conflation', 'UX/CX', Warning],
      ['unmeasurable-ux-quality', 'intuitive', Information],
      ['digital-only-journey', 'customer journey', Information],
    ],
    negatives: [
      'cut drop-off on the renewal form',
      'Faster phone call-backs',
      'No redesign by itself',
      'shows my loyalty points',
      'Task success at least 90',
      'Map the whole journey',
      'trust only certificates',
    ],
    related: {
      underRange: 'brand preference',
      labels: ['UX means: "redesigned"', 'expected to lead to: "strengthen"'],
    },
  },
  {
    file: 'nl/ledenportaal.md',
    lang: 'nl',
    expected: [
      ['ux-for-cx-outcome', 'meer vertrouwen', Warning],
      ['ux-for-cx-outcome', 'merkvoorkeur', Warning],
      ['ux-for-cx-outcome', 'trouw', Warning],
      ['ux-cx-conflation', 'UX/CX', Warning],
      ['unmeasurable-ux-quality', 'gebruiksvriendelijk', Information],
      ['digital-only-journey', 'klantreis', Information],
    ],
    lowConfidence: ['het vertrouwen'],
    negatives: [
      'uitval bij stap 3',
      'Snellere terugbelafspraken',
      'spaarpunten',
      'Breng eerst de hele klantreis',
    ],
    related: {
      underRange: 'merkvoorkeur',
      labels: ['UX-middel: "frisse ontwerp van de app"', 'verwacht verband: "stijgt"'],
    },
  },
];

describe('diagnostics', () => {
  for (const c of CASES) {
    describe(`${c.lang}: ${c.file}`, () => {
      let doc: vscode.TextDocument;
      before(async () => {
        doc = (await openLinted(c.file)).document;
      });

      it('match a fresh lint of the text exactly (range, rule, severity, message)', () => {
        assertMatchesFreshLint(doc);
      });

      it('flag each expected statement with the right code, range and severity', () => {
        const found = uxcxDiagnostics(doc.uri).map(
          (d) => [codeOf(d), doc.getText(d.range), d.severity] as const,
        );
        for (const e of c.expected) {
          assert.ok(
            found.some((f) => f[0] === e[0] && f[1] === e[1] && f[2] === e[2]),
            `missing ${e.join(' ')}; found:\n${found.map((f) => f.join(' ')).join('\n')}`,
          );
        }
      });

      it('leave out findings of low confidence (the default sensitivity is strict)', () => {
        const shown = uxcxDiagnostics(doc.uri).map((d) => doc.getText(d.range));
        for (const text of c.lowConfidence ?? []) assert.ok(!shown.includes(text), text);
      });

      it('leave the hard negatives alone', () => {
        for (const d of uxcxDiagnostics(doc.uri)) {
          const line = doc.lineAt(d.range.start.line).text;
          for (const n of c.negatives) assert.ok(!line.includes(n), `flagged: ${line}`);
        }
      });

      it(`carry source, a docs link and a message in ${c.lang}`, () => {
        for (const d of uxcxDiagnostics(doc.uri)) {
          assert.equal(d.source, 'uxcx');
          assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri);
          assert.equal(d.code.target.toString(true), ruleDocsUrl(codeOf(d) as RuleId, c.lang));
        }
        const sample = uxcxDiagnostics(doc.uri).find((d) => codeOf(d) === 'ux-for-cx-outcome');
        assert.ok(sample);
        const word = c.lang === 'nl' ? 'klantervaringsuitkomst' : 'customer-experience outcome';
        assert.ok(sample.message.includes(word), sample.message);
      });

      it('point at the UX means and the link as related information', () => {
        const d = uxcxDiagnostics(doc.uri).find(
          (x) => doc.getText(x.range) === c.related.underRange,
        );
        assert.ok(d, `no diagnostic on "${c.related.underRange}"`);
        const info = d.relatedInformation ?? [];
        assert.deepEqual(
          info.map((i) => i.message),
          c.related.labels,
        );
        for (const i of info) {
          assert.equal(i.location.uri.toString(), doc.uri.toString());
          const quoted = /"(.*)"$/.exec(i.message)?.[1];
          assert.equal(doc.getText(i.location.range), quoted);
        }
      });
    });
  }

  it('are cleared when a document closes', async () => {
    const doc = (await openLinted('en/hover-demo.md')).document;
    assert.ok(uxcxDiagnostics(doc.uri).length > 0);
    // Changing the language closes the Markdown document as far as extensions can tell.
    const plain = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    await until(() => uxcxDiagnostics(doc.uri).length === 0, 'diagnostics to be cleared');
    await linted(doc.uri, () => vscode.languages.setTextDocumentLanguage(plain, 'markdown'));
    assert.ok(uxcxDiagnostics(doc.uri).length > 0);
  });
});
