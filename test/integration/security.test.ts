// Hostile document text stays text, checked in the real browser through the harness
// (scripts/vscode-tests/): in the explainer webview nothing runs, nothing loads from
// elsewhere and the page's CSP holds; in hovers no link, image or icon comes from the document.
// Skipped under hosts without the harness (@vscode/test-electron).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Finding } from '../../src/core';
import { EXPLAIN_COMMAND, findingHover } from '../../src/extension/hover';
import {
  browserAvailable,
  hoverScreenshot,
  securityMark,
  takeScreenshot,
  webviewSecurity,
  type HoverResult,
  type WebviewSecurityReport,
} from './browser';
import { getApi, openLinted, pause } from './helpers';
import { HOSTILE_FIXTURE, PAYLOADS } from '../security-payloads';

const FIXTURE = HOSTILE_FIXTURE;

/** Hostile text in every part a finding hover names (the engine's parts are plain words). */
const HOVER_PAYLOADS = {
  uxMeans: '[x](command:workbench.action.terminal.new)',
  cxOutcome: '<img src="https://example.invalid/hover.png">',
  link: '$(terminal) <span style="color:red">red</span>',
  term: '![i](https://example.invalid/md.png) https://example.invalid/auto',
} as const;

/** `light` or `dark`, from the theme the harness started VS Code with. */
function themeName(): string {
  const theme = vscode.workspace.getConfiguration('workbench').get<string>('colorTheme') ?? '';
  return /dark/i.test(theme) ? 'dark' : 'light';
}

/** Links of a rendered hover other than the explain command and https pages (rule docs, sources). */
function unexpectedLinks(hover: HoverResult): string[] {
  return hover.links
    .map((l) => l.href)
    .filter((href) => !href.startsWith(`command:${EXPLAIN_COMMAND}?`))
    .filter((href) => !/^https:\/\//.test(href) || /example\.invalid/.test(href));
}

/** Shows the hover at `position` of the active editor, the way the keyboard does. */
async function hoverAt(editor: vscode.TextEditor, position: vscode.Position, name: string) {
  await vscode.commands.executeCommand('editor.action.hideHover');
  editor.selection = new vscode.Selection(position, position);
  await pause(200);
  await vscode.commands.executeCommand('editor.action.showHover');
  return hoverScreenshot(name, { atCursor: true });
}

describe('hostile document text (in the browser)', function () {
  let doc: vscode.TextDocument;
  let findings: Finding[];
  /** Where the harness's request and CSP logs stood before the document was opened. */
  let mark: { since: number; cspSince: number };

  before(async function () {
    if (!browserAvailable()) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    mark = await securityMark();
    doc = (await openLinted(FIXTURE)).document;
    findings = (await getApi()).findings(doc.uri);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  /** The index of the finding whose statement carries `payload`. */
  function findingWith(payload: string): number {
    const i = findings.findIndex((f) => f.statementText.includes(payload));
    assert.ok(
      i >= 0,
      `no finding carries ${payload}: ${findings.map((f) => f.statementText).join('\n')}`,
    );
    return i;
  }

  it('flags every hostile sentence, with the payload in its statement', () => {
    for (const payload of PAYLOADS) findingWith(payload);
  });

  it('shows each payload in the explainer as text: nothing runs, loads or breaks out', async () => {
    let report: WebviewSecurityReport | undefined;
    for (const [n, payload] of PAYLOADS.entries()) {
      await vscode.commands.executeCommand(
        'uxcx.explain',
        doc.uri.toString(),
        findingWith(payload),
      );
      report = await webviewSecurity({ expect: [payload], ...mark, probe: n === 0 });
      assert.deepEqual(report.problems, [], `with ${payload} open:\n${report.problems.join('\n')}`);
      assert.ok(report.frames.length > 2, 'the harness saw the webview frames');
      assert.equal(report.audit.csp.length, 1);
      assert.match(
        report.audit.csp[0]!,
        /^default-src 'none';.* script-src 'nonce-[0-9a-f]{64}';$/,
      );
      // sidebar-rules.js, sidebar-model.js, sidebar-strings.js and sidebar.js.
      assert.equal(report.audit.scripts.filter((s) => s.nonceMatches).length, 4);
      if (n === 0) {
        // The probe shows that the checks can fail: the page's CSP blocks an injected inline
        // script and an external image, and the harness hears of both (events, console, network).
        assert.equal(report.probe?.inlineScriptRan, false);
        assert.equal(report.probe?.violations.length, 2, String(report.probe?.violations));
        assert.ok(report.requests.webview.some((u) => u.includes('csp-probe.png (csp)')));
        await takeScreenshot(`security-explainer-${themeName()}`);
      }
    }
    // For the record (UXCX_DEBUG=2 shows it): the CSP reports since the document opened.
    const messages = report?.csp.messages ?? [];
    console.log(
      `CSP reports:\n${messages.map((m) => `${m.probe ? 'probe' : 'OTHER'}: ${m.text}`).join('\n')}`,
    );
    assert.equal(messages.filter((m) => m.probe).length, 2, 'both probe violations were reported');
    assert.deepEqual(
      messages.filter((m) => !m.probe),
      [],
    );
  });

  it('shows a hover over a hostile finding with no link, image or icon from the document', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const finding = findings[findingWith('[x](command:workbench.action.terminal.new)')]!;
    const at = new vscode.Position(finding.range.start.line - 1, finding.range.start.column);
    const hover = await hoverAt(editor, at, `security-hover-finding-${themeName()}`);
    assert.ok(hover.hoverText.includes('Explain in the sidebar'), hover.hoverText);
    assert.deepEqual(unexpectedLinks(hover), [], JSON.stringify(hover.links));
    assert.deepEqual(hover.images, []);
  });

  it('shows hostile text in every part of a finding hover as text (VS Code renders it)', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const base = findings[0]!;
    const fake: Finding = {
      ...base,
      spans: Object.entries(HOVER_PAYLOADS).map(([role, text]) => ({
        ...base.spans[0]!,
        role: role as Finding['spans'][number]['role'],
        text,
      })),
    };
    const provider = vscode.languages.registerHoverProvider(
      { pattern: `**/${FIXTURE}` },
      {
        provideHover: (d, p) =>
          p.line === 0 ? new vscode.Hover(findingHover(fake, 0, d.uri)) : undefined,
      },
    );
    try {
      const hover = await hoverAt(
        editor,
        new vscode.Position(0, 3),
        `security-hover-parts-${themeName()}`,
      );
      const text = hover.hoverText.replace(/\s+/g, ' ');
      for (const payload of Object.values(HOVER_PAYLOADS)) {
        assert.ok(text.includes(payload), `${payload} not shown as text in:\n${hover.hoverText}`);
      }
      const links = hover.links.map((l) => l.href);
      assert.equal(links.length, 1, JSON.stringify(hover.links));
      assert.ok(links[0]!.startsWith(`command:${EXPLAIN_COMMAND}?`), links[0]);
      assert.deepEqual(hover.images, []);
      assert.deepEqual(
        hover.icons.filter((c) => !/codicon-lightbulb/.test(c)),
        [],
        'the only icon is the explain link’s lightbulb',
      );
    } finally {
      provider.dispose();
    }
  });

  it('sent no request off the machine while the hostile document was open', async () => {
    await vscode.commands.executeCommand('uxcx.explain', doc.uri.toString(), 0);
    const report = await webviewSecurity(mark);
    assert.deepEqual(report.requests.nonLocal, []);
    assert.deepEqual(report.problems, []);
  });
});
