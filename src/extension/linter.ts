// Lints open Markdown documents and publishes diagnostics. A result is published only if it
// belongs to the document's current version and is the newest request for that document.
import * as vscode from 'vscode';
import { lint, type Finding, type Lang } from '../core';
import type { ConfigService } from './configService';
import { toDiagnostic } from './diagnostics';
import { isIgnored, isLintable } from './lintable';
import { log } from './log';
import { runMode } from './settings';

/** The published result for one document. */
export interface DocumentResult {
  uri: vscode.Uri;
  /** The document version linted; -1 for a file read from disk (not open). */
  version: number;
  lang: Lang;
  findings: Finding[];
}

/** How long typing must pause before a lint. */
export const TYPING_DELAY_MS = 300;

export class Linter implements vscode.Disposable {
  private readonly results = new Map<string, DocumentResult>();
  private readonly requests = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly waiters = new Map<string, (() => void)[]>();
  private readonly published = new vscode.EventEmitter<DocumentResult>();
  /** Fires after a result is published (or cleared, with no findings). */
  readonly onDidPublish = this.published.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly configs: ConfigService,
  ) {}

  /** The published result for a document, if any. */
  result(uri: vscode.Uri | string): DocumentResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Resolves when the next lint of the document has been published. */
  lintDone(uri: vscode.Uri | string): Promise<void> {
    const key = uri.toString();
    return new Promise((resolve) => {
      const list = this.waiters.get(key) ?? [];
      list.push(resolve);
      this.waiters.set(key, list);
    });
  }

  /** Lint after a pause in typing (the latest call wins). */
  schedule(doc: vscode.TextDocument, delayMs = TYPING_DELAY_MS): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // The mode may have changed while waiting.
        if (runMode() === 'onType') void this.lintDocument(doc);
      }, delayMs),
    );
  }

  /** Lint a document now and publish the result, unless a newer version or request exists. */
  async lintDocument(doc: vscode.TextDocument): Promise<void> {
    if (!isLintable(doc)) return;
    const key = doc.uri.toString();
    const request = (this.requests.get(key) ?? 0) + 1;
    this.requests.set(key, request);
    try {
      const version = doc.version;
      const docConfig = await this.configs.forDocument(doc.uri);
      const stale = doc.isClosed || doc.version !== version || this.requests.get(key) !== request;
      if (stale) return;
      if (isIgnored(doc.uri, docConfig)) {
        this.publish({ uri: doc.uri, version, lang: 'en', findings: [] });
        return;
      }
      const started = Date.now();
      const result = lint(doc.getText(), { config: docConfig.config });
      for (const p of result.problems) log().warn(`${doc.uri.toString(true)}: ${p.message}`);
      log().trace(
        `Linted ${doc.uri.toString(true)} v${version}: ${result.findings.length} finding(s) in ${Date.now() - started} ms`,
      );
      this.publish({ uri: doc.uri, version, lang: result.lang, findings: result.findings });
    } catch (error) {
      log().error(`Linting ${doc.uri.toString(true)} failed: ${String(error)}`);
    }
  }

  /** Findings for the document's current text: published ones if current, else a fresh lint. */
  async currentFindings(doc: vscode.TextDocument): Promise<DocumentResult | undefined> {
    const known = this.result(doc.uri);
    if (known && known.version === doc.version) return known;
    const version = doc.version;
    const docConfig = await this.configs.forDocument(doc.uri);
    if (doc.version !== version || isIgnored(doc.uri, docConfig)) return undefined;
    const result = lint(doc.getText(), { config: docConfig.config });
    return { uri: doc.uri, version, lang: result.lang, findings: result.findings };
  }

  /** Publish a result (for open documents call lintDocument instead). */
  publish(result: DocumentResult): void {
    const key = result.uri.toString();
    const previous = this.results.get(key);
    if (previous && result.version >= 0 && previous.version > result.version) return;
    this.results.set(key, result);
    this.diagnostics.set(
      result.uri,
      result.findings.map((f) => toDiagnostic(f, result.uri)),
    );
    this.published.fire(result);
    const waiting = this.waiters.get(key);
    this.waiters.delete(key);
    for (const resolve of waiting ?? []) resolve();
  }

  /** Forget a document (closed): its diagnostics go too. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.diagnostics.delete(uri);
  }

  /** Lint every open Markdown document again (after a configuration change). */
  relintOpen(): void {
    if (runMode() === 'manual') return;
    for (const doc of vscode.workspace.textDocuments) {
      if (isLintable(doc)) void this.lintDocument(doc);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.published.dispose();
  }
}
