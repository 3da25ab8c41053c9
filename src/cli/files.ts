// Turning the command line's files, folders and globs into a sorted list of documents.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { errorReason, folderDocuments, globFiles, isGlob } from '../node';

export interface ExpandedTargets {
  /** Absolute paths, without duplicates, in a stable sorted order. */
  files: string[];
  /** Files named on the command line itself (not found in a folder or by a glob). */
  explicit: Set<string>;
  /** Whether `-` (standard input) was given. */
  stdin: boolean;
  /** Targets that matched nothing or could not be read: `[target, reason]`. */
  errors: [string, string][];
}

/** Expand targets against `cwd`; a path that exists wins over reading it as a glob. */
export async function expandTargets(
  targets: readonly string[],
  cwd: string,
): Promise<ExpandedTargets> {
  const found = new Set<string>();
  const explicit = new Set<string>();
  const errors: [string, string][] = [];
  let stdin = false;
  for (const target of targets) {
    if (target === '-') {
      stdin = true;
      continue;
    }
    const absolute = path.resolve(cwd, target);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch (error) {
      if (isGlob(target)) {
        const matches = await globFiles(target, cwd);
        if (matches.length === 0) errors.push([target, 'no files match this pattern']);
        matches.forEach((m) => found.add(m));
      } else errors.push([target, errorReason(error)]);
      continue;
    }
    if (stat.isDirectory()) {
      (await folderDocuments(absolute)).forEach((m) => found.add(m));
    } else {
      found.add(absolute);
      explicit.add(absolute);
    }
  }
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, explicit, stdin, errors };
}
