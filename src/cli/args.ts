// Command-line options: parsed by util.parseArgs, validated into plain settings.
import { parseArgs } from 'node:util';
import { LANGS, SENSITIVITIES, type Lang, type Sensitivity } from '../core';
import { FORMAT_NAMES, type FormatName } from './formatters';

export interface CliOptions {
  format: FormatName;
  lang?: Lang;
  /** Overrides the configuration's `sensitivity`. */
  sensitivity?: Sensitivity;
  config?: string;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  help: boolean;
  version: boolean;
  /** Files, folders, globs and `-` (standard input), as given. */
  targets: string[];
}

/** A bad command line: reported with a hint to `--help`, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: uxcx-lint [options] [file | folder | glob | -]...

Flags requirement statements that expect customer-experience (CX) outcomes
from user-experience (UX) work, in English and Dutch Markdown.

Folders are searched for *.md and *.markdown files (node_modules, .git and
hidden folders are skipped). "-" reads one document from standard input.
With no paths, the current folder is linted. Files are never modified.

Options:
  -f, --format <name>     Output format: stylish (default), json, sarif, github,
                          html or markdown (a findings report for a review)
  -l, --lang <en|nl>      Set the language of every document (skips detection)
  -s, --sensitivity <strict|thorough>
                          strict (default): only findings of high confidence;
                          thorough: also claims over two sentences, KPI lines
                          under a heading and metaphors (overrides the config)
  -c, --config <file>     Use this configuration file instead of the nearest
                          .uxcxrc.json above each document
      --max-warnings <n>  Fail (exit 1) when there are more than n warnings
  -q, --quiet             Report errors only (warnings and info are dropped)
  -h, --help              Show this help and exit
  -v, --version           Show the version and exit

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  at least one error, or more warnings than --max-warnings
  2  bad options, an invalid configuration file, or a path that cannot be read
`;

/** Parse `argv` (without node and the script). Throws UsageError on a bad command line. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        lang: { type: 'string', short: 'l' },
        sensitivity: { type: 'string', short: 's' },
        config: { type: 'string', short: 'c' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (!FORMAT_NAMES.includes(format as FormatName)) {
    throw new UsageError(`Unknown format "${format}". Use one of: ${FORMAT_NAMES.join(', ')}.`);
  }
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) {
    throw new UsageError(`Unknown language "${values.lang}". Use one of: ${LANGS.join(', ')}.`);
  }
  if (
    values.sensitivity !== undefined &&
    !SENSITIVITIES.includes(values.sensitivity as Sensitivity)
  ) {
    throw new UsageError(
      `Unknown sensitivity "${values.sensitivity}". Use one of: ${SENSITIVITIES.join(', ')}.`,
    );
  }
  if (values.config === '') throw new UsageError('--config needs a file name.');
  const options: CliOptions = {
    format: format as FormatName,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    quiet: values.quiet,
    help: values.help,
    version: values.version,
    targets: positionals.length > 0 ? positionals : ['.'],
  };
  if (values.lang !== undefined) options.lang = values.lang as Lang;
  if (values.sensitivity !== undefined) options.sensitivity = values.sensitivity as Sensitivity;
  if (values.config !== undefined) options.config = values.config;
  return options;
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`--max-warnings must be a whole number of 0 or more (got "${value}").`);
  }
  return Number(value.trim());
}
