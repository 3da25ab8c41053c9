// The machine format: a JSON array with one flat object per finding, positions 1-based.
import { ruleDocsUrl, type Finding, type Range } from '../../core';
import type { Formatter } from './types';

/** Start and end of a range, 1-based lines and columns (end exclusive), plus UTF-16 offsets. */
function place(range: Range) {
  return {
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    offset: range.start.offset,
    endOffset: range.end.offset,
  };
}

/** The JSON object for one finding (exported for tests and for other machine formats). */
export function findingToJson(file: string, f: Finding) {
  return {
    file,
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    ...place(f.range),
    message: f.message,
    lang: f.lang,
    messageId: f.messageId,
    messageArgs: f.messageArgs,
    docsUrl: ruleDocsUrl(f.ruleId, f.lang),
    statement: { text: f.statementText, ...place(f.statement) },
    spans: f.spans.map((s) => ({ role: s.role, text: s.text, ...place(s.range) })),
  };
}

export const json: Formatter = (reports) => {
  const findings = reports.flatMap((r) => r.findings.map((f) => findingToJson(r.displayPath, f)));
  return `${JSON.stringify(findings, null, 2)}\n`;
};
