// The browser protocol's folder in the Node extension host: UXCX_BROWSER_REQUESTS (set by
// scripts/vscode-tests/), reached with Node's fs.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { BrowserFolder } from './browser';

export function nodeBrowserFolder(): BrowserFolder | undefined {
  const dir = process.env.UXCX_BROWSER_REQUESTS;
  if (!dir) return undefined;
  return {
    dir,
    mkdir: (path) => mkdir(path, { recursive: true }),
    writeFile: (path, text) => writeFile(path, text),
    rename: (from, to) => rename(from, to),
    readFile: (path) => readFile(path, 'utf8'),
    rm: (path) => rm(path, { force: true }),
  };
}
