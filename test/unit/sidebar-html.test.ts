// The explainer sidebar: the page shell's CSP and escaping, the message validator, selection
// carry-over, and the page's pure helpers (media/sidebar-model.js) fed with hostile document text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import {
  GLOSSARY,
  RULES,
  RULE_IDS,
  defaultConfig,
  lint,
  type Finding,
  type GlossaryEntry,
} from '../../src/core';
import {
  contentSecurityPolicy,
  createNonce,
  escapeHtml,
  renderShell,
  type ShellOptions,
} from '../../src/extension/sidebar/html';
import type { Explanation } from '../../src/core/rules/rule';
import { uxForCxOutcome } from '../../src/core/rules/ux-for-cx-outcome';
import { carrySelection } from '../../src/extension/sidebar/state';
import {
  isFromWebview,
  type SidebarState,
  type ToWebview,
} from '../../src/extension/sidebar/types';
import type * as vscode from 'vscode';
import type { ExplainerViewProvider } from '../../src/extension/sidebar/provider';

const ROOT = path.resolve(__dirname, '..', '..');
const MEDIA = path.join(ROOT, 'media');
const load = createRequire(__filename);

/** The parts of media/sidebar-model.js these tests use. */
interface Segment {
  text: string;
  role: string | null;
}
interface SidebarModel {
  RULE_ORDER: string[];
  format(template: string, args?: Record<string, unknown>): string;
  truncate(text: string, max: number): string;
  readState(x: unknown): SidebarState | null;
  readGlossary(x: unknown): GlossaryEntry[];
  viewKind(state: SidebarState | null): string;
  fileLabel(state: Partial<SidebarState> | null): string;
  groupByRule(
    findings: Finding[],
  ): { ruleId: string; items: { index: number; finding: Finding }[] }[];
  shortLabel(finding: Finding): { line: number; phrase: string };
  locateSpan(finding: Finding, span: Finding['spans'][number]): [number, number] | null;
  statementSegments(finding: Finding): {
    segments: Segment[];
    outside: { role: string; text: string; before: boolean }[];
  };
  rewrite(finding: Finding): { mode: string; text: string; title: string } | null;
  otherFixTitles(finding: Finding): string[];
  nextIndex(current: number, key: string, count: number): number | null;
  glossaryNames(entry: GlossaryEntry, lang: 'en' | 'nl'): { title: string; aliases: string[] };
  filterGlossary(
    entries: readonly GlossaryEntry[],
    query: string,
    lang: 'en' | 'nl',
  ): GlossaryEntry[];
  safeHttpsUrl(url: unknown): string | null;
}
interface SidebarStrings {
  UI: Record<'en' | 'nl', Record<string, string>>;
}

const model = load(path.join(MEDIA, 'sidebar-model.js')) as SidebarModel;
const strings = load(path.join(MEDIA, 'sidebar-strings.js')) as SidebarStrings;

/** Hostile text a requirements document may contain. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  '</style><style>body{display:none}</style>',
  "javascript:alert('x')",
  '{{template}} ${x} {outcome}',
  "default-src *; script-src 'unsafe-inline'",
  '&amp; &lt; \u202e\u0000 😀',
];

const OPTIONS: ShellOptions = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'a'.repeat(64),
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/sidebar.js',
  rulesScriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/sidebar-rules.js',
  modelScriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/sidebar-model.js',
  stringsScriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/sidebar-strings.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/sidebar.css',
  primerImageUris: {
    en: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/ux-in-cx.svg',
    nl: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/ux-in-cx.nl.svg',
  },
  uiLang: 'en',
};

/** The directives of the page's CSP meta tag. */
function cspOf(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(meta, 'the shell has a CSP meta tag');
  const policy = meta[1]!.replace(/&#39;/g, "'");
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

/** Every finding, of low confidence too (the page shows whatever the sensitivity lets through). */
function lintOne(text: string): Finding[] {
  return lint(text, { config: { ...defaultConfig(), sensitivity: 'thorough' } }).findings;
}

describe('sidebar shell (renderShell)', () => {
  const html = renderShell(OPTIONS);

  it('has a strict CSP: nothing by default, own styles and images, nonce-only scripts', () => {
    const csp = cspOf(html);
    assert.deepEqual(csp.get('default-src'), ["'none'"]);
    assert.deepEqual(csp.get('script-src'), [`'nonce-${OPTIONS.nonce}'`]);
    assert.deepEqual(csp.get('style-src'), [OPTIONS.cspSource]);
    assert.deepEqual(csp.get('img-src'), [OPTIONS.cspSource, 'data:']);
    assert.deepEqual([...csp.keys()].sort(), ['default-src', 'img-src', 'script-src', 'style-src']);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|unsafe-hashes|strict-dynamic/);
    assert.equal(
      contentSecurityPolicy('X', 'N'),
      "default-src 'none'; img-src X data:; style-src X; script-src 'nonce-N';",
    );
  });

  it('loads only nonce-bearing external scripts, rules, model and strings before the page script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 4);
    const srcs = scripts.map((m) => {
      assert.equal(m[2], '', 'no inline script body');
      assert.match(m[1]!, new RegExp(`\\snonce="${OPTIONS.nonce}"`));
      return /\ssrc="([^"]*)"/.exec(m[1]!)?.[1];
    });
    assert.deepEqual(srcs, [
      OPTIONS.rulesScriptUri,
      OPTIONS.modelScriptUri,
      OPTIONS.stringsScriptUri,
      OPTIONS.scriptUri,
    ]);
    assert.equal((html.match(/<script\b/g) ?? []).length, 4);
  });

  it('has no inline event handlers, inline styles or javascript: URLs', () => {
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /\sstyle\s*=|<style\b/i);
    assert.doesNotMatch(html, /javascript:/i);
    assert.ok(html.includes(`<link rel="stylesheet" href="${OPTIONS.styleUri}">`));
  });

  it('sets the page language to the UI language', () => {
    assert.match(html, /<html lang="en">/);
    assert.match(renderShell({ ...OPTIONS, uiLang: 'nl' }), /<html lang="nl">/);
    const bogus = { ...OPTIONS, uiLang: '"><script>' } as unknown as ShellOptions;
    assert.match(renderShell(bogus), /<html lang="en">/);
  });

  it('escapes every value it is given, so a hostile URI cannot add markup or break out', () => {
    const specials = (page: string) => (page.match(/[<>"']/g) ?? []).join('');
    const baseline = specials(html);
    for (const evil of HOSTILE) {
      const page = renderShell({
        ...OPTIONS,
        cspSource: evil,
        nonce: evil,
        scriptUri: evil,
        modelScriptUri: evil,
        stringsScriptUri: evil,
        styleUri: evil,
        primerImageUris: { en: evil, nl: evil },
      });
      assert.equal(specials(page), baseline, evil);
      assert.ok(page.includes(escapeHtml(evil)), evil);
    }
  });

  it('creates long, random nonces that are valid CSP nonce values', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    assert.equal(nonces.size, 50);
    for (const n of nonces) assert.match(n, /^[A-Za-z0-9+/_-]{32,}={0,2}$/);
  });
});

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
    assert.equal(
      escapeHtml('a & b < c > d "e" \'f\''),
      'a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;',
    );
  });

  it('escapes already-escaped text again and leaves other text alone', () => {
    assert.equal(escapeHtml('&amp;'), '&amp;amp;');
    assert.equal(escapeHtml('merkvoorkeur — NPS 😀 {{x}}'), 'merkvoorkeur — NPS 😀 {{x}}');
  });

  it('leaves no markup-significant character in hostile text', () => {
    for (const evil of HOSTILE) assert.doesNotMatch(escapeHtml(evil), /[<>"']/);
  });
});

describe('isFromWebview', () => {
  it('accepts the three well-formed messages', () => {
    assert.ok(isFromWebview({ type: 'ready' }));
    assert.ok(isFromWebview({ type: 'reveal', index: 0 }, 1));
    assert.ok(isFromWebview({ type: 'select', index: 4 }, 5));
    assert.ok(isFromWebview(JSON.parse('{"type":"reveal","index":2}'), 3));
    assert.ok(isFromWebview(Object.assign(Object.create(null) as object, { type: 'ready' })));
  });

  it('rejects values that are not plain objects', () => {
    for (const x of [undefined, null, 0, 'ready', true, [], ['ready'], () => 0, new Date()]) {
      assert.equal(isFromWebview(x), false, String(x));
    }
    class Ready {
      type = 'ready';
    }
    assert.equal(isFromWebview(new Ready()), false);
  });

  it('rejects unknown or missing types', () => {
    for (const x of [{}, { type: 'state' }, { type: 'READY' }, { type: 1 }, { kind: 'ready' }]) {
      assert.equal(isFromWebview(x), false, JSON.stringify(x));
    }
  });

  it('rejects indexes that are not integers in range', () => {
    const bad = [undefined, null, '1', 1.5, -1, NaN, Infinity, -Infinity, 2 ** 53, 3, 10, [1]];
    for (const index of bad) {
      assert.equal(isFromWebview({ type: 'reveal', index }, 3), false, String(index));
      assert.equal(isFromWebview({ type: 'select', index }, 3), false, String(index));
    }
    assert.equal(isFromWebview({ type: 'reveal' }, 3), false);
    assert.equal(isFromWebview({ type: 'reveal', index: 0 }, 0), false);
  });

  it('rejects extra keys, inherited or computed properties and prototype tricks', () => {
    assert.equal(isFromWebview({ type: 'ready', index: 0 }), false);
    assert.equal(isFromWebview({ type: 'reveal', index: 0, uri: 'file:///etc/passwd' }, 1), false);
    assert.equal(isFromWebview(Object.create({ type: 'ready' }) as unknown), false);
    const inherited = Object.create({ index: 0 }) as Record<string, unknown>;
    inherited.type = 'reveal';
    assert.equal(isFromWebview(inherited, 1), false);
    assert.equal(isFromWebview(JSON.parse('{"type":"ready","__proto__":{"isAdmin":true}}')), false);
    assert.equal(
      isFromWebview(JSON.parse('{"type":"reveal","index":0,"constructor":{}}'), 1),
      false,
    );
    const getter = {
      type: 'reveal',
      get index() {
        return 0;
      },
    };
    assert.equal(isFromWebview(getter, 1), false);
    assert.equal(isFromWebview({ type: 'ready', [Symbol('x')]: 1 }), false);
    const typeGetter = Object.defineProperty({}, 'type', { get: () => 'ready', enumerable: true });
    assert.equal(isFromWebview(typeGetter), false);
  });
});

describe('sidebar selection (carrySelection)', () => {
  const doc = [
    'The new dashboard will boost brand preference among customers.',
    '',
    'The UX/CX team designs the screens.',
  ].join('\n');
  const state = (text: string, extra: Partial<SidebarState> = {}): SidebarState => ({
    uri: 'file:///a.md',
    fileName: 'a.md',
    isMarkdown: true,
    lang: 'en',
    uiLang: 'en',
    findings: lintOne(text),
    ...extra,
  });

  it('keeps an explicit, valid selection and drops an invalid one', () => {
    const s = state(doc, { selected: 1 });
    assert.equal(carrySelection(undefined, s).selected, 1);
    assert.equal(carrySelection(undefined, { ...s, selected: 7 }).selected, undefined);
    assert.equal(carrySelection(undefined, { ...s, selected: 0.5 }).selected, undefined);
  });

  it('follows the selected finding when the document is edited above it', () => {
    const before = state(doc, { selected: 1 });
    const after = state('# Goals\n\nA new intro.\n\n' + doc);
    assert.equal(after.findings.length, before.findings.length);
    const carried = carrySelection(before, after);
    assert.equal(carried.selected, 1);
    assert.equal(after.findings[1]!.ruleId, before.findings[1]!.ruleId);
  });

  it('drops the selection when the finding is gone or the document changed', () => {
    const before = state(doc, { selected: 1 });
    const fixed = state(doc.replace('UX/CX', 'UX'));
    assert.equal(carrySelection(before, fixed).selected, undefined);
    const other = { ...state(doc), uri: 'file:///b.md' };
    assert.equal(carrySelection(before, other).selected, undefined);
  });
});

describe('sidebar page model (media/sidebar-model.js)', () => {
  const examples = ['examples/en', 'examples/nl'].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith('.md'))
      .map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')),
  );
  const exampleFindings = examples.flatMap(lintOne);

  it('lists the rules in the engine registry order', () => {
    assert.deepEqual(model.RULE_ORDER, [...RULE_IDS]);
  });

  it('groups findings by rule in rule order, sorted by position, keeping their indexes', () => {
    assert.ok(exampleFindings.length > 5);
    const findings = [...exampleFindings].reverse();
    const groups = model.groupByRule(findings);
    const order = groups.map((g) => model.RULE_ORDER.indexOf(g.ruleId));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    const indexes = groups.flatMap((g) => g.items.map((i) => i.index)).sort((a, b) => a - b);
    assert.deepEqual(
      indexes,
      findings.map((_, i) => i),
    );
    for (const g of groups) {
      for (const item of g.items) assert.equal(findings[item.index], item.finding);
      const offsets = g.items.map((i) => i.finding.range.start.offset);
      assert.deepEqual(
        offsets,
        [...offsets].sort((a, b) => a - b),
      );
    }
    const unknown = { ...findings[0]!, ruleId: 'not-a-rule' } as unknown as Finding;
    assert.equal(model.groupByRule([unknown, findings[0]!]).at(-1)!.ruleId, 'not-a-rule');
  });

  it('cuts every example statement into segments that read back as the statement', () => {
    for (const f of exampleFindings) {
      const { segments, outside } = model.statementSegments(f);
      assert.equal(segments.map((s) => s.text).join(''), f.statementText);
      for (const span of f.spans) {
        const at = model.locateSpan(f, span);
        if (at) assert.equal(f.statementText.slice(at[0], at[1]), span.text);
        else assert.ok(outside.some((o) => o.text === span.text && o.role === span.role));
      }
      const roles = new Set(segments.map((s) => s.role).filter(Boolean));
      assert.ok(roles.size > 0, f.statementText);
    }
  });

  it('keeps hostile document text verbatim as plain text segments', () => {
    const text =
      'The new dashboard \\<script>alert(1)\\</script> &lt;img src=x onerror=alert(1)&gt; ' +
      '{template} will boost brand preference among customers.';
    const [f] = lintOne(text);
    assert.ok(f, 'the engine flags the statement');
    assert.ok(f.statementText.includes('<script>alert(1)</script>'));
    const { segments } = model.statementSegments(f);
    assert.equal(segments.map((s) => s.text).join(''), f.statementText);
    const outcome = segments.find((s) => s.role === 'cxOutcome');
    assert.equal(outcome?.text, 'brand preference');
    const plain = segments
      .filter((s) => s.role === null)
      .map((s) => s.text)
      .join('');
    assert.ok(plain.includes('<img src=x onerror=alert(1)>'));
    // (`{{…}}` is Liquid output, not prose: the engine leaves it out; `{…}` is Svelte's syntax.)
    assert.ok(plain.includes('{template}'));
  });

  it('lists the UX means of the previous sentence outside the statement', () => {
    const [f] = lintOne('We give the app a new look. So we win back the trust of our members.');
    assert.ok(f);
    const { segments, outside } = model.statementSegments(f);
    assert.deepEqual(
      outside.map((o) => [o.role, o.text, o.before]),
      [['uxMeans', 'app', true]],
    );
    assert.ok(segments.some((s) => s.role === 'cxOutcome'));
  });

  it('finds spans in a table row whose cells are padded in the source', () => {
    const row = lintOne(
      '| Change | Measure | Target | Owner |\n| --- | --- | --- | --- |\n' +
        '|   App redesign    |    NPS     | +8 |   UX team   |',
    );
    const f = row.find((x) => x.ruleId === 'ux-for-cx-outcome');
    assert.ok(f);
    const { segments, outside } = model.statementSegments(f);
    assert.deepEqual(outside, []);
    assert.equal(segments.find((s) => s.role === 'cxOutcome')?.text, 'NPS');
  });

  it('resolves overlapping spans by role priority and ignores spans it cannot place', () => {
    const base = lintOne('The new dashboard will boost brand preference among customers.')[0]!;
    const s0 = base.statement.start.offset;
    const span = (role: string, from: number, text: string) =>
      ({
        role,
        text,
        range: {
          start: { offset: s0 + from, line: 1, column: from + 1 },
          end: { offset: s0 + from + text.length, line: 1, column: from + 1 + text.length },
        },
      }) as Finding['spans'][number];
    const f: Finding = {
      ...base,
      spans: [
        span('link', 23, 'boost brand'),
        span('cxOutcome', 29, 'brand preference'),
        span('uxMeans', 3, '<not in the text>'),
      ],
    };
    const { segments } = model.statementSegments(f);
    assert.deepEqual(
      segments.filter((s) => s.role).map((s) => [s.role, s.text]),
      [
        ['link', 'boost '],
        ['cxOutcome', 'brand preference'],
      ],
    );
  });

  it('shows the preferred fix as a rewritten statement, or as the text to add', () => {
    const [split] = lintOne('The new dashboard will boost brand preference among customers.');
    const r1 = model.rewrite(split!);
    assert.equal(r1?.mode, 'statement');
    assert.match(r1.text, /task success/);
    assert.equal(r1.text, split!.fixes.find((f) => f.preferred)!.edits[0]!.newText.trim());

    const [vague] = lintOne('The points overview must be intuitive.');
    const r2 = model.rewrite(vague!);
    assert.equal(r2?.mode, 'statement');
    assert.match(r2.text, /^The points overview must be intuitive \(measured: .*\)\.$/);

    const [conflation] = lintOne('The UX/CX team designs the screens.');
    assert.equal(model.rewrite(conflation!), null);
    assert.ok(model.otherFixTitles(conflation!).length >= 2);
    assert.ok(!model.otherFixTitles(conflation!).some((t) => /disable/i.test(t)));
  });

  it('labels a finding with its line and a short phrase, cut at whole code points', () => {
    const [f] = lintOne('Intro.\n\nThe new dashboard will boost brand preference among customers.');
    assert.deepEqual(model.shortLabel(f!), { line: 3, phrase: 'brand preference' });
    const long = { ...f!, messageArgs: { outcome: '😀'.repeat(100) } };
    const phrase = model.shortLabel(long).phrase;
    assert.equal(Array.from(phrase).length, 60);
    assert.ok(phrase.endsWith('…'));
    assert.doesNotMatch(phrase, /[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('fills placeholders in one pass, never from the prototype, never re-reading values', () => {
    assert.equal(model.format('{a} and {b}', { a: '{b}', b: 'x' }), '{b} and x');
    assert.equal(model.format('{constructor}{toString}', {}), '{constructor}{toString}');
    assert.equal(model.format('{n} findings', { n: 3 }), '3 findings');
    for (const evil of HOSTILE) assert.equal(model.format('«{x}»', { x: evil }), `«${evil}»`);
  });

  it('accepts the extension state and rejects malformed states', () => {
    const findings = lintOne('The new dashboard will boost brand preference among customers.');
    const good = { uri: 'file:///a.md', isMarkdown: true, lang: 'nl', uiLang: 'xx', findings };
    const read = model.readState({ ...good, selected: 0 });
    assert.equal(read?.uiLang, 'en');
    assert.equal(read?.lang, 'nl');
    assert.equal(read?.selected, 0);
    assert.equal(model.readState({ ...good, selected: 1 })?.selected, undefined);
    assert.equal(model.readState({ ...good, selected: '0' })?.selected, undefined);
    const broken = [
      null,
      'state',
      { ...good, findings: 'x' },
      { ...good, isMarkdown: 'yes' },
      { ...good, findings: [{ ...findings[0], statementText: 42 }] },
      { ...good, findings: [{ ...findings[0], severity: '<b>' }] },
      { ...good, findings: [{ ...findings[0], spans: [{ role: 'link' }] }] },
      { ...good, findings: [{ ...findings[0], range: { start: {}, end: {} } }] },
    ];
    for (const b of broken) assert.equal(model.readState(b), null, JSON.stringify(b));
    assert.equal(model.viewKind(null), 'no-editor');
    assert.equal(model.viewKind(model.readState({ ...good, isMarkdown: false })), 'not-markdown');
    assert.equal(model.viewKind(model.readState({ ...good, findings: [] })), 'empty');
    assert.equal(model.viewKind(read), 'findings');
  });

  it('names the document by its file name, or by the end of its URI', () => {
    assert.equal(model.fileLabel({ fileName: 'a.md', uri: 'file:///x/b.md' }), 'a.md');
    assert.equal(model.fileLabel({ uri: 'file:///x/Eisen%20portaal.md' }), 'Eisen portaal.md');
    assert.equal(model.fileLabel({ uri: 'untitled:Untitled-1' }), 'Untitled-1');
    assert.equal(model.fileLabel({ uri: 'file:///x/%E0%A4%A.md' }), '%E0%A4%A.md');
    assert.equal(model.fileLabel(null), '');
  });

  it('moves through the list with the arrow keys, Home and End', () => {
    assert.equal(model.nextIndex(0, 'ArrowDown', 3), 1);
    assert.equal(model.nextIndex(2, 'ArrowDown', 3), 2);
    assert.equal(model.nextIndex(0, 'ArrowUp', 3), 0);
    assert.equal(model.nextIndex(2, 'Home', 3), 0);
    assert.equal(model.nextIndex(0, 'End', 3), 2);
    assert.equal(model.nextIndex(0, 'Tab', 3), null);
    assert.equal(model.nextIndex(0, 'ArrowDown', 0), null);
  });

  it('reads the whole glossary and searches it across languages and accents', () => {
    const entries = model.readGlossary(JSON.parse(JSON.stringify(GLOSSARY)));
    assert.equal(entries.length, GLOSSARY.length);
    assert.deepEqual(model.readGlossary([{ id: 'x' }, 'y', null]), []);
    assert.deepEqual(model.readGlossary('nope'), []);
    assert.equal(model.filterGlossary(entries, '', 'en').length, entries.length);
    assert.equal(model.filterGlossary(entries, 'loyal', 'en')[0]!.id, 'loyalty');
    assert.equal(model.filterGlossary(entries, 'MERKVOORKEUR', 'en')[0]!.id, 'brand-preference');
    assert.equal(model.filterGlossary(entries, 'klanttrouw', 'nl')[0]!.id, 'loyalty');
    const accented = model.filterGlossary(entries, 'e\u0301e\u0301n digitaal', 'nl');
    assert.ok(accented.some((e) => e.id === 'user-experience'));
    for (const evil of HOSTILE)
      assert.deepEqual(model.filterGlossary(entries, evil, 'en'), [], evil);
    // Queries are matched as literal text, not as patterns.
    assert.deepEqual(model.filterGlossary(entries, '.*', 'en'), []);
    assert.ok(model.filterGlossary(entries, '(', 'en').every((e) => e.definition.en.includes('(')));
  });

  it('titles glossary entries readably', () => {
    const byId = (id: string) => GLOSSARY.find((e) => e.id === id)!;
    assert.deepEqual(model.glossaryNames(byId('nps'), 'en'), {
      title: 'NPS',
      aliases: ['net promoter score'],
    });
    assert.equal(model.glossaryNames(byId('user-experience'), 'nl').title, 'Gebruikerservaring');
  });

  it('links only to plain https URLs', () => {
    assert.equal(
      model.safeHttpsUrl('https://www.nngroup.com/articles/ux-vs-cx/'),
      'https://www.nngroup.com/articles/ux-vs-cx/',
    );
    const bad = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://example.com',
      'file:///etc/passwd',
      'command:workbench.action.terminal.new',
      'https://user:pw@example.com',
      '//example.com',
      'not a url',
      42,
      undefined,
    ];
    for (const b of bad) assert.equal(model.safeHttpsUrl(b), null, String(b));
  });
});

describe('sidebar page words (media/sidebar-strings.js)', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has the same UI keys and placeholders in English and Dutch', () => {
    assert.deepEqual(Object.keys(strings.UI.nl).sort(), Object.keys(strings.UI.en).sort());
    for (const [key, en] of Object.entries(strings.UI.en)) {
      assert.deepEqual(placeholders(strings.UI.nl[key]!), placeholders(en), key);
    }
  });

  it('leaves rule names and explanations to the rules (media/sidebar-rules.js)', () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const key of Object.keys(strings.UI[lang])) {
        assert.doesNotMatch(key, /^(rule|looksFor)\./, key);
      }
    }
  });

  it('every rule is named and explained in both languages, with the same placeholders', () => {
    const texts = (e: Explanation) => [e.lead, ...e.points.flat(), ...e.todo];
    for (const rule of RULES) {
      const { en, nl } = rule.explanation;
      for (const e of [en, nl]) {
        assert.ok(e.name && e.looksFor, rule.id);
        assert.equal(e.points.length, 3, rule.id);
        assert.ok(e.todo.length >= 1, rule.id);
      }
      assert.deepEqual(
        texts(nl).flatMap(placeholders).sort(),
        texts(en).flatMap(placeholders).sort(),
        rule.id,
      );
      for (const p of texts(en).flatMap(placeholders)) {
        assert.ok(
          Object.values(rule.messages as Record<string, Record<'en' | 'nl', string>>).some((m) =>
            m.en.includes(`{${p!}}`),
          ),
          `${rule.id}: {${p!}} is none of its message arguments`,
        );
      }
    }
    const walters = uxForCxOutcome.explanation.en.quote!;
    assert.match(walters.text, /great user experience won.t save a broken customer experience/);
    assert.equal(walters.by, 'Jeannie Walters');
  });
});

describe('sidebar page files (media/)', () => {
  const read = (f: string) => fs.readFileSync(path.join(MEDIA, f), 'utf8');

  it('builds the page with DOM APIs only: no HTML parsing of text, no eval', () => {
    for (const file of [
      'sidebar.js',
      'sidebar-model.js',
      'sidebar-strings.js',
      'sidebar-rules.js',
    ]) {
      const src = read(file);
      assert.match(src, /'use strict'/, file);
      assert.doesNotMatch(
        src,
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setTimeout\(\s*['"`]|createContextualFragment|DOMParser/,
        file,
      );
    }
  });

  it('styles with theme variables only (no hard-coded colours in the stylesheet)', () => {
    const css = read('sidebar.css').replace(/\/\*[\s\S]*?\*\//g, '');
    assert.doesNotMatch(css, /#[0-9a-f]{3,8}\b/i);
    assert.doesNotMatch(css, /\b(?:rgba?|hsla?)\(/i);
    assert.doesNotMatch(css, /:\s*(?:white|black|red|blue|gray|grey)\b/i);
    assert.doesNotMatch(css, /@import|url\(/i);
  });

  it('ships pictures without scripts or external references', () => {
    const icon = read('uxcx.svg');
    assert.match(icon, /viewBox="0 0 24 24"/);
    assert.match(icon, /currentColor/);
    assert.doesNotMatch(icon, /#[0-9a-f]{3,6}\b/i);
    for (const file of ['uxcx.svg', 'ux-in-cx.svg', 'ux-in-cx.nl.svg']) {
      const svg = read(file);
      assert.doesNotMatch(svg, /<script|\son[a-z]+=|href=|<foreignObject|url\(/i, file);
    }
    assert.match(read('ux-in-cx.svg'), /letters[\s\S]*phone[\s\S]*counter/);
    assert.match(read('ux-in-cx.nl.svg'), /brieven[\s\S]*telefoon[\s\S]*balie/);
  });
});

/** Just enough of the `vscode` module for the provider, recording what it is asked to do. */
function fakeVscode(commands: unknown[][]) {
  const uri = (p: string) => ({ path: p, toString: () => `file://${p}` });
  return {
    Uri: {
      joinPath: (base: { path: string }, ...parts: string[]) =>
        uri([base.path, ...parts].join('/')),
    },
    env: { language: 'nl' },
    commands: {
      executeCommand: (...args: unknown[]) => {
        commands.push(args);
        return Promise.resolve();
      },
    },
  };
}

/** A webview view that records posts and lets a test send messages and hide or dispose it. */
class FakeView {
  visible = true;
  posted: ToWebview[] = [];
  shown: (boolean | undefined)[] = [];
  private readonly on = {
    message: [] as ((m: unknown) => void)[],
    visibility: [] as (() => void)[],
    dispose: [] as (() => void)[],
  };
  readonly webview = {
    options: undefined as vscode.WebviewOptions | undefined,
    html: '',
    cspSource: 'https://csp.example',
    asWebviewUri: (u: { path: string }) => ({ toString: () => `https://csp.example${u.path}` }),
    postMessage: (m: ToWebview) => {
      this.posted.push(m);
      return Promise.resolve(true);
    },
    onDidReceiveMessage: (fn: (m: unknown) => void) => this.listen(this.on.message, fn),
  };
  onDidChangeVisibility = (fn: () => void) => this.listen(this.on.visibility, fn);
  onDidDispose = (fn: () => void) => this.listen(this.on.dispose, fn);
  show(preserveFocus?: boolean) {
    this.shown.push(preserveFocus);
  }
  send(message: unknown) {
    for (const fn of [...this.on.message]) fn(message);
  }
  setVisible(visible: boolean) {
    this.visible = visible;
    for (const fn of [...this.on.visibility]) fn();
  }
  dispose() {
    for (const fn of [...this.on.dispose]) fn();
  }
  private listen<T>(list: T[], fn: T) {
    list.push(fn);
    return { dispose: () => list.splice(list.indexOf(fn), 1) };
  }
}

describe('explainer view provider (with a fake vscode)', () => {
  type Resolve = (this: unknown, request: string, ...rest: unknown[]) => string;
  type ModuleInternals = { _resolveFilename: Resolve };
  const internals = Module as unknown as ModuleInternals;
  const original = internals._resolveFilename;
  const fakePath = path.join(ROOT, 'test', 'unit', '__fake_vscode__.js');
  const commands: unknown[][] = [];
  let Provider: typeof ExplainerViewProvider;

  before(() => {
    internals._resolveFilename = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fakePath : original.call(this, request, ...rest);
    };
    const cached = new Module(fakePath);
    cached.exports = fakeVscode(commands);
    cached.loaded = true;
    load.cache[fakePath] = cached;
    ({ ExplainerViewProvider: Provider } = load('../../src/extension/sidebar/provider') as {
      ExplainerViewProvider: typeof ExplainerViewProvider;
    });
  });
  after(() => {
    internals._resolveFilename = original;
    delete load.cache[fakePath];
  });

  const findings = lintOne(
    'The new dashboard will boost brand preference.\n\nThe UX/CX team designs the screens.',
  );
  const state: SidebarState = {
    uri: 'file:///doc.md',
    fileName: 'doc.md',
    isMarkdown: true,
    lang: 'en',
    uiLang: 'en',
    findings,
  };
  function setup() {
    const reveals: [string, number][] = [];
    const provider = new Provider({ path: '/ext' } as unknown as vscode.Uri, {
      reveal: (uri, index) => reveals.push([uri, index]),
    });
    const view = new FakeView();
    const token = {} as vscode.CancellationToken;
    provider.resolveWebviewView(view as unknown as vscode.WebviewView, { state: undefined }, token);
    return { provider, view, reveals };
  }

  it('serves a strict page from media/ only, in the display language', () => {
    const { view } = setup();
    assert.equal(Provider.viewType, 'uxcx.explainer');
    assert.equal(view.webview.options?.enableScripts, true);
    const roots = view.webview.options?.localResourceRoots?.map((r) => r.path);
    assert.deepEqual(roots, ['/ext/media']);
    assert.match(view.webview.html, /<html lang="nl">/);
    assert.deepEqual(cspOf(view.webview.html).get('style-src'), ['https://csp.example']);
    assert.ok(view.webview.html.includes('src="https://csp.example/ext/media/sidebar.js"'));
  });

  it('posts nothing before the page is ready, then the glossary and the latest state', () => {
    const { provider, view } = setup();
    provider.update(state);
    assert.equal(view.posted.length, 0);
    view.send({ type: 'ready' });
    assert.deepEqual(
      view.posted.map((m) => m.type),
      ['glossary', 'state'],
    );
    provider.update({ ...state, findings: [] });
    assert.equal(view.posted.length, 3);
    assert.deepEqual(provider.getStateForTests()?.findings, []);
  });

  it('reveals only for valid messages, and remembers the selection', () => {
    const { provider, view, reveals } = setup();
    provider.update(state);
    view.send({ type: 'ready' });
    for (const bad of [
      { type: 'reveal', index: findings.length },
      { type: 'reveal', index: '0' },
      { type: 'reveal', index: 0, uri: 'file:///etc/passwd' },
      { type: 'reveal' },
      'reveal',
      null,
    ]) {
      view.send(bad);
    }
    assert.deepEqual(reveals, []);
    view.send({ type: 'select', index: 1 });
    assert.deepEqual(reveals, []);
    assert.equal(provider.getStateForTests()?.selected, 1);
    view.send({ type: 'reveal', index: 0 });
    assert.deepEqual(reveals, [['file:///doc.md', 0]]);
    assert.equal(provider.getStateForTests()?.selected, 0);
  });

  it('stops posting while hidden and re-posts the last state when the page is back', () => {
    const { provider, view } = setup();
    view.send({ type: 'ready' });
    view.setVisible(false);
    provider.update({ ...state, selected: 1 });
    assert.deepEqual(
      view.posted.map((m) => m.type),
      ['glossary'],
    );
    view.setVisible(true);
    view.send({ type: 'ready' });
    const last = view.posted.at(-1);
    assert.equal(last?.type, 'state');
    assert.equal(last.type === 'state' && last.state.selected, 1);
  });

  it('shows a finding: selects it, brings the view forward without taking focus', () => {
    const { provider, view } = setup();
    view.send({ type: 'ready' });
    provider.showFinding(0);
    assert.deepEqual(
      view.posted.map((m) => m.type),
      ['glossary'],
    );
    provider.update(state);
    provider.showFinding(1);
    provider.showFinding(99);
    provider.showFinding(-1);
    assert.deepEqual(view.shown, [true]);
    assert.deepEqual(view.posted.at(-1), { type: 'select', index: 1 });
    assert.equal(provider.getStateForTests()?.selected, 1);
  });

  it('opens the view through its focus command when it was never shown', () => {
    const provider = new Provider({ path: '/ext' } as unknown as vscode.Uri, { reveal: () => {} });
    provider.update(state);
    commands.length = 0;
    provider.showFinding(0);
    assert.deepEqual(commands, [['uxcx.explainer.focus']]);
    assert.equal(provider.getStateForTests()?.selected, 0);
  });

  it('forgets the view when it is disposed', () => {
    const { provider, view } = setup();
    view.send({ type: 'ready' });
    view.dispose();
    provider.update(state);
    assert.deepEqual(
      view.posted.map((m) => m.type),
      ['glossary'],
    );
    view.send({ type: 'reveal', index: 0 });
  });
});
