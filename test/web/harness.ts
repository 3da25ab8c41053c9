// What the web suite shares with scripts/vscode-tests/main.ts --web. In the browser's extension
// host there is no Node (no fs, no process.env): the harness runs the suite in a copy of the
// test workspace and keeps a folder there, `.uxcx-test/`, which the suite reaches through
// vscode.workspace.fs (the workspace is the machine's disk, seen through code-server):
//   .uxcx-test/results.json    the mocha result (written by the suite; the harness waits for it)
//   .uxcx-test/browser/        the browser protocol of test/integration/browser.ts
//   .uxcx-test/expected/<name>.json   what the CLI (Node) found in a document, for comparison
import * as vscode from 'vscode';
import type { BrowserFolder } from '../integration/browser';

export const SHARED_FOLDER = '.uxcx-test';

/** The shared folder, or undefined when the suite runs without the harness. */
function sharedRoot(): vscode.Uri | undefined {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return root && vscode.Uri.joinPath(root, SHARED_FOLDER);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** Write then rename, so the harness never reads half a file. */
export async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const tmp = uri.with({ path: `${uri.path}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, encoder.encode(text));
  await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
}

/** Whether the harness made the shared folder (it always does; a host without it has none). */
export async function harnessPresent(): Promise<boolean> {
  const root = sharedRoot();
  if (!root) return false;
  try {
    await vscode.workspace.fs.stat(root);
    return true;
  } catch {
    return false;
  }
}

/** The browser protocol's folder, reached through workspace.fs. */
export function webBrowserFolder(): BrowserFolder {
  const root = sharedRoot()!;
  const at = (path: string) => root.with({ path });
  return {
    dir: vscode.Uri.joinPath(root, 'browser').path,
    mkdir: (path) => Promise.resolve(vscode.workspace.fs.createDirectory(at(path))),
    writeFile: (path, text) =>
      Promise.resolve(vscode.workspace.fs.writeFile(at(path), encoder.encode(text))),
    rename: (from, to) =>
      Promise.resolve(vscode.workspace.fs.rename(at(from), at(to), { overwrite: true })),
    readFile: (path) => readText(at(path)),
    rm: async (path) => {
      try {
        await vscode.workspace.fs.delete(at(path));
      } catch {
        // not there
      }
    },
  };
}

/** The suite's result, for the harness. */
export async function writeResults(results: unknown): Promise<void> {
  const root = sharedRoot();
  if (!root) return;
  await writeAtomically(
    vscode.Uri.joinPath(root, 'results.json'),
    JSON.stringify(results, null, 2),
  );
}

/** One finding as the CLI's JSON format gives it (the fields compared). */
export interface CliFinding {
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** What the CLI found in a workspace document (relative path), as the harness wrote it. */
export async function expectedFindings(relative: string): Promise<CliFinding[]> {
  const name = relative.replace(/[^\w.-]+/g, '_');
  const uri = vscode.Uri.joinPath(sharedRoot()!, 'expected', `${name}.json`);
  return JSON.parse(await readText(uri)) as CliFinding[];
}
