// What every formatter receives: the linted documents with their findings, and the run context.
import type { Finding, Lang } from '../../core';

/** One linted document. */
export interface FileReport {
  /** Absolute path; undefined for standard input. */
  path?: string;
  /** The name shown to people and CI: relative to the working folder, forward slashes. */
  displayPath: string;
  findings: Finding[];
  /** The document's language, as the engine read it. */
  lang?: Lang;
  /** Stretches of the file that were not read (too complex to read in time; noted on stderr). */
  notRead?: number;
}

export interface FormatContext {
  cwd: string;
  version: string;
  /** Whether ANSI colours may be used (stylish only). */
  color: boolean;
  /** The language of a report's own words (html, markdown): `--lang`, else that of most findings. */
  lang?: Lang;
}

/** Turns the reports into the text written to standard output. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
