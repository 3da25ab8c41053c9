// Linting the real-world corpora in ../shared/corpora (beside the repository; never copied into
// it): every Markdown file as the CLI reads it, and each PROMISE NFR statement as its own one-line
// English document. Used by scripts/eval-real.ts and test/unit/real-judgements.test.ts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import {
  defaultConfig,
  lint,
  type Lang,
  type LintResult,
  type ResolvedConfig,
} from '../../src/core';
import { readDocument } from '../../src/node';
import { expandTargets } from '../../src/cli/files';
import { findingOf, type RealFinding } from './judged';

/** The project root. */
const ROOT = path.resolve(__dirname, '..', '..');
/** The shared corpora, `../shared/corpora` from the project root. */
export const CORPORA = path.resolve(ROOT, '..', 'shared', 'corpora');

/** The corpus of requirement statements in a CSV file rather than Markdown files. */
export const PROMISE = 'promise-nfr';
const PROMISE_FILE = 'nfr.csv';

/** Whether the corpora are there (CI clones the repository with ../shared beside it). */
export function haveCorpora(root = CORPORA): boolean {
  return existsSync(root) && corpusNames(root).length > 0;
}

/** The corpus folders, sorted by name. */
export function corpusNames(root = CORPORA): string[] {
  return readdirSync(root)
    .filter((name) => !name.startsWith('.') && statSync(path.join(root, name)).isDirectory())
    .sort();
}

/** One corpus, linted. */
export interface CorpusRun {
  corpus: string;
  /** Documents linted: Markdown files, or PROMISE statements. */
  files: number;
  findings: RealFinding[];
  /** Documents that were not linted, or were linted with a problem: `file: reason`. */
  notes: string[];
}

/**
 * The configuration the corpora are linted with: every rule at its default setting, and every
 * finding (`thorough`), so that the judgements cover both sensitivities; `strict`, the default,
 * shows those of high confidence.
 */
function corpusConfig(): ResolvedConfig {
  return { ...defaultConfig(), sensitivity: 'thorough' };
}

/** Lint the named corpora (all of them by default) with every rule at its default setting. */
export async function lintCorpora(names?: readonly string[], root = CORPORA): Promise<CorpusRun[]> {
  const runs: CorpusRun[] = [];
  for (const corpus of names ?? corpusNames(root)) {
    const dir = path.join(root, corpus);
    if (!existsSync(dir)) throw new Error(`no corpus named "${corpus}" in ${root}`);
    runs.push(corpus === PROMISE ? lintPromise(dir) : await lintMarkdownCorpus(corpus, dir));
  }
  return runs;
}

/**
 * Every *.md and *.markdown file under the folder, found, read and decoded as the CLI does (so,
 * like `uxcx-lint <folder>`, it leaves out hidden folders such as .github and .changeset).
 */
async function lintMarkdownCorpus(corpus: string, dir: string): Promise<CorpusRun> {
  const config = corpusConfig();
  const run: CorpusRun = { corpus, files: 0, findings: [], notes: [] };
  const targets = await expandTargets([dir], dir);
  for (const [target, reason] of targets.errors) run.notes.push(`${target}: ${reason}`);
  for (const absolute of targets.files) {
    const file = path.relative(dir, absolute).split(path.sep).join('/');
    const read = await readDocument(absolute, config.maxFileSize);
    if ('skipped' in read) {
      run.notes.push(`${file}: skipped: ${read.skipped}`);
      continue;
    }
    for (const p of read.problems) run.notes.push(`${file}: ${p.message}`);
    // No forced language: the engine decides it per document (and per paragraph), as the CLI
    // does without --lang.
    const result = lint(read.text, { config });
    if (!collect(run, result, file, read.text)) continue;
    run.files++;
  }
  return run;
}

/** Add a lint result's findings to the run; false when the document was not linted at all. */
function collect(
  run: CorpusRun,
  result: LintResult,
  file: string,
  text: string,
  line?: number,
): boolean {
  const where = line === undefined ? file : `${file}:${line}`;
  const whole = result.problems.filter((p) => p.kind === 'input' && !p.range);
  for (const p of result.problems) run.notes.push(`${where}: ${p.message}`);
  if (whole.length > 0) return false;
  for (const f of result.findings) run.findings.push(findingOf(run.corpus, file, text, f, line));
  return true;
}

/** One PROMISE statement: its 1-based line in the CSV and its text. */
export interface CsvStatement {
  line: number;
  text: string;
}

/**
 * The statements of the PROMISE NFR CSV (`ProjectID,RequirementText,class`). The text sits
 * between the first and the last comma, in single quotes (one of them sometimes lost), with `%`
 * escaped as `\%`; a few rows are quoted CSV-style in double quotes with `""` inside. Runs of
 * white space (the data set's stand-in for removed commas, and tabs) become one space, so that
 * each statement is one line of plain text.
 */
export function parsePromiseCsv(csv: string): CsvStatement[] {
  const out: CsvStatement[] = [];
  csv.split(/\r?\n/).forEach((row, i) => {
    if (i === 0 || row.trim() === '') return; // the header
    const first = row.indexOf(',');
    const last = row.lastIndexOf(',');
    if (first < 0 || last <= first) return;
    let body = row.slice(first + 1, last).trim();
    if (body.length >= 2 && body.startsWith('"') && body.endsWith('"')) {
      body = body.slice(1, -1).replace(/""/g, '"');
    }
    const text = body.trim().replace(/^'|'$/g, '').replace(/\\%/g, '%').replace(/\s+/g, ' ').trim();
    if (text) out.push({ line: i + 1, text });
  });
  return out;
}

/** Each PROMISE statement linted as its own one-line English document; findings on its CSV line. */
function lintPromise(dir: string): CorpusRun {
  const config = corpusConfig();
  const lang: Lang = 'en';
  const run: CorpusRun = { corpus: PROMISE, files: 0, findings: [], notes: [] };
  const statements = parsePromiseCsv(readFileSync(path.join(dir, PROMISE_FILE), 'utf8'));
  for (const { line, text } of statements) {
    if (collect(run, lint(text, { config, lang }), PROMISE_FILE, text, line)) run.files++;
  }
  return run;
}
