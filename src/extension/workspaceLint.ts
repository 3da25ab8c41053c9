// "Lint all Markdown files in the workspace": every Markdown file, open or not, into the
// Problems panel, with a cancellable progress notification.
import * as vscode from 'vscode';
import type { ConfigService } from './configService';
import { documentResult, type Linter } from './linter';
import { isIgnored } from './lintable';
import { bytesOverLimit, tooLargeMessage } from '../core/limit';
import { log } from './log';
import { findMarkdownFiles } from './findMarkdown';
import { uiText } from './uiText';

/** Summary of a workspace lint. */
export interface WorkspaceLintSummary {
  files: number;
  linted: number;
  skipped: number;
  findings: number;
  /** The files that were linted (their results are the linter's). */
  uris: vscode.Uri[];
}

/** Lint every Markdown file of the workspace; returns what was done. */
export async function lintWorkspace(
  linter: Linter,
  configs: ConfigService,
): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { files: 0, linted: 0, skipped: 0, findings: 0, uris: [] };
  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: uiText('workspace.progress'),
      cancellable: true,
    },
    async (progress, token) => {
      const files = await findMarkdownFiles(token);
      summary.files = files.length;
      const step = files.length > 0 ? 100 / files.length : 100;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: step });
        const count = await lintFile(uri, linter, configs);
        if (count === undefined) summary.skipped++;
        else {
          summary.linted++;
          summary.findings += count;
          summary.uris.push(uri);
        }
      }
    },
  );
  log().info(
    `Workspace: ${summary.linted} of ${summary.files} file(s) linted, ${summary.skipped} skipped, ${summary.findings} finding(s).`,
  );
  return summary;
}

/** Lint one file: through its open document if there is one, else read from the file system. */
async function lintFile(
  uri: vscode.Uri,
  linter: Linter,
  configs: ConfigService,
): Promise<number | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    await linter.lintDocument(open);
    return linter.result(uri)?.findings.length ?? 0;
  }
  try {
    const docConfig = await configs.forDocument(uri);
    if (isIgnored(uri, docConfig)) {
      linter.clear(uri);
      return undefined;
    }
    const { size } = await vscode.workspace.fs.stat(uri);
    const tooLarge = bytesOverLimit(size, docConfig.config.maxFileSize);
    if (tooLarge) {
      log().info(`${vscode.workspace.asRelativePath(uri)}: ${tooLargeMessage(tooLarge, 'en')}`);
      return undefined;
    }
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const result = await linter.lintText(text, { config: docConfig.config });
    for (const p of result.problems) log().warn(`${uri.toString(true)}: ${p.message}`);
    linter.publish(documentResult(uri, -1, result));
    return result.findings.length;
  } catch (error) {
    log().warn(`Skipped ${uri.toString(true)}: ${String(error)}`);
    return undefined;
  }
}
