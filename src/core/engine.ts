// The engine: Markdown text in, findings out. Pure: no file system, no editor. A lint is the
// incremental linter run from an empty document (incremental/): the editor's path and the CLI's
// are one.
import type { Finding, Lang, Problem } from './types';
import type { ResolvedConfig } from './config';
import { IncrementalLinter } from './incremental';

export interface LintOptions {
  config?: ResolvedConfig;
  /** Forces the document language (as the CLI's `--lang` does). */
  lang?: Lang;
}

export interface LintResult {
  findings: Finding[];
  /** The document's language (paragraphs may differ). */
  lang: Lang;
  /** Where the language came from. */
  langSource: 'option' | 'front-matter' | 'comment' | 'config' | 'detected';
  /** Findings turned off by inline comments. */
  suppressed: number;
  problems: Problem[];
}

/** Lint Markdown text. Never throws on any input. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return new IncrementalLinter(options).lintFull(text, false);
}
