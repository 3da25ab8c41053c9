// The workspace's Markdown files: through the search service, or, where it fails (no ripgrep,
// a virtual file system without a search provider), by walking the folders with workspace.fs.
// Either way, the files a folder stands for are those the CLI reads in it (src/core/scope.ts).
import * as vscode from 'vscode';
import { inFolderScope, isDocumentName, isSkippedFolder } from '../core/scope';
import { log } from './log';

export const MARKDOWN_GLOB = '**/*.{md,markdown,MD,Md,mD,MARKDOWN,Markdown}';
export const EXCLUDE_GLOB = '{**/node_modules/**,**/.*/**}';

/** Every Markdown file in the workspace folders that the CLI would read there too. */
export async function findMarkdownFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  try {
    const files = (
      await vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB, undefined, token)
    ).filter(inScope);
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
      if (!(type & vscode.FileType.SymbolicLink) && !isSkippedFolder(name)) {
        await walk(uri, found, token);
      }
    } else if (type & vscode.FileType.File && isDocumentName(name)) {
      found.push(uri);
    }
  }
}

/** Whether a file found by the search is in scope (src/core/scope.ts) within its workspace folder. */
function inScope(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) && inFolderScope(uri.path.slice(base.length));
}
