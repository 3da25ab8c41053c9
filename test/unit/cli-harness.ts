// Shared by the CLI tests: build the bundle once, run it on temporary folders, find positions.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'uxcx-lint.js');

/** Sentences with known findings, and one without. */
export const DOCS = {
  /** ux-for-cx-outcome (warning) on "brand preference". */
  enWarning:
    '# Goals\n\nThe new dashboard design will strengthen brand preference among customers.\n',
  /** unmeasurable-ux-quality (info) on "intuitive". */
  enInfo: '# Portal\n\nThe portal must be intuitive.\n',
  /** ux-for-cx-outcome (warning) on "klanttevredenheid". */
  nlWarning: '# Doelen\n\nHet nieuwe ontwerp zorgt voor meer klanttevredenheid.\n',
  clean: '# Goals\n\nUsers complete onboarding with a task success rate of at least 85 %.\n',
};

let built = false;

/** Build dist/cli.js with the project's esbuild script, once per test process. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI in `cwd`; colour is never on because stdout is a pipe. */
export function runCli(
  args: string[],
  cwd: string,
  options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {},
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: undefined, ...options.env },
    encoding: 'utf8',
    timeout: 300_000, // a guard against a hang only, as mocha's timeout
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder holding `files` (relative path → content). */
export function tempProject(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'uxcx-cli-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/**
 * For a describe block: temporary projects removed after the block, and (with `build`) the CLI
 * built once before it. Returns the function that makes a project from a map of files.
 */
export function useTempProjects(build = false): (files: Record<string, string | Buffer>) => string {
  const dirs: string[] = [];
  if (build) {
    before(() => buildCli());
  }
  after(() => dirs.forEach(removeProject));
  return (files) => {
    const dir = tempProject(files);
    dirs.push(dir);
    return dir;
  };
}

export function removeProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based line and UTF-16 column of `offset` in `text` (a BOM is not counted). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const before = text.slice(bom, Math.max(offset, bom));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Where `needle` is in `text` (end exclusive), computed from the text, not hard-coded. */
export function placeOf(text: string, needle: string, fromIndex = 0): Place {
  const start = text.indexOf(needle, fromIndex);
  if (start < 0) throw new Error(`"${needle}" is not in the fixture`);
  const a = positionAt(text, start);
  const b = positionAt(text, start + needle.length);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Modification time and content of every file under `dir`, to prove nothing was written. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.statSync(file);
    out.set(file, `${stat.mtimeMs}:${stat.size}:${fs.readFileSync(file).toString('base64')}`);
  }
  return out;
}
