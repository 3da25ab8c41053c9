// GitHub Actions workflow commands: one annotation per finding.
import type { Severity } from '../../core';
import type { Formatter } from './types';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape the message part of a workflow command (as @actions/core's escapeData does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value of a workflow command (as @actions/core's escapeProperty does). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (reports) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      const properties: [string, string | number][] = [
        ['file', report.displayPath],
        ['line', f.range.start.line],
        ['col', f.range.start.column],
        ['endLine', f.range.end.line],
        ['endColumn', f.range.end.column],
        ['title', `uxcx-lint (${f.ruleId}${f.confidence === 'low' ? ', low confidence' : ''})`],
      ];
      const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
