// The built CLI end to end: targets, exit codes, options, skips, and that files are never written.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { DOCS, placeOf, runCli, snapshot, useTempProjects } from './cli-harness';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  lang: string;
}

function parseJson(stdout: string): JsonFinding[] {
  return JSON.parse(stdout) as JsonFinding[];
}

describe('uxcx-lint CLI', () => {
  const project = useTempProjects(true);

  describe('usage', () => {
    it('prints the usage text with --help and exits 0', () => {
      const run = runCli(['--help'], project({}));
      assert.equal(run.code, 0);
      assert.match(run.stdout, /^Usage: uxcx-lint \[options\]/);
      for (const flag of ['--format', '--lang', '--config', '--max-warnings', '--quiet']) {
        assert.ok(run.stdout.includes(flag), flag);
      }
    });

    it('prints the package version with --version', () => {
      const run = runCli(['--version'], project({}));
      assert.equal(run.code, 0);
      assert.equal(run.stdout.trim(), version);
    });

    for (const args of [
      ['--bogus'],
      ['--format', 'xml', 'a.md'],
      ['--lang', 'de', 'a.md'],
      ['--max-warnings', 'many', 'a.md'],
      ['--max-warnings=-1', 'a.md'],
      ['--format'],
    ]) {
      it(`exits 2 with a hint for a bad command line: ${args.join(' ')}`, () => {
        const run = runCli(args, project({ 'a.md': DOCS.clean }));
        assert.equal(run.code, 2);
        assert.match(run.stderr, /^uxcx-lint: [\s\S]+\nRun "uxcx-lint --help" for usage\.\n$/);
        assert.equal(run.stdout, '');
      });
    }
  });

  describe('exit codes', () => {
    it('exits 0 for a clean document', () => {
      const run = runCli(['doc.md'], project({ 'doc.md': DOCS.clean }));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /No problems found in 1 file\./);
    });

    it('does not say all is well when part of a file was not read', () => {
      // A paragraph of unclosed HTML comments is past the read budget: noted on stderr.
      const costly = `The new app will increase customer loyalty.\n\n${'Ok <!-- '.repeat(40_000)}`;
      const run = runCli(['a.md', 'b.md'], project({ 'a.md': costly, 'b.md': DOCS.clean }));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /a\.md:3:1: warning: Line 3 is too complex to read in time/);
      assert.match(
        run.stdout,
        /1 problem .* in 2 files \(1 part not read: see the warnings above\)/,
      );
      const unreadOnly = runCli(['a.md'], project({ 'a.md': 'Ok <!-- '.repeat(40_000) }));
      assert.match(
        unreadOnly.stdout,
        /^! No problems found in what was read of 1 file \(1 part not read/,
      );
      assert.doesNotMatch(unreadOnly.stdout, /✔/);
    });

    it('exits 0 when there are only warnings and info (they do not fail the run)', () => {
      const run = runCli(['.'], project({ 'w.md': DOCS.enWarning, 'i.md': DOCS.enInfo }));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /2 problems \(0 errors, 1 warning, 1 info\) in 2 files/);
    });

    it('exits 1 when a finding has severity error', () => {
      const dir = project({
        'doc.md': DOCS.enWarning,
        '.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "error" } }',
      });
      const run = runCli(['doc.md'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /1 problem \(1 error, 0 warnings, 0 info\)/);
    });

    it('exits 1 with more warnings than --max-warnings, 0 at the limit', () => {
      const dir = project({ 'a.md': DOCS.enWarning, 'b.md': DOCS.nlWarning });
      const over = runCli(['--max-warnings', '1', '.'], dir);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /too many warnings \(2; maximum: 1\)/);
      assert.equal(runCli(['--max-warnings', '2', '.'], dir).code, 0);
    });

    it('never counts info findings as warnings', () => {
      const run = runCli(['--max-warnings', '0', 'i.md'], project({ 'i.md': DOCS.enInfo }));
      assert.equal(run.code, 0, run.stderr);
    });
  });

  describe('--quiet', () => {
    it('reports only error findings, and dropped warnings do not count', () => {
      const dir = project({
        'doc.md': `${DOCS.enWarning}\nThe portal must be intuitive.\n`,
        '.uxcxrc.json': '{ "rules": { "unmeasurable-ux-quality": "error" } }',
      });
      const all = parseJson(runCli(['-f', 'json', 'doc.md'], dir).stdout);
      assert.deepEqual(all.map((f) => f.severity).sort(), ['error', 'warning']);
      const quiet = runCli(['-f', 'json', '--quiet', '--max-warnings', '0', 'doc.md'], dir);
      assert.equal(quiet.code, 1);
      const findings = parseJson(quiet.stdout);
      assert.deepEqual(
        findings.map((f) => [f.ruleId, f.severity]),
        [['unmeasurable-ux-quality', 'error']],
      );
    });

    it('exits 0 with --quiet when there are only warnings, even with --max-warnings 0', () => {
      const run = runCli(
        ['--quiet', '--max-warnings', '0', 'a.md'],
        project({ 'a.md': DOCS.enWarning }),
      );
      assert.equal(run.code, 0, run.stderr);
      assert.doesNotMatch(run.stdout, /warning/);
    });
  });

  describe('targets', () => {
    it('expands folders to the files the editor reads there: Markdown in any case, no hidden files, no node_modules, .git or hidden folders', () => {
      const dir = project({
        'b.md': DOCS.enWarning,
        'README.MD': DOCS.enWarning,
        'a/z.markdown': DOCS.enWarning,
        'a/y.md': DOCS.enWarning,
        'a/.draft.md': DOCS.enWarning,
        'notes.txt': DOCS.enWarning,
        'node_modules/pkg/readme.md': DOCS.enWarning,
        '.git/info.md': DOCS.enWarning,
        '.hidden/doc.md': DOCS.enWarning,
      });
      const run = runCli(['-f', 'json', '.'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['README.MD', 'a/y.md', 'a/z.markdown', 'b.md'],
      );
      // A glob names hidden folders itself; it may select any file.
      const globbed = runCli(['-f', 'json', '.hidden/*.md', '*.txt'], dir);
      assert.equal(globbed.code, 0, globbed.stderr);
      assert.deepEqual(
        parseJson(globbed.stdout).map((f) => f.file),
        ['.hidden/doc.md', 'notes.txt'],
      );
    });

    it('expands globs with the matcher of the ignore setting and lists every file once, sorted', () => {
      const dir = project({
        'docs/b.md': DOCS.enWarning,
        'docs/a.md': DOCS.enInfo,
        'x.md': DOCS.clean,
      });
      const run = runCli(['-f', 'json', 'docs/*.md', 'docs/a.md', 'docs'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['docs/a.md', 'docs/b.md'],
      );
    });

    it('exits 2 when a glob matches nothing', () => {
      const run = runCli(['nothing/**/*.md'], project({ 'a.md': DOCS.clean }));
      assert.equal(run.code, 2);
      assert.match(run.stderr, /nothing\/\*\*\/\*\.md: error: no files match this pattern/);
    });

    it('reports a missing path on stderr, lints the other files, and exits 2', () => {
      const dir = project({ 'a.md': DOCS.enWarning, 'b.md': DOCS.enInfo });
      const run = runCli(['-f', 'json', 'a.md', 'missing.md', 'b.md'], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /missing\.md: error: no such file or folder/);
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['a.md', 'b.md'],
      );
    });

    it('reads one document from standard input with -', () => {
      const run = runCli(['-f', 'json', '-'], project({}), { input: DOCS.enWarning });
      assert.equal(run.code, 0, run.stderr);
      const [finding] = parseJson(run.stdout);
      assert.equal(finding?.file, '<stdin>');
      assert.equal(finding?.ruleId, 'ux-for-cx-outcome');
      assert.deepEqual(
        { line: finding?.line, column: finding?.column },
        (({ line, column }) => ({ line, column }))(placeOf(DOCS.enWarning, 'brand preference')),
      );
    });

    it('applies the configuration found from the working folder to standard input', () => {
      const dir = project({ '.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "error" } }' });
      const run = runCli(['-f', 'json', '-'], dir, { input: DOCS.enWarning });
      assert.equal(run.code, 1);
      assert.equal(parseJson(run.stdout)[0]?.severity, 'error');
    });

    it('lints the current folder when no path is given', () => {
      const run = runCli(['-f', 'json'], project({ 'a.md': DOCS.enInfo }));
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['a.md'],
      );
    });
  });

  describe('ignore globs from the configuration', () => {
    const files = {
      '.uxcxrc.json': '{ "ignore": ["drafts/**", "**/*.generated.md"] }',
      'drafts/d.md': DOCS.enWarning,
      'sub/api.generated.md': DOCS.enWarning,
      'sub/kept.md': DOCS.enInfo,
    };

    it('leaves ignored files out of folder expansion, relative to the config file', () => {
      const dir = project(files);
      const run = runCli(['-f', 'json', '.'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['sub/kept.md'],
      );
      // Run from a subfolder: the globs still read from the config file's folder.
      const fromSub = runCli(['-f', 'json', '.'], path.join(dir, 'sub'));
      assert.deepEqual(
        parseJson(fromSub.stdout).map((f) => f.file),
        ['kept.md'],
      );
    });

    it('skips an ignored file named on the command line with a notice', () => {
      const run = runCli(['-f', 'json', 'drafts/d.md'], project(files));
      assert.equal(run.code, 0);
      assert.deepEqual(parseJson(run.stdout), []);
      assert.match(
        run.stderr,
        /drafts\/d\.md: skipped: it matches an "ignore" glob in \.uxcxrc\.json/,
      );
    });
  });

  describe('documents that are not linted', () => {
    it('skips binary files with a notice and lints the rest', () => {
      const binary = Buffer.concat([
        Buffer.from('%PDF-1.7\n'),
        Buffer.from([0, 1, 2, 0]),
        Buffer.from(DOCS.enWarning),
      ]);
      const dir = project({ 'scan.md': binary, 'ok.md': DOCS.enWarning });
      const run = runCli(['-f', 'json', '.'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /scan\.md: skipped: it looks binary/);
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['ok.md'],
      );
    });

    it('warns at the place of lines too deeply nested to read, and keeps the other findings', () => {
      const deep = `${DOCS.enWarning}\n\n${'>'.repeat(3_000)} deep\n`;
      const dir = project({ 'deep.md': deep });
      const run = runCli(['-f', 'json', '.'], dir);
      const line = deep.split('\n').length - 1;
      assert.match(
        run.stderr,
        new RegExp(`deep\\.md:${line}:1: warning: Line ${line} is nested too deeply to read`),
      );
      assert.doesNotMatch(run.stderr, /skipped/);
      assert.ok(parseJson(run.stdout).length > 0, 'the findings of the rest are kept');
    });

    it('skips files larger than maxFileSize with a notice', () => {
      const big = `${DOCS.enWarning}\n${'Plain filler text. '.repeat(20)}\n`;
      const dir = project({
        '.uxcxrc.json': '{ "maxFileSize": 200 }',
        'big.md': big,
        'small.md': DOCS.enInfo,
      });
      const run = runCli(['-f', 'json', '.'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(
        run.stderr,
        new RegExp(
          `big\\.md: skipped: The document is larger than the limit \\(${Buffer.byteLength(big)} bytes > maxFileSize 200\\); it was not linted\\.`,
        ),
      );
      assert.deepEqual(
        parseJson(run.stdout).map((f) => f.file),
        ['small.md'],
      );
    });

    it('reads invalid UTF-8 with replacement characters and a warning', () => {
      const bytes = Buffer.concat([
        Buffer.from('# Caf'),
        Buffer.from([0xe9]),
        Buffer.from(`\n\n${DOCS.enWarning}`),
      ]);
      const run = runCli(['-f', 'json', 'latin1.md'], project({ 'latin1.md': bytes }));
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /latin1\.md: warning: The file is not valid UTF-8/);
      assert.equal(parseJson(run.stdout).length, 1);
    });
  });

  describe('--lang', () => {
    it('forces the language of every document', () => {
      const dir = project({ 'doc.md': 'UX/CX team.\n' });
      const detected = parseJson(runCli(['-f', 'json', 'doc.md'], dir).stdout);
      assert.deepEqual(
        detected.map((f) => [f.ruleId, f.lang]),
        [['ux-cx-conflation', 'en']],
      );
      const forced = parseJson(runCli(['-f', 'json', '--lang', 'nl', 'doc.md'], dir).stdout);
      assert.deepEqual(
        forced.map((f) => [f.ruleId, f.lang]),
        [['ux-cx-conflation', 'nl']],
      );
    });
  });

  describe('read-only', () => {
    it('never modifies, creates or deletes files, whatever the format', () => {
      const dir = project({
        'a.md': DOCS.enWarning,
        'b.md': `\uFEFF${DOCS.nlWarning}`,
        'crlf.md': DOCS.enInfo.replace(/\n/g, '\r\n'),
        '.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "error" } }',
      });
      const before = snapshot(dir);
      for (const format of ['stylish', 'json', 'sarif', 'github']) {
        runCli(['-f', format, '.', '-'], dir, { input: DOCS.enWarning });
      }
      assert.deepEqual(snapshot(dir), before);
      assert.deepEqual(fs.readdirSync(dir).sort(), ['.uxcxrc.json', 'a.md', 'b.md', 'crlf.md']);
    });
  });
});
