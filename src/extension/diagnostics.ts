// Findings (plain data from the engine) to VS Code diagnostics.
import * as vscode from 'vscode';
import { ruleDocsUrl, type Finding, type Severity, type SpanRole } from '../core';
import { toRange } from './positions';
import { roleLabel } from './docText';

/** The `source` of every diagnostic this extension reports. */
export const SOURCE = 'uxcx';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Spans shown as related information, in this order. */
const RELATED_ROLES: readonly SpanRole[] = ['uxMeans', 'uxRole', 'link'];

/** The diagnostic for a finding in the document at `uri`. */
export function toDiagnostic(finding: Finding, uri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    toRange(finding.range),
    finding.message,
    SEVERITY[finding.severity],
  );
  d.source = SOURCE;
  d.code = {
    value: finding.ruleId,
    target: vscode.Uri.parse(ruleDocsUrl(finding.ruleId, finding.lang)),
  };
  const related = RELATED_ROLES.flatMap((role) =>
    finding.spans
      .filter((s) => s.role === role)
      .map(
        (s) =>
          new vscode.DiagnosticRelatedInformation(
            new vscode.Location(uri, toRange(s.range)),
            `${roleLabel(role, finding.lang)}: "${s.text}"`,
          ),
      ),
  );
  if (related.length > 0) d.relatedInformation = related;
  return d;
}

/** The rule id of a diagnostic of ours, or undefined for anyone else's. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== SOURCE) return undefined;
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
