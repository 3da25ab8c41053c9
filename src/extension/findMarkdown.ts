// The workspace's Markdown files: through the search service, or, where it fails (no ripgrep,
// a virtual file system without a search provider), by walking the folders with workspace.fs.
import * as vscode from 'vscode';
import { log } from './log';

export const MARKDOWN_GLOB = '**/*.{md,markdown}';
export const EXCLUDE_GLOB = '**/node_modules/**';

const MARKDOWN_NAME = /\.(md|markdown)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** Every Markdown file in the workspace folders, outside node_modules. */
export async function findMarkdownFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  try {
    const files = await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, undefined, token);
    // A search that fails may also just find nothing: then a walk makes sure.
    if (files.length > 0) return files;
  } catch (error) {
    log().info(`File search failed (${String(error)}); walking the folders instead.`);
  }
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    await walk(folder.uri, found, token);
  }
  return found;
}

async function walk(dir: vscode.Uri, found: vscode.Uri[], token: vscode.CancellationToken) {
  if (token.isCancellationRequested) return;
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch (error) {
    log().warn(`Could not read ${dir.toString(true)}: ${String(error)}`);
    return;
  }
  for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) {
      // Symbolic links to folders are not followed (they may loop).
      if (!(type & vscode.FileType.SymbolicLink) && !SKIPPED_FOLDERS.has(name)) {
        await walk(uri, found, token);
      }
    } else if (type & vscode.FileType.File && MARKDOWN_NAME.test(name)) found.push(uri);
  }
}
