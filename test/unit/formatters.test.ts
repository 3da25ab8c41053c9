// The output formats: stylish, json, sarif and github, through the built CLI and directly.
import * as assert from 'node:assert/strict';
import { version } from '../../package.json';
import { lint, RULES, ruleDocsUrl, type Finding } from '../../src/core';
import { escapeData, escapeProperty, github } from '../../src/cli/formatters/github';
import { stylish } from '../../src/cli/formatters/stylish';
import { run, type CliIo } from '../../src/cli/run';
import { DOCS, placeOf, runCli, type Place, useTempProjects } from './cli-harness';

/** A document whose findings sit after a BOM, CRLF line ends and a character outside the BMP. */
const TRICKY =
  '\uFEFF---\r\ntitle: Goals 😀\r\n---\r\n\r\n# Goals 😀\r\n\r\n' +
  'Our 😀 team: the new dashboard design will strengthen brand preference among customers.\r\n' +
  '\r\nThe portal must be intuitive.\r\n';

const ESC = '\u001b[';

interface JsonFinding extends Place {
  file: string;
  ruleId: string;
  severity: string;
  message: string;
  lang: string;
  messageId: string;
  docsUrl: string;
  statement: Place & { text: string };
  spans: (Place & { role: string; text: string })[];
}

const placeOfFinding = (f: Place): Place => ({
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
});

/** A real finding with its message replaced, to drive the escaping. */
function findingWithMessage(message: string): Finding {
  const finding = lint(DOCS.enWarning).findings[0];
  assert.ok(finding);
  return { ...finding, message };
}

function memoryIo(overrides: Partial<CliIo>): CliIo & { out: string[] } {
  const out: string[] = [];
  return {
    cwd: process.cwd(),
    env: {},
    stdoutIsTTY: false,
    version: '0.0.0-test',
    writeOut: (text) => void out.push(text),
    writeErr: () => undefined,
    readStdin: () => Promise.resolve(new TextEncoder().encode(DOCS.enWarning)),
    out,
    ...overrides,
  };
}

describe('formatters', () => {
  const project = useTempProjects(true);

  describe('json', () => {
    it('writes one object per finding with 1-based positions computed from the text', () => {
      const dir = project({ 'docs/tricky.md': TRICKY });
      const result = runCli(['-f', 'json', 'docs'], dir);
      assert.equal(result.code, 0, result.stderr);
      const findings = JSON.parse(result.stdout) as JsonFinding[];
      assert.deepEqual(
        findings.map((f) => [f.file, f.ruleId, f.severity]),
        [
          ['docs/tricky.md', 'ux-for-cx-outcome', 'warning'],
          ['docs/tricky.md', 'unmeasurable-ux-quality', 'info'],
        ],
      );
      const [outcome, vague] = findings as [JsonFinding, JsonFinding];
      assert.deepEqual(placeOfFinding(outcome), placeOf(TRICKY, 'brand preference'));
      assert.deepEqual(placeOfFinding(vague), placeOf(TRICKY, 'intuitive'));
      assert.equal(outcome.lang, 'en');
      assert.equal(outcome.messageId, 'ux-for-cx-outcome/causal');
      assert.match(outcome.message, /"brand preference" is a customer-experience outcome/);
      assert.equal(outcome.docsUrl, ruleDocsUrl('ux-for-cx-outcome', 'en'));
      const sentence = 'the new dashboard design will strengthen brand preference among customers.';
      assert.equal(outcome.statement.text.endsWith(sentence), true);
      assert.deepEqual(
        placeOfFinding(outcome.statement).endColumn,
        placeOf(TRICKY, sentence).endColumn,
      );
      const span = (role: string): JsonFinding['spans'][number] => {
        const found = outcome.spans.find((s) => s.role === role);
        assert.ok(found, `no ${role} span`);
        return found;
      };
      assert.equal(span('uxMeans').text, 'dashboard design');
      assert.equal(span('cxOutcome').text, 'brand preference');
      assert.deepEqual(placeOfFinding(span('uxMeans')), placeOf(TRICKY, 'dashboard design'));
      assert.deepEqual(placeOfFinding(span('link')), placeOf(TRICKY, span('link').text));
    });

    it('writes an empty array when there is nothing to report', () => {
      const result = runCli(['-f', 'json', 'a.md'], project({ 'a.md': DOCS.clean }));
      assert.equal(result.stdout, '[]\n');
    });
  });

  describe('sarif', () => {
    interface SarifLog {
      $schema: string;
      version: string;
      runs: {
        tool: {
          driver: {
            name: string;
            version: string;
            informationUri: string;
            rules: {
              id: string;
              shortDescription: { text: string };
              helpUri: string;
              defaultConfiguration: { level: string };
            }[];
          };
        };
        columnKind: string;
        originalUriBaseIds: Record<string, { uri: string }>;
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string; uriBaseId?: string };
              region: {
                startLine: number;
                startColumn: number;
                endLine: number;
                endColumn: number;
              };
            };
          }[];
          partialFingerprints?: Record<string, string>;
        }[];
      }[];
    }

    it('writes SARIF 2.1.0 in the shape GitHub code scanning requires', () => {
      const dir = project({ 'docs/my plan/tricky.md': TRICKY, 'nl.md': DOCS.nlWarning });
      const result = runCli(['-f', 'sarif', '.'], dir);
      assert.equal(result.code, 0, result.stderr);
      const log = JSON.parse(result.stdout) as SarifLog;
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const [sarifRun] = log.runs;
      assert.ok(sarifRun);
      const { driver } = sarifRun.tool;
      assert.equal(driver.name, 'uxcx-lint');
      assert.equal(driver.version, version);
      assert.match(driver.informationUri, /^https:\/\//);
      assert.deepEqual(
        driver.rules.map((r) => r.id),
        RULES.map((r) => r.id),
      );
      for (const rule of driver.rules) {
        const core = RULES.find((r) => r.id === rule.id)!;
        assert.equal(rule.shortDescription.text, core.description.en);
        assert.equal(rule.helpUri, ruleDocsUrl(core.id));
        assert.equal(
          rule.defaultConfiguration.level,
          { error: 'error', warning: 'warning', info: 'note' }[core.defaultSeverity],
        );
      }
      assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
      assert.match(sarifRun.originalUriBaseIds['%SRCROOT%']?.uri ?? '', /^file:\/\/.*\/$/);
      assert.deepEqual(
        sarifRun.results.map((r) => [r.ruleId, r.level]),
        [
          ['ux-for-cx-outcome', 'warning'],
          ['unmeasurable-ux-quality', 'note'],
          ['ux-for-cx-outcome', 'warning'],
        ],
      );
      for (const r of sarifRun.results) {
        assert.equal(driver.rules[r.ruleIndex]?.id, r.ruleId);
        assert.ok(r.message.text.length > 0);
        assert.equal(r.locations.length, 1);
        const { artifactLocation, region } = r.locations[0]!.physicalLocation;
        assert.doesNotMatch(artifactLocation.uri, /\\|^\/|^file:/);
        assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
        for (const n of Object.values(region)) assert.ok(Number.isInteger(n) && n >= 1);
        assert.equal(Object.keys(r.partialFingerprints ?? {}).length, 1);
      }
      const first = sarifRun.results[0]!.locations[0]!.physicalLocation;
      assert.equal(first.artifactLocation.uri, 'docs/my%20plan/tricky.md');
      const expected = placeOf(TRICKY, 'brand preference');
      assert.deepEqual(first.region, {
        startLine: expected.line,
        startColumn: expected.column,
        endLine: expected.endLine,
        endColumn: expected.endColumn,
      });
      assert.equal(
        sarifRun.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri,
        'nl.md',
      );
    });

    it('writes a valid log with no results for a clean run', () => {
      const result = runCli(['-f', 'sarif', 'a.md'], project({ 'a.md': DOCS.clean }));
      const log = JSON.parse(result.stdout) as SarifLog;
      assert.deepEqual(log.runs[0]?.results, []);
      assert.equal(log.runs[0]?.tool.driver.rules.length, RULES.length);
    });
  });

  describe('github', () => {
    it('writes one workflow command per finding; info becomes a notice', () => {
      const dir = project({
        'docs/a,b:c%.md': `${DOCS.enWarning}\nThe portal must be intuitive.\n`,
      });
      const result = runCli(['-f', 'github', 'docs'], dir);
      assert.equal(result.code, 0, result.stderr);
      const text = `${DOCS.enWarning}\nThe portal must be intuitive.\n`;
      const a = placeOf(text, 'brand preference');
      const b = placeOf(text, 'intuitive');
      const lines = result.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.ok(
        lines[0]!.startsWith(
          `::warning file=docs/a%2Cb%3Ac%25.md,line=${a.line},col=${a.column},endLine=${a.endLine},endColumn=${a.endColumn},title=uxcx-lint (ux-for-cx-outcome)::"brand preference" is`,
        ),
        lines[0],
      );
      assert.ok(
        lines[1]!.startsWith(
          `::notice file=docs/a%2Cb%3Ac%25.md,line=${b.line},col=${b.column},endLine=${b.endLine},endColumn=${b.endColumn},title=uxcx-lint (unmeasurable-ux-quality)::`,
        ),
        lines[1],
      );
    });

    it('escapes %, CR and LF in messages, and also : and , in properties', () => {
      assert.equal(escapeData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
      assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
      const out = github(
        [{ displayPath: 'x.md', findings: [findingWithMessage('50%\r\nok: yes, no')] }],
        {
          cwd: process.cwd(),
          version,
          color: false,
        },
      );
      assert.match(
        out,
        /^::warning file=x\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=uxcx-lint \(ux-for-cx-outcome\)::50%25%0D%0Aok: yes, no\n$/,
      );
    });
  });

  describe('stylish', () => {
    it('groups findings by file as line:col  severity  message  ruleId, then a summary', () => {
      const dir = project({ 'b.md': DOCS.enInfo, 'a.md': DOCS.enWarning, 'c.md': DOCS.clean });
      const result = runCli(['.'], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.ok(!result.stdout.includes(ESC), 'no colours when stdout is not a terminal');
      const a = placeOf(DOCS.enWarning, 'brand preference');
      const b = placeOf(DOCS.enInfo, 'intuitive');
      const lines = result.stdout.split('\n');
      const at = (prefix: string): number => lines.findIndex((l) => l.startsWith(prefix));
      assert.ok(at('a.md') >= 0 && at('a.md') < at('b.md'));
      assert.equal(lines.includes('c.md'), false);
      assert.match(
        lines[at('a.md') + 1]!,
        new RegExp(`^  ${a.line}:${a.column}  warning  "brand preference" .+  ux-for-cx-outcome$`),
      );
      assert.match(
        lines[at('b.md') + 1]!,
        new RegExp(`^  ${b.line}:${b.column}  info  "intuitive" .+  unmeasurable-ux-quality$`),
      );
      assert.ok(lines.includes('✖ 2 problems (0 errors, 1 warning, 1 info) in 3 files'));
    });

    it('uses colours on a terminal unless NO_COLOR is set', async () => {
      const tty = memoryIo({ stdoutIsTTY: true });
      assert.equal(await run(['-'], tty), 0);
      assert.ok(tty.out.join('').includes(ESC));
      const noColor = memoryIo({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
      await run(['-'], noColor);
      assert.ok(!noColor.out.join('').includes(ESC));
      assert.ok(noColor.out.join('').includes('<stdin>'));
    });

    it('escapes control characters so a document cannot drive the terminal', () => {
      const out = stylish(
        [{ displayPath: 'x\u001b[2J.md', findings: [findingWithMessage('a\u001b[31mb')] }],
        {
          cwd: process.cwd(),
          version,
          color: false,
        },
      );
      assert.ok(!out.includes('\u001b'));
      assert.ok(out.includes('x\\u001b[2J.md'));
    });
  });
});
