// "Export findings report": one self-contained HTML page (or Markdown) with the findings of the
// active document or of the whole workspace, written where the user chooses, for a review
// meeting where not everyone has an editor (src/report renders it; this only gathers and writes).
// Files go through workspace.fs, so this works wherever the extension runs.
import * as vscode from 'vscode';
import type { Lang } from '../core';
import { PICTURE_FILES, renderHtml, renderMarkdown, type ReportDocument } from '../report';
import { isLintable } from './lintable';
import type { Linter } from './linter';
import { log } from './log';
import { lintWorkspace } from './workspaceLint';
import type { ConfigService } from './configService';
import { uiText } from './uiText';

export const EXPORT_REPORT_COMMAND = 'uxcx.exportReport';

export type ReportScope = 'document' | 'workspace';

/** What the command was asked: every part optional (a person is asked for what is missing). */
export interface ExportRequest {
  scope?: ReportScope;
  /** Where to write (a URI string); `.md` writes Markdown, anything else HTML. */
  target?: string;
  /** Open the report when it is written (true when a person ran the command). */
  open?: boolean;
}

/** The UX ⊂ CX pictures the extension ships (media/), read through workspace.fs. */
async function pictures(extensionUri: vscode.Uri): Promise<Partial<Record<Lang, string>>> {
  const out: Partial<Record<Lang, string>> = {};
  for (const [lang, file] of PICTURE_FILES) {
    try {
      const bytes = await vscode.workspace.fs.readFile(
        vscode.Uri.joinPath(extensionUri, 'media', file),
      );
      out[lang] = new TextDecoder().decode(bytes);
    } catch {
      // Without the picture the report keeps its definitions.
    }
  }
  return out;
}

async function chooseScope(): Promise<ReportScope | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  const items: (vscode.QuickPickItem & { scope: ReportScope })[] = [];
  if (doc && isLintable(doc)) {
    items.push({
      label: uiText('report.thisDocument'),
      description: vscode.workspace.asRelativePath(doc.uri),
      scope: 'document',
    });
  }
  if (vscode.workspace.workspaceFolders?.length) {
    items.push({ label: uiText('report.workspace'), scope: 'workspace' });
  }
  if (items.length === 1) return items[0]!.scope;
  const picked = await vscode.window.showQuickPick(items, {
    title: uiText('report.title'),
    placeHolder: uiText('report.which'),
  });
  return picked?.scope;
}

async function chooseTarget(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: uiText('report.title'),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'uxcx-report.html') } : {}),
    filters: { HTML: ['html', 'htm'], Markdown: ['md'] },
    saveLabel: uiText('report.export'),
  });
}

/** The documents of the report, linted now. */
async function gather(
  scope: ReportScope,
  linter: Linter,
  configs: ConfigService,
): Promise<ReportDocument[]> {
  const uris: vscode.Uri[] = [];
  if (scope === 'document') {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isLintable(doc)) return [];
    await linter.lintDocument(doc);
    uris.push(doc.uri);
  } else {
    uris.push(...(await lintWorkspace(linter, configs)).uris);
  }
  return uris.flatMap((uri) => {
    const result = linter.result(uri);
    return result
      ? [
          {
            path: vscode.workspace.asRelativePath(uri),
            lang: result.lang,
            findings: result.findings,
          },
        ]
      : [];
  });
}

/**
 * Export the report. Returns the URI written, or undefined when the user cancelled or there was
 * nothing to report on.
 */
export async function exportReport(
  request: ExportRequest,
  context: { extensionUri: vscode.Uri; linter: Linter; configs: ConfigService; version: string },
): Promise<vscode.Uri | undefined> {
  const scope = request.scope ?? (await chooseScope());
  if (!scope) return undefined;
  const documents = await gather(scope, context.linter, context.configs);
  if (documents.length === 0) {
    void vscode.window.showInformationMessage(uiText('report.noDocument'));
    return undefined;
  }
  const target = request.target ? vscode.Uri.parse(request.target) : await chooseTarget();
  if (!target) return undefined;
  const markdown = /\.(md|markdown)$/i.test(target.path);
  const input = {
    documents,
    picture: await pictures(context.extensionUri),
    generator: `uxcx-lint ${context.version}`,
  };
  const text = markdown ? renderMarkdown(input) : renderHtml(input);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const findings = documents.reduce((n, d) => n + d.findings.length, 0);
  log().info(
    `Report: ${findings} finding(s) in ${documents.length} document(s) written to ${target.toString(true)}.`,
  );
  if (request.open ?? !request.target) {
    const open = uiText('report.open');
    const choice = await vscode.window.showInformationMessage(
      uiText('report.written', { n: findings }),
      open,
    );
    if (choice === open) {
      if (markdown) await vscode.window.showTextDocument(target);
      else await vscode.env.openExternal(target);
    }
  }
  return target;
}
