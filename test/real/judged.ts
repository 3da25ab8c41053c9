// Judged findings on real text: the records of test/real/judgements.jsonl (one per line), how a
// finding finds its judgement, the checks the test makes, what `--update` changes, and the
// per-corpus summary. Pure functions over plain data (all but readJudgementsFile), so each check
// can be tested on small inputs.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULE_IDS, type Confidence, type Finding, type RuleId } from '../../src/core';

/** The judgements file, beside this module. */
export const JUDGEMENTS_FILE = path.join(__dirname, 'judgements.jsonl');

/** The command that brings the judgements file up to date. */
export const UPDATE_COMMAND = 'npm run eval:real -- --update';

/** About how long a stored sentence may be. */
export const SENTENCE_MAX = 300;

/** A finding on the corpora, as the judgements file names it. */
export interface RealFinding {
  /** The corpus folder, e.g. `en-uswds-site`. */
  corpus: string;
  /** The path inside the corpus folder, with forward slashes. */
  file: string;
  /** 1-based line the finding starts on (for PROMISE: the statement's line in the CSV). */
  line: number;
  rule: RuleId;
  /** The text of the finding's range. */
  text: string;
  /** The statement the finding is about, white space collapsed, trimmed to about 300 characters. */
  sentence: string;
  /** How sure the engine is (not stored: a judgement holds for either). */
  confidence?: Confidence;
}

export type Verdict = 'right' | 'wrong';

/** One judgement: a finding and what a person made of it. */
export interface Judgement extends RealFinding {
  /** null: not judged yet (added by `--update` for a person to judge). */
  verdict: Verdict | null;
  /** One line, in terms of the rule's own definition. Empty while the verdict is null. */
  reason: string;
  /** On a wrong finding the engine still gives: a known false alarm, not yet fixed. */
  open?: true;
}

const KEYS = ['corpus', 'file', 'line', 'rule', 'text', 'sentence', 'verdict', 'reason', 'open'];

/** A statement's text as stored: one line, at most about SENTENCE_MAX characters. */
export function trimSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SENTENCE_MAX) return flat;
  const cut = flat.slice(0, SENTENCE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${space > SENTENCE_MAX - 40 ? cut.slice(0, space) : cut}…`;
}

/** A finding of the engine as a RealFinding; `line` overrides the finding's own line. */
export function findingOf(
  corpus: string,
  file: string,
  text: string,
  f: Finding,
  line?: number,
): RealFinding {
  return {
    corpus,
    file,
    line: line ?? f.range.start.line,
    rule: f.ruleId,
    text: text.slice(f.range.start.offset, f.range.end.offset),
    sentence: trimSentence(f.statementText),
    confidence: f.confidence,
  };
}

/** What a finding and its judgement must share. */
export function keyOf(f: RealFinding): string {
  return JSON.stringify([f.corpus, f.file, f.rule, f.line, f.text]);
}

/** Where a finding stands in a list of judgements. */
export interface Matched {
  /** Each finding with its judgement, if it has one. */
  pairs: { finding: RealFinding; judgement: Judgement | undefined }[];
  /** Judgements no finding took. */
  unmatched: Judgement[];
}

/**
 * Match findings to judgements by corpus + file + rule + line + flagged text; findings that share
 * all of these take the judgements that share them in order.
 */
export function match(findings: readonly RealFinding[], judgements: readonly Judgement[]): Matched {
  const queues = new Map<string, Judgement[]>();
  for (const j of judgements) {
    const k = keyOf(j);
    const q = queues.get(k);
    if (q) q.push(j);
    else queues.set(k, [j]);
  }
  const taken = new Set<Judgement>();
  const pairs = findings.map((finding) => {
    const judgement = queues.get(keyOf(finding))?.shift();
    if (judgement) taken.add(judgement);
    return { finding, judgement };
  });
  return { pairs, unmatched: judgements.filter((j) => !taken.has(j)) };
}

// ---------------------------------------------------------------------------- the checks

/** Findings with no judgement, or with one whose verdict is still null. */
export function unjudged(m: Matched): RealFinding[] {
  return m.pairs.filter((p) => !p.judgement || p.judgement.verdict === null).map((p) => p.finding);
}

/** Findings judged wrong and not marked open: a fixed false alarm that came back. */
export function returnedFalseAlarms(m: Matched): Judgement[] {
  return m.pairs
    .map((p) => p.judgement)
    .filter((j): j is Judgement => j !== undefined && j.verdict === 'wrong' && j.open !== true);
}

/** Open false alarms the engine no longer gives (in the corpora linted): the ratchet. */
export function closedFalseAlarms(m: Matched, corpora?: ReadonlySet<string>): Judgement[] {
  return m.unmatched.filter(
    (j) => j.verdict === 'wrong' && j.open === true && (!corpora || corpora.has(j.corpus)),
  );
}

/** Findings judged right that the engine no longer gives (a loss of recall on real text). */
export function lostRightFindings(m: Matched, corpora?: ReadonlySet<string>): Judgement[] {
  return m.unmatched.filter((j) => j.verdict === 'right' && (!corpora || corpora.has(j.corpus)));
}

/** Problems with the form of the records, each naming its record by its 1-based line. */
export function recordProblems(records: readonly unknown[]): string[] {
  const problems: string[] = [];
  records.forEach((r, i) => {
    const at = `record ${i + 1}`;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      problems.push(`${at}: not a JSON object`);
      return;
    }
    const o = r as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (!KEYS.includes(k)) problems.push(`${at}: unknown key "${k}"`);
    const nonEmpty = (k: string): void => {
      if (typeof o[k] !== 'string' || o[k].trim() === '') {
        problems.push(`${at}: "${k}" must be a non-empty string`);
      }
    };
    ['corpus', 'file', 'text', 'sentence'].forEach(nonEmpty);
    if (typeof o.corpus === 'string' && /[/\\]/.test(o.corpus)) {
      problems.push(`${at}: "corpus" must be a folder name, not a path`);
    }
    if (
      typeof o.file === 'string' &&
      (o.file.includes('\\') || o.file.startsWith('/') || o.file.split('/').includes('..'))
    ) {
      problems.push(
        `${at}: "file" must be a relative path inside the corpus, with forward slashes`,
      );
    }
    if (typeof o.line !== 'number' || !Number.isInteger(o.line) || o.line < 1) {
      problems.push(`${at}: "line" must be a whole number ≥ 1`);
    }
    if (!(RULE_IDS as readonly unknown[]).includes(o.rule)) {
      problems.push(`${at}: "rule" must be one of ${RULE_IDS.join(', ')}`);
    }
    if (typeof o.sentence === 'string' && /[\r\n]/.test(o.sentence)) {
      problems.push(`${at}: "sentence" must be one line`);
    }
    if (
      !('verdict' in o) ||
      !(o.verdict === 'right' || o.verdict === 'wrong' || o.verdict === null)
    ) {
      problems.push(`${at}: "verdict" must be "right", "wrong" or null`);
    }
    if (typeof o.reason !== 'string') problems.push(`${at}: "reason" must be a string`);
    else if (o.verdict !== null && o.reason.trim() === '') {
      problems.push(`${at}: a judged record needs a "reason"`);
    } else if (/[\r\n]/.test(o.reason)) problems.push(`${at}: "reason" must be one line`);
    if ('open' in o && o.open !== true) problems.push(`${at}: "open" can only be true`);
    if (o.open === true && o.verdict !== 'wrong') {
      problems.push(`${at}: only a wrong finding can be open`);
    }
  });
  return problems;
}

// ------------------------------------------------------------------------------ the file

/** Parse the file's text: one JSON object a line (blank lines are skipped). */
export function parseJudgements(text: string): { records: unknown[]; problems: string[] } {
  const records: unknown[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch (error) {
      problems.push(`line ${i + 1}: not JSON (${(error as Error).message})`);
    }
  });
  return { records, problems };
}

/** A record with its keys in the file's order. */
function ordered(j: Judgement): Judgement {
  const out: Judgement = {
    corpus: j.corpus,
    file: j.file,
    line: j.line,
    rule: j.rule,
    text: j.text,
    sentence: j.sentence,
    verdict: j.verdict,
    reason: j.reason,
  };
  if (j.open === true) out.open = true;
  return out;
}

/** The file's text: one record a line, in a stable order. */
export function serialiseJudgements(judgements: readonly Judgement[]): string {
  return sortJudgements(judgements)
    .map((j) => JSON.stringify(ordered(j)))
    .map((line) => `${line}\n`)
    .join('');
}

/** Sorted by corpus, file, line, rule, text; records with the same key keep their order. */
export function sortJudgements(judgements: readonly Judgement[]): Judgement[] {
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...judgements].sort(
    (a, b) =>
      cmp(a.corpus, b.corpus) ||
      cmp(a.file, b.file) ||
      a.line - b.line ||
      cmp(a.rule, b.rule) ||
      cmp(a.text, b.text),
  );
}

// ---------------------------------------------------------------------------- --update

export interface UpdateResult {
  judgements: Judgement[];
  /** Records added with a null verdict, one per unjudged finding. */
  added: Judgement[];
  /** Wrong judgements whose finding no longer appears: `open` removed. */
  closed: Judgement[];
  /** Records with a null verdict whose finding no longer appears: removed (nobody judged them). */
  dropped: Judgement[];
}

/**
 * Bring the judgements up to date with the findings of the corpora linted (`corpora`; all when
 * left out): a null-verdict record for each finding without one, `open` removed from wrong
 * judgements whose finding is gone. Verdicts and reasons never change; a judged record whose
 * finding is gone stays, so that the finding is caught if it comes back.
 */
export function update(
  findings: readonly RealFinding[],
  judgements: readonly Judgement[],
  corpora?: ReadonlySet<string>,
): UpdateResult {
  const m = match(findings, judgements);
  const closedSet = new Set(closedFalseAlarms(m, corpora));
  const dropped = m.unmatched.filter(
    (j) => j.verdict === null && (!corpora || corpora.has(j.corpus)),
  );
  const droppedSet = new Set(dropped);
  const kept = judgements
    .filter((j) => !droppedSet.has(j))
    .map((j) => {
      if (!closedSet.has(j)) return j;
      const rest = { ...j };
      delete rest.open;
      return rest;
    });
  const added: Judgement[] = m.pairs
    .filter((p) => !p.judgement)
    .map(({ finding }) => ({ ...finding, verdict: null, reason: '' }));
  return {
    judgements: sortJudgements([...kept, ...added]),
    added,
    closed: [...closedSet],
    dropped,
  };
}

// ---------------------------------------------------------------------------- the summary

export interface Counts {
  findings: number;
  right: number;
  wrong: number;
  unjudged: number;
  /** right / (right + wrong); null when nothing is judged. */
  precision: number | null;
}

export function emptyCounts(): Counts {
  return { findings: 0, right: 0, wrong: 0, unjudged: 0, precision: null };
}

/** Count the matched findings into `counts`, and set its precision. */
export function count(pairs: Matched['pairs'], counts: Counts = emptyCounts()): Counts {
  for (const { judgement } of pairs) {
    counts.findings++;
    if (judgement?.verdict === 'right') counts.right++;
    else if (judgement?.verdict === 'wrong') counts.wrong++;
    else counts.unjudged++;
  }
  const judged = counts.right + counts.wrong;
  counts.precision = judged === 0 ? null : counts.right / judged;
  return counts;
}

/** The sum of some counts (missing ones count as zero), with its precision. */
export function sumCounts(list: readonly (Counts | undefined)[]): Counts {
  const sum = emptyCounts();
  for (const c of list) {
    if (!c) continue;
    sum.findings += c.findings;
    sum.right += c.right;
    sum.wrong += c.wrong;
    sum.unjudged += c.unjudged;
  }
  return count([], sum);
}

/** A finding (or judgement) as one line of a report. */
export function describeFinding(f: RealFinding): string {
  return `${f.corpus}  ${f.file}:${f.line}  ${f.rule}  "${f.text}"  — ${f.sentence}`;
}

/** Read the judgements file (missing: no judgements); `problems` lists malformed lines and records. */
export function readJudgementsFile(file = JUDGEMENTS_FILE): {
  judgements: Judgement[];
  problems: string[];
} {
  if (!existsSync(file)) return { judgements: [], problems: [] };
  const { records, problems } = parseJudgements(readFileSync(file, 'utf8'));
  problems.push(...recordProblems(records));
  return { judgements: records as Judgement[], problems };
}
