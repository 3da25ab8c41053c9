// Which files a folder stands for: the same in the CLI (`uxcx-lint docs/`) and in the editor
// ("Lint all Markdown files in the workspace"), so that CI and the editor read the same documents.

/** A Markdown file's name: `.md` or `.markdown`, in any case. */
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** Folders never searched: dependencies, and hidden folders (`.git`, `.github`, tool caches). */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Whether a file of this name is a document: a Markdown file, not hidden. */
export function isDocumentName(name: string): boolean {
  return MARKDOWN_FILE.test(name) && !name.startsWith('.');
}

/**
 * Whether the file at `relativePath` (with `/`, relative to the folder searched) is one of the
 * folder's documents: a Markdown file, not hidden, in no skipped folder.
 */
export function inFolderScope(relativePath: string): boolean {
  const segments = relativePath.split('/');
  const name = segments.pop() ?? '';
  return isDocumentName(name) && !segments.some(isSkippedFolder);
}
