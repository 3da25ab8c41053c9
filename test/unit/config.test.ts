// Configuration: finding and loading .uxcxrc.json, reading documents, the CLI's reports of bad
// config files, and the JSON schema kept in step with the engine.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CONFIG_FILE_NAME,
  EXTENSIBLE_CATEGORIES,
  LANGS,
  RULE_IDS,
  SEVERITIES,
  defaultConfig,
} from '../../src/core';
import { ConfigResolver, findConfigFile, loadConfig, readDocument } from '../../src/node';
import { buildCli, DOCS, placeOf, ROOT, runCli, useTempProjects } from './cli-harness';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
}

describe('configuration', () => {
  const project = useTempProjects();

  describe('findConfigFile', () => {
    it('finds the nearest .uxcxrc.json walking upward', async () => {
      const dir = project({ '.uxcxrc.json': '{}', 'a/.uxcxrc.json': '{}', 'a/b/c/doc.md': '' });
      assert.equal(
        await findConfigFile(path.join(dir, 'a/b/c')),
        path.join(dir, 'a', CONFIG_FILE_NAME),
      );
      assert.equal(await findConfigFile(dir), path.join(dir, CONFIG_FILE_NAME));
    });

    it('stops at stopDir (inclusive) and ignores folders named like the file', async () => {
      const dir = project({ '.uxcxrc.json': '{}', 'a/b/doc.md': '', 'a/.uxcxrc.json/x': '' });
      assert.equal(await findConfigFile(path.join(dir, 'a/b'), path.join(dir, 'a')), undefined);
      assert.equal(
        await findConfigFile(path.join(dir, 'a/b'), dir),
        path.join(dir, CONFIG_FILE_NAME),
      );
    });
  });

  describe('loadConfig', () => {
    it('merges a valid file over the defaults', async () => {
      const dir = project({
        '.uxcxrc.json':
          '\uFEFF{ // comments are allowed\n "rules": { "ux-cx-conflation": false, "digital-only-journey": "error" }, "lang": "nl", }',
      });
      const loaded = await loadConfig(path.join(dir, '.uxcxrc.json'));
      assert.deepEqual(loaded.problems, []);
      assert.equal(loaded.config.rules['ux-cx-conflation'], 'off');
      assert.equal(loaded.config.rules['digital-only-journey'], 'error');
      assert.equal(
        loaded.config.rules['ux-for-cx-outcome'],
        defaultConfig().rules['ux-for-cx-outcome'],
      );
      assert.equal(loaded.config.lang, 'nl');
    });

    it('turns an unreadable file into one problem and uses the defaults', async () => {
      const dir = project({});
      const loaded = await loadConfig(path.join(dir, 'nope.json'));
      assert.deepEqual(loaded.config, defaultConfig());
      assert.equal(loaded.problems.length, 1);
      assert.equal(loaded.problems[0]?.kind, 'config');
      assert.match(
        loaded.problems[0]?.message ?? '',
        /could not be read \(no such file or folder\)/,
      );
    });

    it('keeps the valid settings of a file with problems', async () => {
      const dir = project({ '.uxcxrc.json': '{ "lang": "fr", "maxFileSize": 100 }' });
      const loaded = await loadConfig(path.join(dir, '.uxcxrc.json'));
      assert.equal(loaded.problems.length, 1);
      assert.equal(loaded.config.lang, 'auto');
      assert.equal(loaded.config.maxFileSize, 100);
    });
  });

  describe('ConfigResolver', () => {
    it('caches per folder and per file, and an explicit file wins', async () => {
      const dir = project({ '.uxcxrc.json': '{ "lang": "en" }', 'other.json': '{ "lang": "nl" }' });
      const resolver = new ConfigResolver();
      const a = await resolver.forFile(path.join(dir, 'x/a.md'));
      const b = await resolver.forFile(path.join(dir, 'x/b.md'));
      assert.equal(a, b);
      assert.equal(a.file, path.join(dir, CONFIG_FILE_NAME));
      assert.equal((await resolver.loadedConfigs()).length, 1);
      const explicit = new ConfigResolver(path.join(dir, 'other.json'));
      assert.equal((await explicit.forFile(path.join(dir, 'a.md'))).config.lang, 'nl');
    });

    it('uses the defaults when no file is found', async () => {
      const dir = project({ 'a.md': '' });
      const loaded = await new ConfigResolver(undefined, dir).forFile(path.join(dir, 'a.md'));
      assert.deepEqual(loaded, { config: defaultConfig(), problems: [] });
    });
  });

  describe('readDocument', () => {
    it('keeps a BOM and decodes UTF-8', async () => {
      const dir = project({ 'a.md': '\uFEFFCafé 😀\n' });
      assert.deepEqual(await readDocument(path.join(dir, 'a.md'), 1000), {
        text: '\uFEFFCafé 😀\n',
        problems: [],
      });
    });

    it('skips a file over the limit by its size on disk', async () => {
      const dir = project({ 'a.md': 'x'.repeat(101) });
      const result = await readDocument(path.join(dir, 'a.md'), 100);
      assert.ok('skipped' in result);
      assert.equal(result.cause, 'too-large');
    });

    it('skips a file with a NUL byte in its first 8 KB, but not after it', async () => {
      const early = Buffer.concat([Buffer.from('abc'), Buffer.from([0])]);
      const late = Buffer.concat([Buffer.alloc(8 * 1024, 0x61), Buffer.from([0])]);
      const dir = project({ 'early.md': early, 'late.md': late });
      const a = await readDocument(path.join(dir, 'early.md'), 1e6);
      assert.ok('skipped' in a && a.cause === 'binary');
      const b = await readDocument(path.join(dir, 'late.md'), 1e6);
      assert.ok('text' in b);
    });

    it('decodes invalid UTF-8 with replacement characters and a warning problem', async () => {
      const dir = project({ 'a.md': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]) });
      const result = await readDocument(path.join(dir, 'a.md'), 1000);
      assert.ok('text' in result);
      assert.equal(result.text, 'Caf\uFFFD\n');
      assert.equal(result.problems.length, 1);
      assert.equal(result.problems[0]?.kind, 'input');
    });

    it('reports a missing file or a folder as unreadable, without throwing', async () => {
      const dir = project({});
      const missing = await readDocument(path.join(dir, 'nope.md'), 1000);
      assert.ok('skipped' in missing && missing.cause === 'unreadable');
      const folder = await readDocument(dir, 1000);
      assert.ok('skipped' in folder && folder.cause === 'unreadable');
    });
  });

  describe('invalid config files in the CLI', () => {
    before(() => buildCli());

    const cases: { name: string; config: string; at: string; message: RegExp }[] = [
      {
        name: 'bad JSON',
        config: '{\n  "lang": "en"\n  "rules": {}\n}\n',
        at: '"rules"',
        message: /Invalid JSON: CommaExpected/,
      },
      {
        name: 'a value of the wrong type',
        config: '{\n  "ignore": "drafts/**"\n}\n',
        at: '"drafts/**"',
        message: /"ignore" must be an array of glob strings/,
      },
      {
        name: 'an unknown rule',
        config:
          '{\n  "rules": {\n    "ux-for-cx-outcome": "error",\n    "no-such-rule": "off"\n  }\n}\n',
        at: '"no-such-rule"',
        message: /Unknown rule "no-such-rule"/,
      },
      {
        name: 'an unknown language',
        config: '{ "rules": {},\n\n     "lang": "de" }',
        at: '"de"',
        message: /"lang" must be "auto", "en" or "nl"/,
      },
    ];

    for (const c of cases) {
      it(`names file:line:col for ${c.name}, lints on, and exits 2`, () => {
        const dir = project({ 'docs/.uxcxrc.json': c.config, 'docs/a.md': DOCS.enWarning });
        const run = runCli(['-f', 'json', 'docs'], dir);
        assert.equal(run.code, 2);
        const { line, column } = placeOf(c.config, c.at);
        const lines = run.stderr.split('\n');
        const problem = lines.find((l) =>
          l.startsWith(`docs/.uxcxrc.json:${line}:${column}: config error: `),
        );
        assert.ok(problem, `no problem at ${line}:${column} in:\n${run.stderr}`);
        assert.match(problem, c.message);
        const findings = JSON.parse(run.stdout) as JsonFinding[];
        assert.deepEqual(
          findings.map((f) => [f.file, f.ruleId]),
          [['docs/a.md', 'ux-for-cx-outcome']],
        );
      });
    }

    it('keeps the valid settings next to an invalid one', () => {
      const dir = project({
        '.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "error", "nope": "off" } }',
        'a.md': DOCS.enWarning,
      });
      const run = runCli(['-f', 'json', 'a.md'], dir);
      assert.equal(run.code, 2);
      assert.equal((JSON.parse(run.stdout) as JsonFinding[])[0]?.severity, 'error');
    });

    it('reports a missing --config file, lints with the defaults, and exits 2', () => {
      const dir = project({ 'a.md': DOCS.enWarning });
      const run = runCli(['-f', 'json', '--config', 'missing.json', 'a.md'], dir);
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        /^missing\.json: config error: The configuration file could not be read/m,
      );
      assert.equal((JSON.parse(run.stdout) as JsonFinding[])[0]?.severity, 'warning');
    });

    it('uses --config instead of the nearest .uxcxrc.json', () => {
      const dir = project({
        '.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "off" } }',
        'ci.json': '{ "rules": { "ux-for-cx-outcome": "error" } }',
        'a.md': DOCS.enWarning,
      });
      assert.deepEqual(JSON.parse(runCli(['-f', 'json', 'a.md'], dir).stdout), []);
      const run = runCli(['-f', 'json', '-c', 'ci.json', 'a.md'], dir);
      assert.equal(run.code, 1);
      assert.equal((JSON.parse(run.stdout) as JsonFinding[])[0]?.severity, 'error');
    });

    it('applies the nearest config to each document', () => {
      const dir = project({
        '.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "error" } }',
        'a.md': DOCS.enWarning,
        'legacy/.uxcxrc.json': '{ "rules": { "ux-for-cx-outcome": "info" } }',
        'legacy/b.md': DOCS.enWarning,
      });
      const findings = JSON.parse(runCli(['-f', 'json', '.'], dir).stdout) as JsonFinding[];
      assert.deepEqual(
        findings.map((f) => [f.file, f.severity]),
        [
          ['a.md', 'error'],
          ['legacy/b.md', 'info'],
        ],
      );
    });
  });

  describe('schema/uxcxrc.schema.json', () => {
    interface Schema {
      $schema: string;
      additionalProperties: boolean;
      properties: {
        rules: { additionalProperties: boolean; properties: Record<string, { oneOf: unknown[] }> };
        lang: { enum: string[] };
        sensitivity: { enum: string[]; default: string };
        terms: { properties: Record<string, { properties: Record<string, unknown> }> };
        ignore: { type: string; items: { type: string } };
        maxFileSize: { type: string; minimum: number };
      };
    }
    const schema = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'schema', 'uxcxrc.schema.json'), 'utf8'),
    ) as Schema;

    it('is a closed draft-07 object schema', () => {
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.equal(schema.additionalProperties, false);
      assert.deepEqual(Object.keys(schema.properties).sort(), [
        '$schema',
        'ignore',
        'lang',
        'maxFileSize',
        'rules',
        'sensitivity',
        'terms',
      ]);
      assert.deepEqual(schema.properties.sensitivity.enum, ['strict', 'thorough']);
      assert.equal(schema.properties.sensitivity.default, defaultConfig().sensitivity);
      assert.equal(schema.properties.ignore.items.type, 'string');
      assert.equal(schema.properties.maxFileSize.type, 'integer');
      assert.equal(schema.properties.maxFileSize.minimum, 1);
    });

    it('lists exactly the engine rule ids, each off/severity or boolean', () => {
      const rules = schema.properties.rules;
      assert.equal(rules.additionalProperties, false);
      assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_IDS].sort());
      for (const setting of Object.values(rules.properties)) {
        assert.deepEqual(setting.oneOf, [{ enum: ['off', ...SEVERITIES] }, { type: 'boolean' }]);
      }
    });

    it('lists exactly the engine languages and extensible term categories', () => {
      assert.deepEqual(schema.properties.lang.enum, ['auto', ...LANGS]);
      const terms = schema.properties.terms.properties;
      assert.deepEqual(Object.keys(terms).sort(), [...LANGS].sort());
      for (const lang of LANGS) {
        assert.deepEqual(
          Object.keys(terms[lang]?.properties ?? {}).sort(),
          [...EXTENSIBLE_CATEGORIES].sort(),
        );
      }
    });
  });
});
