// Files on disk for the CLI: the documents a folder stands for (src/core/scope.ts, as in the
// editor's workspace lint) and the files a glob on the command line matches (src/core/glob.ts,
// the matcher of the `ignore` setting). One walk of the folders, no other glob engine.
import type { Dirent } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { globMatches } from '../core/glob';
import { inFolderScope, isSkippedFolder } from '../core/scope';

/** A character that makes a command-line target a glob. */
const MAGIC = /[*?[\]{}]/;

/** Whether a command-line target is a glob rather than a path. */
export function isGlob(target: string): boolean {
  return MAGIC.test(target);
}

/**
 * The files under `root` (absolute paths) whose path relative to it (with `/`) `keep` accepts,
 * in the folders `enter` accepts by name. Symbolic links to files are followed; links to folders
 * are not (they may loop). A folder that cannot be read is passed over.
 */
async function walk(
  root: string,
  keep: (relativePath: string) => boolean,
  enter: (name: string) => boolean,
): Promise<string[]> {
  const found: string[] = [];
  const folders = [''];
  for (let rel = folders.pop(); rel !== undefined; rel = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (enter(e.name)) folders.push(r);
        continue;
      }
      let isFile = e.isFile();
      if (e.isSymbolicLink())
        isFile = await fs.stat(path.join(root, r)).then(
          (s) => s.isFile(),
          () => false,
        );
      if (isFile && keep(r)) found.push(path.join(root, r));
    }
  }
  return found;
}

/** The documents a folder stands for (see src/core/scope.ts). */
export function folderDocuments(folder: string): Promise<string[]> {
  return walk(folder, inFolderScope, (name) => !isSkippedFolder(name));
}

const isHidden = (segment: string): boolean => segment.startsWith('.');

/**
 * The files a command-line glob matches, read relative to `cwd` (any file, not only Markdown: the
 * glob says what it wants). The walk starts at the glob's leading segments without wildcards.
 * As in a shell, a hidden file or folder matches only where the glob names one (a segment that
 * starts with `.`); node_modules and .git are never entered.
 */
export function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const segments = pattern.split('/');
  let k = 0;
  while (k < segments.length - 1 && !isGlob(segments[k]!)) k++;
  const base = path.resolve(cwd, segments.slice(0, k).join('/') || '.');
  const rest = segments.slice(k).join('/');
  const hidden = rest.split('/').some(isHidden);
  return walk(
    base,
    (rel) => globMatches(rest, rel) && (hidden || !rel.split('/').some(isHidden)),
    (name) => name !== 'node_modules' && name !== '.git' && (hidden || !isHidden(name)),
  );
}
