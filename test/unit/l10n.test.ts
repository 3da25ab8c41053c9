// The extension's UI strings exist in English and Dutch: every `vscode.l10n.t('…')` in the
// sources has an entry in both l10n bundles, and package.json's `%keys%` are in both nls files.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (p: string): string => readFileSync(path.join(ROOT, p), 'utf8');
const json = (p: string): Record<string, string> => JSON.parse(read(p)) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

/** The message strings of `l10n.t('…', …)` calls (single-quoted literals, as the code writes them). */
function messages(): string[] {
  const found = new Set<string>();
  for (const file of sources('src/extension')) {
    for (const m of read(file).matchAll(/l10n\.t\(\s*'((?:[^'\\\n]|\\.)*)'/g)) {
      found.add(m[1]!.replace(/\\(.)/g, '$1'));
    }
  }
  return [...found].sort();
}

describe('UI strings in English and Dutch', () => {
  const used = messages();

  it('finds the l10n.t calls in the sources', () => {
    assert.ok(used.length >= 5, `only ${used.length} l10n.t calls found: is the pattern stale?`);
  });

  for (const bundle of ['l10n/bundle.l10n.json', 'l10n/bundle.l10n.nl.json']) {
    it(`${bundle} has every message, with its placeholders, and no stale ones`, () => {
      const entries = json(bundle);
      assert.deepEqual(Object.keys(entries).sort(), used);
      for (const [key, value] of Object.entries(entries)) {
        const holes = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
        assert.deepEqual(holes(value), holes(key), `${bundle}: placeholders of ${key}`);
        assert.ok(value.trim(), `${bundle}: empty translation of ${key}`);
      }
    });
  }

  it('the Dutch bundle is translated (not a copy of the English)', () => {
    const nl = json('l10n/bundle.l10n.nl.json');
    const same = Object.entries(nl).filter(([k, v]) => k === v);
    assert.deepEqual(same, []);
  });

  it("package.json's %keys% are in package.nls.json and package.nls.nl.json", () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 0);
    for (const file of ['package.nls.json', 'package.nls.nl.json']) {
      const nls = json(file);
      assert.deepEqual(
        keys.filter((k) => !(k in nls)),
        [],
        `${file} lacks keys`,
      );
    }
  });
});
