// SARIF 2.1.0, in the shape GitHub code scanning accepts (upload with github/codeql-action/upload-sarif).
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl, type Confidence, type Severity } from '../../core';
import type { FileReport, Formatter } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/uxcx-lint/uxcx-lint';
const SRCROOT = '%SRCROOT%';

/** SARIF `rank` per confidence: 0–100, higher when the tool is surer. */
const RANK: Record<Confidence, number> = { high: 90, low: 50 };

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** Where a report's file is: relative to the working folder when inside it, else a file URL. */
function artifactLocation(report: FileReport, cwd: string): { uri: string; uriBaseId?: string } {
  if (report.path === undefined) return { uri: 'stdin' };
  const relative = path.relative(cwd, report.path);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(report.path).href };
  }
  const uri = relative.split(path.sep).map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

/** A folder's file URL, with the trailing slash SARIF requires of a base URI. */
function folderUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export const sarif: Formatter = (reports, { cwd, version }) => {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i] as const));
  const results = reports.flatMap((report) => {
    const location = artifactLocation(report, cwd);
    const seen = new Map<string, number>();
    return report.findings.map((f) => {
      // Stable across edits elsewhere in the file: rule, file, statement, and its repeat count.
      const key = `${f.ruleId}\u0000${location.uri}\u0000${f.statementText}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const fingerprint = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
      return {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        // SARIF's rank (0–100): how sure the tool is, for viewers that sort by it.
        rank: RANK[f.confidence],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: f.range.start.line,
                startColumn: f.range.start.column,
                endLine: f.range.end.line,
                endColumn: f.range.end.column,
              },
            },
          },
        ],
        partialFingerprints: { 'uxcxStatementHash/v1': fingerprint },
        properties: { lang: f.lang, messageId: f.messageId, confidence: f.confidence },
      };
    });
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'uxcx-lint',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description.en },
              fullDescription: { text: r.description.en },
              helpUri: ruleDocsUrl(r.id),
              help: { text: `${r.description.en} See ${ruleDocsUrl(r.id)}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: r.tags },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
