// The `ignore` globs of a configuration, resolved against the folder of the file that sets them.
import * as path from 'node:path';
import { glob } from 'tinyglobby';

/** Folders never searched when resolving ignore globs or expanding folders. */
export const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * Answers "is this file ignored?" for ignore globs relative to a base folder. Each (folder, globs)
 * pair is expanded once with tinyglobby, so matching is exactly what globbing would select.
 */
export class IgnoreMatcher {
  private readonly cache = new Map<string, Promise<Set<string>>>();

  /** Whether `file` matches one of `patterns`, read relative to `baseDir`. */
  async isIgnored(file: string, patterns: readonly string[], baseDir: string): Promise<boolean> {
    if (patterns.length === 0) return false;
    const base = path.resolve(baseDir);
    const key = [base, ...patterns].join('\u0000');
    let pending = this.cache.get(key);
    if (!pending) {
      pending = expand(patterns, base);
      this.cache.set(key, pending);
    }
    return (await pending).has(path.resolve(file));
  }
}

async function expand(patterns: readonly string[], cwd: string): Promise<Set<string>> {
  const files = await glob([...patterns], {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: true,
    ignore: ALWAYS_SKIPPED,
  });
  return new Set(files.map((f) => path.resolve(f)));
}
