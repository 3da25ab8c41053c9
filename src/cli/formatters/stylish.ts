// The human format, after ESLint's "stylish": findings grouped by file, then a summary line.
import type { Severity } from '../../core';
import type { Formatter } from './types';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  green: '\u001b[32m',
} as const;

const SEVERITY_COLOUR: Record<Severity, string> = {
  error: ANSI.red,
  warning: ANSI.yellow,
  info: ANSI.blue,
};

export const stylish: Formatter = (reports, { color }) => {
  const paint = (style: string, text: string): string =>
    color ? `${style}${text}${ANSI.reset}` : text;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const blocks: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const rows = report.findings.map((f) => {
      counts[f.severity]++;
      return {
        where: `${f.range.start.line}:${f.range.start.column}`,
        severity: f.severity,
        message: printable(f.message),
        ruleId: f.ruleId,
        low: f.confidence === 'low',
      };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const lines = rows.map(
      (r) =>
        `  ${paint(ANSI.dim, r.where.padEnd(whereWidth))}  ` +
        `${paint(SEVERITY_COLOUR[r.severity], r.severity.padEnd(severityWidth))}  ` +
        `${r.message}  ${paint(ANSI.dim, r.low ? `${r.ruleId} (low confidence)` : r.ruleId)}`,
    );
    blocks.push(`${paint(ANSI.underline, printable(report.displayPath))}\n${lines.join('\n')}\n`);
  }
  const total = counts.error + counts.warning + counts.info;
  const files = `${reports.length} ${plural(reports.length, 'file')}`;
  // Parts that were not read are noted on stderr; the summary must not say all is well.
  const notRead = reports.reduce((n, r) => n + (r.notRead ?? 0), 0);
  const unread = notRead
    ? ` (${notRead} ${plural(notRead, 'part')} not read: see the warnings above)`
    : '';
  if (total === 0) {
    return notRead
      ? `${paint(ANSI.yellow, '!')} No problems found in what was read of ${files}${unread}.\n`
      : `${paint(ANSI.green, '✔')} No problems found in ${files}.\n`;
  }
  const summary =
    `✖ ${total} ${plural(total, 'problem')} (${counts.error} ${plural(counts.error, 'error')}, ` +
    `${counts.warning} ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${files}${unread}`;
  const summaryColour = counts.error > 0 ? ANSI.red : counts.warning > 0 ? ANSI.yellow : ANSI.blue;
  return `\n${blocks.join('\n')}\n${paint(ANSI.bold + summaryColour, summary)}\n`;
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** Control characters from documents or file names must not drive the terminal. */
function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
