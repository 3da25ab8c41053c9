// The review report (src/report, `--format html|markdown`): its summary counts, its language, and
// that document text stays text: the hostile fixture's payloads are escaped in the HTML and the
// Markdown, and inert when the HTML page is opened in a real Chromium (no script runs, no dialog,
// nothing is fetched), which also takes a screenshot of what a reader sees.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { lint, type Finding } from '../../src/core';
import { readPictures } from '../../src/node';
import {
  REPORT_CSP,
  escapeHtml,
  renderHtml,
  renderMarkdown,
  reportLang,
  summarise,
  type ReportDocument,
} from '../../src/report';
import { runCli, useTempProjects } from './cli-harness';
import { HOSTILE_FIXTURE, PAYLOADS } from '../security-payloads';

const ROOT = path.resolve(__dirname, '..', '..');
const HOSTILE_FILE = path.join(ROOT, 'test/integration/workspace', HOSTILE_FIXTURE);
const HOSTILE = readFileSync(HOSTILE_FILE, 'utf8');

function doc(file: string, text: string): ReportDocument {
  const result = lint(text);
  return { path: file, lang: result.lang, findings: result.findings };
}

const hostile = doc('security/hostile.md', HOSTILE);
const examples = [
  'en/mobile-banking-app-requirements.md',
  'nl/huwelijksplanner-user-stories.md',
].map((f) => doc(`examples/${f}`, readFileSync(path.join(ROOT, 'examples', f), 'utf8')));

function* walk(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const c of node.children as Nodes[]) yield* walk(c);
}

describe('review report', () => {
  it('the hostile fixture has findings whose statements carry every payload', () => {
    const statements = hostile.findings.map((f) => f.statementText).join('\n');
    for (const p of PAYLOADS) assert.ok(statements.includes(p), p);
  });

  describe('summary and language', () => {
    it('counts findings per rule and per document', () => {
      const s = summarise(examples);
      const total = examples.reduce((n, d) => n + d.findings.length, 0);
      assert.equal(s.total, total);
      assert.equal(
        s.perRule.reduce((n, r) => n + r.count, 0),
        total,
      );
      assert.deepEqual(
        s.perDocument.map((d) => [d.path, d.total]),
        examples.map((d) => [d.path, d.findings.length]),
      );
      const outcome = s.perRule.find((r) => r.ruleId === 'ux-for-cx-outcome')!.count;
      assert.equal(
        outcome,
        examples.flatMap((d) => d.findings).filter((f) => f.ruleId === 'ux-for-cx-outcome').length,
      );
    });

    it('is written in the language of most findings, or the one asked for', () => {
      const nl = examples.filter((d) => d.lang === 'nl');
      assert.equal(reportLang({ documents: nl }), 'nl');
      assert.match(renderHtml({ documents: nl }), /<html lang="nl">[\s\S]*Samenvatting/);
      assert.match(renderHtml({ documents: nl, lang: 'en' }), /<html lang="en">[\s\S]*Summary/);
      assert.match(renderMarkdown({ documents: nl }), /^# uxcx-lint: rapport van bevindingen/);
    });

    it('writes each finding in its own language, with its explanation and rewrite', () => {
      const html = renderHtml({ documents: examples, lang: 'en' });
      assert.match(html, /<article lang="nl">[\s\S]*Waarom dit ertoe doet/);
      assert.match(html, /<article lang="en">[\s\S]*Why this matters/);
      const withFix = examples
        .flatMap((d) => d.findings)
        .filter((f) => f.fixes.some((x) => x.preferred));
      assert.ok(withFix.length > 0);
      assert.ok(/Suggested (addition|replacement)|Rewrite/.test(html));
    });

    it('shows the UX ⊂ CX picture once, inline, and a chart of findings per rule', () => {
      const pictures = readPictures();
      assert.ok(pictures.en && pictures.nl, 'the pictures ship in media/');
      const html = renderHtml({ documents: examples, picture: pictures });
      assert.equal(html.split('<svg').length - 1, 2, 'the chart and the picture');
      assert.match(html, /<svg class="chart" role="img"/);
      assert.ok(!html.includes('<?xml'));
    });

    it('inlines the picture without its XML prolog and comments', () => {
      const picture =
        '<?xml version="1.0"?><!-- a --><svg id="p"><!-- b --><g></g><!-- c --></svg>';
      const html = renderHtml({ documents: examples, picture: { en: picture, nl: picture } });
      assert.ok(html.includes('<svg id="p"><g></g></svg>'));
      assert.ok(!html.includes('<!--'));
    });

    it('says so when there is nothing to report', () => {
      const html = renderHtml({
        documents: [doc('a.md', '# Clean\n\nUsers finish in 2 minutes.\n')],
      });
      assert.match(html, /No findings/);
      assert.ok(!html.includes('id="findings"'));
    });
  });

  describe('document text stays text', () => {
    const html = renderHtml({ documents: [hostile], picture: readPictures() });

    it('the HTML escapes every payload and runs no script', () => {
      for (const p of PAYLOADS) {
        assert.ok(!html.includes(p) || !/[<>"'&`]/.test(p), `raw: ${p}`);
        assert.ok(html.includes(escapeHtml(p)), `escaped: ${p}`);
      }
      assert.ok(!/<script/i.test(html));
      // Every `<` of the document text is escaped, so the tags are the report's own.
      const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
      assert.ok(tags.length > 100);
      assert.deepEqual(
        tags.filter((t) => /\son[a-z]+\s*=/i.test(t)),
        [],
        'no event handler attribute',
      );
      assert.deepEqual(
        tags.filter((t) => /\s(src|href|action|srcset|xlink:href)\s*=/i.test(t)),
        [],
        'nothing to load or follow',
      );
      assert.ok(html.includes(`content="${REPORT_CSP}"`));
    });

    it('the Markdown escapes every payload: no HTML, link or image when rendered', () => {
      const md = renderMarkdown({ documents: [hostile] });
      // As GitHub renders it: CommonMark with GFM's literal autolinks (www., https://, e-mail).
      const tree: Root = fromMarkdown(md, {
        extensions: [gfmAutolinkLiteral()],
        mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
      });
      const kinds = [...walk(tree)].map((n) => n.type);
      for (const kind of ['html', 'link', 'image', 'linkReference', 'imageReference']) {
        assert.ok(!kinds.includes(kind as Nodes['type']), `${kind} in the rendered Markdown`);
      }
      assert.ok(kinds.filter((k) => k === 'blockquote').length >= hostile.findings.length);
    });

    it('escapeHtml leaves nothing that can open markup', () => {
      assert.equal(
        escapeHtml(`<a href="x" onclick='y'>&\``),
        '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;',
      );
    });
  });

  describe('in a real browser (Chromium)', function () {
    const CHROMIUM = process.env.UXCX_CHROMIUM || '/usr/bin/chromium';
    const SHOTS = process.env.UXCX_SCREENSHOTS_DIR || path.join(ROOT, 'screenshots');
    before(function () {
      // .ci/run installs Chromium (scripts/install-vscode-host.sh) before the tests.
      if (!existsSync(CHROMIUM)) this.skip();
    });

    async function open(file: string, shot: string) {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
        const requests: string[] = [];
        const dialogs: string[] = [];
        const errors: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          void d.dismiss();
        });
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        // Runs in the page (DOM types are not in this project's lib).
        const state = await page.evaluate(() => {
          const g = globalThis as unknown as {
            __uxcxPwned?: number;
            document: {
              scripts: { length: number };
              title: string;
              body: { innerText: string };
              querySelectorAll(s: string): { length: number };
            };
            getComputedStyle(e: unknown): { visibility: string };
          };
          const document = g.document;
          return {
            pwned: g.__uxcxPwned,
            scripts: document.scripts.length,
            visible: g.getComputedStyle(document.body).visibility,
            title: document.title,
            marks: document.querySelectorAll('mark').length,
            articles: document.querySelectorAll('article').length,
            text: document.body.innerText,
          };
        });
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: false });
        return { requests, dialogs, errors, state };
      } finally {
        await browser.close();
      }
    }

    it('opens the hostile report with every payload inert, shown as text', async function () {
      this.timeout(120_000);
      const file = path.join(os.tmpdir(), `uxcx-report-hostile-${process.pid}.html`);
      writeFileSync(file, renderHtml({ documents: [hostile], picture: readPictures() }));
      const r = await open(file, 'report-hostile');
      assert.equal(r.state.pwned, undefined);
      assert.equal(r.state.scripts, 0);
      assert.equal(r.state.visible, 'visible');
      assert.deepEqual(r.dialogs, []);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.requests, [pathToFileURL(file).href], 'only the page itself is loaded');
      assert.equal(r.state.articles, hostile.findings.length);
      for (const p of PAYLOADS) assert.ok(r.state.text.includes(p), `shown as text: ${p}`);
    });

    it('opens the report of the example documents', async function () {
      this.timeout(120_000);
      const file = path.join(os.tmpdir(), `uxcx-report-examples-${process.pid}.html`);
      writeFileSync(file, renderHtml({ documents: examples, picture: readPictures(), lang: 'en' }));
      const r = await open(file, 'report-examples');
      assert.equal(r.state.title, 'uxcx-lint findings report');
      assert.equal(
        r.state.articles,
        examples.reduce((n, d) => n + d.findings.length, 0),
      );
      assert.ok(r.state.marks > r.state.articles, 'the parts of each statement are marked');
      assert.deepEqual(r.errors, []);
    });
  });

  describe('the CLI', () => {
    const project = useTempProjects(true);
    it('--format html writes one self-contained page', () => {
      const dir = project({ 'a.md': HOSTILE });
      const run = runCli(['--format', 'html', 'a.md'], dir);
      assert.ok(run.stdout.startsWith('<!DOCTYPE html>'), run.stderr);
      assert.ok(!/<script/i.test(run.stdout));
      assert.match(run.stdout, /<svg[^>]*role="img"/);
      const count = (run.stdout.match(/<article /g) ?? []).length;
      assert.equal(count, lint(HOSTILE).findings.length);
    });

    it('--format markdown writes the report as Markdown, in Dutch for a Dutch document', () => {
      const dir = project({
        'b.md': '# Doelen\n\nHet nieuwe ontwerp zorgt voor meer klanttevredenheid.\n',
      });
      const run = runCli(['--format', 'markdown', 'b.md'], dir);
      assert.match(run.stdout, /^# uxcx-lint: rapport van bevindingen/);
      assert.match(run.stdout, /\*\*klanttevredenheid\*\*/);
    });
  });

  it('a finding without a preferred fix or explanation still renders', () => {
    const f: Finding = { ...hostile.findings[0]!, fixes: [], ruleId: 'ux-for-cx-outcome' };
    const html = renderHtml({ documents: [{ path: 'x.md', lang: 'en', findings: [f] }] });
    assert.ok(!html.includes('class="rewrite"'));
  });
});
