// Hovers on Markdown: a glossary term's definition, and a short view of a finding with a link
// that opens it in the explainer sidebar.
import * as vscode from 'vscode';
import type { Finding, GlossaryEntry, Lang, SpanRole } from '../core';
import { escapeMarkdown } from '../core/text/escape';
import { docText, roleLabel, scopeLabel } from './docText';
import { glossaryTermAt, type GlossaryHit } from './glossaryMatch';
import type { Linter } from './linter';
import { errorText, log } from './log';
import { toRange } from './positions';

/** The command a finding hover links to. */
export const EXPLAIN_COMMAND = 'uxcx.explain';

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      return this.hover(doc, position);
    } catch (error) {
      log().error(`Hover failed: ${errorText(error)}`);
      return undefined;
    }
  }

  private hover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.linter.result(doc.uri);
    const lang: Lang = result?.lang ?? 'en';
    const contents: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;

    const findings = result && result.version === doc.version ? result.findings : [];
    findings.forEach((finding, index) => {
      const r = toRange(finding.range);
      if (!r.contains(position)) return;
      contents.push(findingHover(finding, index, doc.uri));
      range = range ? range.union(r) : r;
    });

    const line = doc.lineAt(position.line).text;
    const hit = glossaryTermAt(line, position.character, lang);
    if (hit) {
      contents.push(glossaryHover(hit, lang, line.slice(hit.start, hit.end)));
      range ??= new vscode.Range(position.line, hit.start, position.line, hit.end);
    }
    return contents.length > 0 ? new vscode.Hover(contents, range) : undefined;
  }
}

/** A glossary entry: term, scope, definition (document language) and source. */
export function glossaryHover(
  hit: GlossaryHit,
  docLang: Lang,
  written: string,
): vscode.MarkdownString {
  const entry: GlossaryEntry = hit.entry;
  // The term as the document writes it; a term of the other language also gets its own name.
  const own = entry.terms[docLang][0];
  const name = hit.lang !== docLang && own ? `${written} (${own})` : written;
  // Untrusted: no command links, no HTML. The term comes from the document, so it is escaped.
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeMd(name)}** · ${escapeMd(scopeLabel(entry.scope, docLang))}\n\n`);
  md.appendMarkdown(`${escapeMd(entry.definition[docLang])}\n\n`);
  const title = escapeMd(entry.source.title);
  const source = entry.source.url
    ? `[${title}](${encodeParens(encodeURI(entry.source.url))})`
    : title;
  md.appendMarkdown(`*${docText('source', docLang)}:* ${source}`);
  return md;
}

/** Parts of a statement a finding hover names, in reading order of the argument. */
const SHOWN_ROLES: readonly SpanRole[] = ['uxMeans', 'uxRole', 'link', 'cxOutcome', 'term'];

/**
 * A finding in short, with a link to `uxcx.explain`. The string is trusted for that one command
 * only (a command link the document text might form runs nothing), renders no HTML, and every
 * piece of document text in it is escaped, so it shows as the text it is.
 */
export function findingHover(
  finding: Finding,
  index: number,
  uri: vscode.Uri,
): vscode.MarkdownString {
  const lang = finding.lang;
  const args = encodeParens(encodeURIComponent(JSON.stringify([uri.toString(), index])));
  const md = new vscode.MarkdownString('', true); // theme icons: the link's lightbulb
  md.isTrusted = { enabledCommands: [EXPLAIN_COMMAND] };
  md.supportHtml = false;
  // The diagnostic's own hover shows the full message: this names the parts of the statement.
  const parts = finding.spans
    .filter((sp) => SHOWN_ROLES.includes(sp.role) && sp.text.trim() !== '')
    .sort((a, b) => SHOWN_ROLES.indexOf(a.role) - SHOWN_ROLES.indexOf(b.role))
    .map((sp) => `${escapeMd(roleLabel(sp.role, lang))}: *${escapeMd(sp.text)}*`);
  md.appendMarkdown(`**uxcx · ${escapeMd(finding.ruleId)}** — ${parts.join(' · ')}\n\n`);
  md.appendMarkdown(`${escapeMd(docText(`confidence.${finding.confidence}`, lang))}\n\n`);
  md.appendMarkdown(
    `[$(lightbulb) ${docText('explain', lang)}](command:${EXPLAIN_COMMAND}?${args})`,
  );
  return md;
}

/**
 * Text as Markdown that VS Code renders as exactly that text, on one line (`escapeMarkdown`), and a
 * theme icon `$(name)` becomes `\\\$\(name\)`, which Markdown turns into the `\$(name)` that VS
 * Code shows as text. (appendText would also turn every space into &nbsp;, so lines never wrap.)
 */
export function escapeMd(text: string): string {
  return escapeMarkdown(text).replace(/\\\$\\\(/g, '\\\\\\$\\(');
}

/** A link target with its parentheses percent-encoded too, so it cannot end the link early. */
function encodeParens(target: string): string {
  return target.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
