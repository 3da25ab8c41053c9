// Files the project ships beside its code (media/): found from the running script, whether it is
// the bundle in dist/ or a source file run by tsx.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../core';
import { PICTURE_FILES } from '../report/text';

/** The folder holding media/ above `from` (at most five levels up), or undefined. */
export function packageRoot(from = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'media', 'ux-in-cx.svg'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** The UX ⊂ CX picture per language (empty when the files are not there). */
export function readPictures(root = packageRoot()): Partial<Record<Lang, string>> {
  if (!root) return {};
  const pictures: Partial<Record<Lang, string>> = {};
  for (const [lang, file] of PICTURE_FILES) {
    try {
      pictures[lang] = readFileSync(path.join(root, 'media', file), 'utf8');
    } catch {
      // A missing picture leaves the report without it; the definitions stay.
    }
  }
  return pictures;
}
