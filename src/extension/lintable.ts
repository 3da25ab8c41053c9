// Which documents are linted, and which files the configuration's `ignore` globs leave out.
import type * as vscode from 'vscode';
import type { DocumentConfig } from './configService';
import { ignoredBy } from '../core/glob';

/** Schemes of documents that are views of other documents (diffs, output), never linted. */
const SKIPPED_SCHEMES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'vscode-notebook-cell']);

/** Whether a document is Markdown the linter should read. */
export function isLintable(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !SKIPPED_SCHEMES.has(doc.uri.scheme);
}

/** Whether the configuration's `ignore` globs (relative to its file's folder) leave `uri` out. */
export function isIgnored(uri: vscode.Uri, { config, file }: DocumentConfig): boolean {
  if (!file || uri.scheme !== file.scheme || uri.authority !== file.authority) return false;
  return ignoredBy(uri.path, file.path.slice(0, file.path.lastIndexOf('/') + 1), config.ignore);
}
