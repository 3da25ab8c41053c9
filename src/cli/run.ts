// One CLI run: options → documents → engine → formatter → exit code. Reads files, never writes them.
import * as path from 'node:path';
import { lint, type Problem } from '../core';
import { ignoredBy } from '../core/glob';
import {
  ConfigResolver,
  decodeDocument,
  readDocument,
  type LoadedConfig,
  type ReadDocumentResult,
} from '../node';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args';
import { expandTargets } from './files';
import { FORMATTERS, type FileReport } from './formatters';

/** Everything a run touches outside itself, so it can be driven from a test. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  version: string;
  writeOut(text: string): void;
  writeErr(text: string): void;
  readStdin(): Promise<Uint8Array>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const STDIN_NAME = '<stdin>';

/** Run the CLI with `argv` (without node and the script) and return the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.writeErr(`uxcx-lint: ${error.message}\nRun "uxcx-lint --help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    io.writeOut(USAGE);
    return EXIT_OK;
  }
  if (options.version) {
    io.writeOut(`${io.version}\n`);
    return EXIT_OK;
  }
  const session = new Session(options, io);
  const reports = await session.lintAll();
  return session.finish(reports);
}

/** The state of one run: configuration caches and what went wrong along the way. */
class Session {
  private readonly resolver: ConfigResolver;
  /** A path, config or read error happened: the run ends with exit code 2. */
  private failed = false;

  constructor(
    private readonly options: CliOptions,
    private readonly io: CliIo,
  ) {
    const explicit =
      options.config === undefined ? undefined : path.resolve(io.cwd, options.config);
    this.resolver = new ConfigResolver(explicit);
  }

  async lintAll(): Promise<FileReport[]> {
    // An explicit config is checked even when no document ends up using it.
    if (this.options.config !== undefined) await this.resolver.forDirectory(this.io.cwd);
    const targets = await expandTargets(this.options.targets, this.io.cwd);
    for (const [target, reason] of targets.errors) this.error(target, reason);
    const reports: FileReport[] = [];
    for (const file of targets.files) {
      const loaded = await this.resolver.forFile(file);
      if (this.isIgnored(file, loaded)) {
        if (targets.explicit.has(file)) {
          const by = this.display(loaded.file ?? '');
          this.note(file, 'skipped', `it matches an "ignore" glob in ${by}`);
        }
        continue;
      }
      const report = this.lintDocument(
        file,
        await readDocument(file, loaded.config.maxFileSize),
        loaded,
      );
      if (report) reports.push(report);
    }
    if (targets.stdin) {
      const loaded = await this.resolver.forDirectory(this.io.cwd);
      const bytes = await this.io.readStdin();
      const report = this.lintDocument(
        undefined,
        decodeDocument(bytes, loaded.config.maxFileSize),
        loaded,
      );
      if (report) reports.push(report);
    }
    return reports;
  }

  /** Report config problems, write the formatted findings and decide the exit code. */
  async finish(reports: FileReport[]): Promise<number> {
    for (const loaded of await this.resolver.loadedConfigs()) this.reportConfigProblems(loaded);
    const shown = this.options.quiet
      ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }))
      : reports;
    const color = this.io.stdoutIsTTY && !this.io.env.NO_COLOR && this.options.format === 'stylish';
    this.io.writeOut(
      FORMATTERS[this.options.format](shown, {
        cwd: this.io.cwd,
        version: this.io.version,
        color,
        ...(this.options.lang ? { lang: this.options.lang } : {}),
      }),
    );
    const all = shown.flatMap((r) => r.findings);
    const errors = all.filter((f) => f.severity === 'error').length;
    const warnings = all.filter((f) => f.severity === 'warning').length;
    const tooManyWarnings = this.options.maxWarnings >= 0 && warnings > this.options.maxWarnings;
    if (tooManyWarnings) {
      this.io.writeErr(
        `uxcx-lint found too many warnings (${warnings}; maximum: ${this.options.maxWarnings}).\n`,
      );
    }
    if (this.failed) return EXIT_USAGE;
    return errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
  }

  private lintDocument(
    file: string | undefined,
    read: ReadDocumentResult,
    loaded: LoadedConfig,
  ): FileReport | undefined {
    const name = file ?? STDIN_NAME;
    if ('skipped' in read) {
      if (read.cause === 'unreadable') this.error(name, read.skipped);
      else this.note(name, 'skipped', read.skipped);
      return undefined;
    }
    for (const p of read.problems) this.note(name, 'warning', p.message);
    const { sensitivity } = this.options;
    const config = sensitivity ? { ...loaded.config, sensitivity } : loaded.config;
    const result = lint(
      read.text,
      this.options.lang ? { config, lang: this.options.lang } : { config },
    );
    // An input problem of the whole text (binary, too large) skips the file; one with a place
    // (lines nested too deeply to read) is a warning there, and the rest's findings stand.
    const whole = result.problems.filter((p) => p.kind === 'input' && !p.range);
    if (whole.length > 0) {
      for (const p of whole) this.note(name, 'skipped', p.message);
      return undefined;
    }
    for (const p of result.problems) this.note(name, 'warning', p.message, p.range?.start);
    const report: FileReport = {
      displayPath: this.display(name),
      findings: result.findings,
      lang: result.lang,
    };
    const notRead = result.problems.filter((p) => p.kind === 'input').length;
    if (notRead > 0) report.notRead = notRead;
    if (file !== undefined) report.path = file;
    return report;
  }

  /** Whether the configuration's `ignore` globs leave the file out (as in the editor). */
  private isIgnored(file: string, loaded: LoadedConfig): boolean {
    if (loaded.file === undefined) return false;
    const slashes = (p: string): string => p.split(path.sep).join('/');
    return ignoredBy(slashes(file), slashes(path.dirname(loaded.file)), loaded.config.ignore);
  }

  private reportConfigProblems(loaded: LoadedConfig): void {
    if (loaded.problems.length === 0) return;
    this.failed = true;
    for (const p of loaded.problems) this.writeProblem(p);
    this.io.writeErr(
      `${this.display(loaded.file ?? '')}: note: the settings above were left out; ` +
        'linting went on with the defaults for them.\n',
    );
  }

  private writeProblem(p: Problem): void {
    const where = p.range ? `:${p.range.start.line}:${p.range.start.column}` : '';
    this.io.writeErr(`${this.display(p.file ?? '')}${where}: config error: ${p.message}\n`);
  }

  private error(target: string, reason: string): void {
    this.failed = true;
    this.io.writeErr(`${this.display(target)}: error: ${reason}\n`);
  }

  private note(
    target: string,
    label: 'skipped' | 'warning',
    reason: string,
    at?: { line: number; column: number },
  ): void {
    const place = at ? `:${at.line}:${at.column}` : '';
    this.io.writeErr(`${this.display(target)}${place}: ${label}: ${reason}\n`);
  }

  /** A path as people and CI see it: relative to the working folder, with forward slashes. */
  private display(target: string): string {
    if (target === STDIN_NAME || target === '') return target;
    const relative = path.relative(this.io.cwd, path.resolve(this.io.cwd, target));
    return (relative === '' ? '.' : relative).split(path.sep).join('/');
  }
}
