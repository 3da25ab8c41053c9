// `npm run eval:real`: the findings of every rule (default settings) on the real-world corpora in
// ../shared/corpora, against the judgements in test/real/judgements.jsonl: per corpus and rule,
// how many findings, how many judged right or wrong, how many not judged yet, and the precision
// (right / judged). Then the unjudged findings, and judged findings whose status changed.
//
// Usage: tsx scripts/eval-real.ts [--corpus NAME]... [--json | --markdown] [--update]
//                                  [--sensitivity strict|thorough]
//   --corpus    lint only this corpus folder (repeatable)
//   --sensitivity  the findings the table counts: strict (the default: high confidence) or
//               thorough (all); the corpora are always linted with all, and all are judged
//   --json      print a machine-readable summary
//   --markdown  print the per-corpus table for the README
//   --update    add a record with "verdict": null for each unjudged finding (for a person to
//               judge), remove "open" from wrong judgements whose finding no longer appears, and
//               drop null-verdict records whose finding is gone; verdicts and reasons never change
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { RULE_IDS, SENSITIVITIES, type RuleId, type Sensitivity } from '../src/core';
import { CORPORA, haveCorpora, lintCorpora, PROMISE, type CorpusRun } from '../test/real/corpora';
import {
  JUDGEMENTS_FILE,
  UPDATE_COMMAND,
  closedFalseAlarms,
  count,
  describeFinding,
  emptyCounts,
  lostRightFindings,
  match,
  readJudgementsFile,
  returnedFalseAlarms,
  serialiseJudgements,
  sumCounts,
  unjudged,
  update,
  type Counts,
  type Judgement,
  type Matched,
  type RealFinding,
} from '../test/real/judged';

interface CorpusSummary {
  corpus: string;
  /** Documents linted: Markdown files (for promise-nfr and in the total: also statements). */
  files: number;
  /** PROMISE statements among `files` (each linted as its own document). */
  statements: number;
  rules: Partial<Record<RuleId, Counts>>;
  all: Counts;
}

interface Summary {
  corpora: CorpusSummary[];
  total: CorpusSummary;
  seconds: number;
  unjudged: RealFinding[];
  /** Wrong, not open, and found again. */
  returned: Judgement[];
  /** Wrong and open, and no longer found. */
  closed: Judgement[];
  /** Right, and no longer found. */
  lostRight: Judgement[];
  notes: string[];
}

/**
 * The corpora are linted with every finding; the table counts those a user with `sensitivity`
 * sees (`strict`: high confidence). The lists (unjudged, returned, closed, lost) hold for all.
 */
function summarise(
  runs: CorpusRun[],
  m: Matched,
  seconds: number,
  sensitivity: Sensitivity,
): Summary {
  const linted = new Set(runs.map((r) => r.corpus));
  const shown = m.pairs.filter((p) => sensitivity === 'thorough' || p.finding.confidence !== 'low');
  const corpora = runs.map((run): CorpusSummary => {
    const pairs = shown.filter((p) => p.finding.corpus === run.corpus);
    const rules: CorpusSummary['rules'] = {};
    for (const rule of RULE_IDS) {
      const own = pairs.filter((p) => p.finding.rule === rule);
      if (own.length > 0) rules[rule] = count(own);
    }
    const statements = run.corpus === PROMISE ? run.files : 0;
    return { corpus: run.corpus, files: run.files, statements, rules, all: count(pairs) };
  });
  const rules: CorpusSummary['rules'] = {};
  for (const rule of RULE_IDS) rules[rule] = count(shown.filter((p) => p.finding.rule === rule));
  const total: CorpusSummary = {
    corpus: 'total',
    files: runs.reduce((n, r) => n + r.files, 0),
    statements: runs.reduce((n, r) => n + (r.corpus === PROMISE ? r.files : 0), 0),
    rules,
    all: count(shown),
  };
  return {
    corpora,
    total,
    seconds,
    unjudged: unjudged(m),
    returned: returnedFalseAlarms(m),
    closed: closedFalseAlarms(m, linted),
    lostRight: lostRightFindings(m, linted),
    notes: runs.flatMap((r) => r.notes.map((n) => `${r.corpus}/${n}`)),
  };
}

/** Files, with the PROMISE statements named apart. */
const documents = (c: CorpusSummary): string =>
  c.statements === 0
    ? String(c.files)
    : c.statements === c.files
      ? `${c.files} statements`
      : `${c.files - c.statements} + ${c.statements} statements`;

const pct = (c: Counts | undefined): string =>
  c?.precision === null || c?.precision === undefined ? '–' : c.precision.toFixed(2);

function table(s: Summary): string {
  const head = ['corpus', 'files', 'rule', 'findings', 'right', 'wrong', 'unjudged', 'precision'];
  const rows: string[][] = [];
  const add = (corpus: string, files: string, rule: string, c: Counts): void => {
    rows.push([
      corpus,
      files,
      rule,
      ...[c.findings, c.right, c.wrong, c.unjudged].map(String),
      pct(c),
    ]);
  };
  for (const c of s.corpora) {
    const present = RULE_IDS.filter((r) => c.rules[r]);
    if (present.length === 0) add(c.corpus, documents(c), '–', emptyCounts());
    for (const r of present) add(c.corpus, documents(c), r, c.rules[r]!);
  }
  const total = documents(s.total);
  for (const r of RULE_IDS) add('total', total, r, s.total.rules[r] ?? emptyCounts());
  add('total', total, 'all rules', s.total.all);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 0 || i === 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

function markdown(s: Summary): string {
  const other = (c: CorpusSummary): Counts =>
    sumCounts(RULE_IDS.filter((r) => r !== 'ux-for-cx-outcome').map((r) => c.rules[r]));
  const lines = [
    '| corpus | files | ux-for-cx-outcome findings | right | precision | other rules findings | right | precision |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const c of [...s.corpora, s.total]) {
    const main = c.rules['ux-for-cx-outcome'] ?? emptyCounts();
    const rest = other(c);
    const name = c === s.total ? '**total**' : `\`${c.corpus}\``;
    const files = documents(c);
    lines.push(
      `| ${name} | ${files} | ${main.findings} | ${main.right} | ${pct(main)} | ` +
        `${rest.findings} | ${rest.right} | ${pct(rest)} |`,
    );
  }
  return lines.join('\n');
}

function list(title: string, items: readonly RealFinding[], hint?: string): string {
  if (items.length === 0) return '';
  const body = items.map((f) => `  ${describeFinding(f)}`).join('\n');
  return `\n${title} (${items.length})${hint ? `: ${hint}` : ''}\n${body}\n`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      update: { type: 'boolean', default: false },
      sensitivity: { type: 'string', default: 'strict' },
    },
  });
  const sensitivity = values.sensitivity as Sensitivity;
  if (!SENSITIVITIES.includes(sensitivity)) {
    process.stderr.write(`eval-real: --sensitivity must be ${SENSITIVITIES.join(' or ')}\n`);
    return 2;
  }
  if (!haveCorpora()) {
    process.stderr.write(`eval-real: no corpora at ${CORPORA} (../shared/corpora)\n`);
    return 2;
  }
  const read = readJudgementsFile();
  if (read.problems.length > 0) {
    process.stderr.write(
      `eval-real: ${path.relative(process.cwd(), JUDGEMENTS_FILE)} has problems:\n` +
        read.problems.map((p) => `  ${p}\n`).join(''),
    );
    if (values.update) return 2; // never rewrite a file that was not read as it was meant
  }
  const t0 = performance.now();
  let runs: CorpusRun[];
  try {
    runs = await lintCorpora(values.corpus);
  } catch (error) {
    process.stderr.write(`eval-real: ${(error as Error).message}\n`);
    return 2;
  }
  const seconds = (performance.now() - t0) / 1000;
  const findings = runs.flatMap((r) => r.findings);
  let judgements = read.judgements;
  if (values.update) {
    const linted = new Set(runs.map((r) => r.corpus));
    const u = update(findings, judgements, linted);
    writeFileSync(JUDGEMENTS_FILE, serialiseJudgements(u.judgements));
    judgements = u.judgements;
    process.stderr.write(
      `eval-real: updated ${path.relative(process.cwd(), JUDGEMENTS_FILE)}: ` +
        `${u.added.length} added for judging, ${u.closed.length} no longer open, ` +
        `${u.dropped.length} unjudged records of findings gone dropped\n`,
    );
  }
  const s = summarise(runs, match(findings, judgements), seconds, sensitivity);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
    return 0;
  }
  if (values.markdown) {
    process.stdout.write(`${markdown(s)}\n`);
    return 0;
  }
  const out = [
    `Findings on ${path.relative(process.cwd(), CORPORA) || CORPORA}, every rule at its default ` +
      `setting, sensitivity ${sensitivity} (${documents(s.total)} linted in ${s.seconds.toFixed(1)} s; ` +
      `each ${PROMISE} statement is its own one-line English document)`,
    '',
    table(s),
    list(
      'Unjudged findings',
      s.unjudged,
      `judge them in test/real/judgements.jsonl (${UPDATE_COMMAND} adds them)`,
    ),
    list(
      'Fixed false alarms that came back',
      s.returned,
      'judged wrong, not open, and found again',
    ),
    list('Open false alarms no longer found', s.closed, `run ${UPDATE_COMMAND}`),
    list('Findings judged right no longer found', s.lostRight),
    s.notes.length > 0
      ? `\nNotes (${s.notes.length}):\n${s.notes.map((n) => `  ${n}`).join('\n')}\n`
      : '',
  ];
  process.stdout.write(
    `${out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `eval-real: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
