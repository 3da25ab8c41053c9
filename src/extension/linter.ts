// Lints open Markdown documents and publishes diagnostics. A result is published only if it
// belongs to the document's current version and is the newest request for that document.
//
// The engine runs off the extension host's thread, on a worker (src/worker/handler.ts) that
// keeps each open document and re-checks only the blocks an edit touched. On this thread a lint
// is posting the change events' edits (the whole text only the first time, in pieces) and
// publishing the diagnostics: a few milliseconds even for a megabyte document, so typing never
// waits for the linter.
import * as vscode from 'vscode';
import type { Finding, Lang, LintOptions, LintResult, Problem, ResolvedConfig } from '../core';
import type { TextChange } from '../core/incremental';
import { LintTimeoutError, ResyncError } from '../worker/client';
import type { ConfigService } from './configService';
import { SOURCE, toDiagnostic } from './diagnostics';
import { toRange } from './positions';
import { isIgnored, isLintable } from './lintable';
import { errorText, log } from './log';
import { runMode, uiLang } from './settings';
import { textOverLimit, tooLargeMessage, type TooLarge } from '../core/limit';
import { uiText } from './uiText';

/** The published result for one document. */
export interface DocumentResult {
  uri: vscode.Uri;
  /** The document version linted; -1 for a file read from disk (not open). */
  version: number;
  lang: Lang;
  findings: Finding[];
  /** Parts of the document that could not be read (shown as diagnostics where they are). */
  unread?: Problem[];
  /** Set when the document was not linted: it is larger than `maxFileSize` (in bytes). */
  tooLarge?: TooLarge;
}

/** Where lints run: a worker (LintClient: a worker thread on the desktop, a web worker in the browser). */
export interface LintBackend {
  /** Lint a document's text; the backend keeps it under `key` to update incrementally. */
  update(key: string, text: string, change: undefined, options: LintOptions): Promise<LintResult>;
  /**
   * Lint the document kept under `key` after `changes` (in order); `length` is the new text's
   * length. Rejects with a ResyncError when the backend does not hold that document.
   */
  edit(
    key: string,
    changes: TextChange[],
    length: number,
    options: LintOptions,
  ): Promise<LintResult>;
  /** Lint a text once (a file that is not open). */
  lint(text: string, options: LintOptions): Promise<LintResult>;
  /** Forget a document. */
  close(key: string): void;
  dispose(): Promise<void>;
}

/** How lints reached the backend (for the tests, which profile the host thread itself). */
export interface LintCounts {
  /** Lints done since the extension started… */
  lints: number;
  /** …of which the backend got only the edits since the one before. */
  edits: number;
}

/** How long typing must pause before a lint. */
export const TYPING_DELAY_MS = 300;

/** Edits kept for a document before the next lint; past these the whole text is sent again. */
const MAX_KEPT_EVENTS = 1_000;
const MAX_KEPT_CHARS = 1_000_000;

/** A document's edits since the backend last received it (at `version`). */
interface Sync {
  version: number;
  events: { version: number; changes: TextChange[] }[];
  chars: number;
}

/** The length of a document's text, without copying it. */
function textLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

/** What is published for a lint result: the findings, and the parts that could not be read. */
export function documentResult(
  uri: vscode.Uri,
  version: number,
  result: LintResult,
): DocumentResult {
  const unread = result.problems.filter((p) => p.kind === 'input' && p.range);
  return { uri, version, lang: result.lang, findings: result.findings, unread };
}

/** A part of the document the engine could not read (e.g. nested too deeply). */
function unreadDiagnostic(problem: Problem): vscode.Diagnostic {
  const d = new vscode.Diagnostic(
    toRange(problem.range!),
    problem.message,
    vscode.DiagnosticSeverity.Information,
  );
  d.source = SOURCE;
  d.code = 'input';
  return d;
}

export class Linter implements vscode.Disposable {
  private readonly results = new Map<string, DocumentResult>();
  private readonly requests = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per document, who waits for a lint; `after`: only a lint requested later will do. */
  private readonly waiters = new Map<string, { after: number; resolve: () => void }[]>();
  /** Per document, what the backend holds and the edits since (so only edits are sent). */
  private readonly syncs = new Map<string, Sync>();
  /** Documents already told about being skipped for their size (one notice each). */
  private readonly toldTooLarge = new Set<string>();
  /** Documents already told that their lint ran past the worker's time limit (one notice each). */
  private readonly toldTimedOut = new Set<string>();
  private readonly published = new vscode.EventEmitter<DocumentResult>();
  private readonly counts: LintCounts = { lints: 0, edits: 0 };
  private disposed = false;
  /** Fires after a result is published (or cleared, with no findings). */
  readonly onDidPublish = this.published.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly configs: ConfigService,
    private readonly backend: LintBackend,
  ) {}

  /** The published result for a document, if any. */
  result(uri: vscode.Uri | string): DocumentResult | undefined {
    return this.results.get(uri.toString());
  }

  /** How much host-thread time linting has taken. */
  lintCounts(): LintCounts {
    return { ...this.counts };
  }

  /**
   * Resolves when a lint of the document requested from now on has been published (a lint
   * already under way, with what may be an older configuration, does not count).
   */
  lintDone(uri: vscode.Uri | string): Promise<void> {
    const key = uri.toString();
    const after = this.requests.get(key) ?? 0;
    return new Promise((resolve) => {
      const list = this.waiters.get(key) ?? [];
      list.push({ after, resolve });
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
    const current = (version: number): boolean =>
      !doc.isClosed && doc.version === version && this.requests.get(key) === request;
    try {
      const version = doc.version;
      const docConfig = await this.configs.forDocument(doc.uri);
      if (!current(version)) return;
      if (isIgnored(doc.uri, docConfig)) {
        this.syncs.delete(key);
        this.backend.close(key);
        this.publish({ uri: doc.uri, version, lang: 'en', findings: [] }, request);
        return;
      }
      const started = Date.now();
      const pending = this.send(doc, docConfig.config);
      if ('tooLarge' in pending) {
        const { tooLarge } = pending;
        this.publish({ uri: doc.uri, version, lang: 'en', findings: [], tooLarge }, request);
        return;
      }
      const result = await pending;
      if (!current(version)) return;
      for (const p of result.problems) log().warn(`${doc.uri.toString(true)}: ${p.message}`);
      this.publish(documentResult(doc.uri, version, result), request);
      log().trace(
        `Linted ${doc.uri.toString(true)} v${version}: ${result.findings.length} finding(s) in ${Date.now() - started} ms`,
      );
    } catch (error) {
      if (error instanceof LintTimeoutError && !this.disposed) {
        this.timedOut(doc, error, request);
        return;
      }
      if (!this.disposed)
        log().error(`Linting ${doc.uri.toString(true)} failed: ${errorText(error)}`);
    }
  }

  /**
   * The worker ran past its time limit on this document and was replaced: the document is marked
   * as not linted (one information diagnostic), and the user is told once per document. The
   * editor never waited: the lint ran on the worker.
   */
  private timedOut(doc: vscode.TextDocument, error: LintTimeoutError, request: number): void {
    const key = doc.uri.toString();
    const seconds = error.timeoutMs / 1000;
    const name = vscode.workspace.asRelativePath(doc.uri);
    log().warn(
      `Linting ${doc.uri.toString(true)} took longer than ${seconds} s; the worker was replaced.`,
    );
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const problem: Problem = {
      kind: 'input',
      range: {
        start: { offset: 0, line: 1, column: 1 },
        end: { offset: doc.offsetAt(end), line: end.line + 1, column: end.character + 1 },
      },
      message: uiText('timeout.document', { seconds }),
    };
    if (!doc.isClosed && this.requests.get(key) === request) {
      this.publish(
        { uri: doc.uri, version: doc.version, lang: 'en', findings: [], unread: [problem] },
        request,
      );
    }
    if (this.toldTimedOut.has(key)) return;
    this.toldTimedOut.add(key);
    void vscode.window.showWarningMessage(uiText('timeout.notice', { file: name, seconds }));
  }

  /** Findings for the document's current text: published ones if current, else a fresh lint. */
  async currentFindings(doc: vscode.TextDocument): Promise<DocumentResult | undefined> {
    const known = this.result(doc.uri);
    if (known && known.version === doc.version) return known;
    const version = doc.version;
    const docConfig = await this.configs.forDocument(doc.uri);
    if (doc.version !== version || isIgnored(doc.uri, docConfig)) return undefined;
    const pending = this.send(doc, docConfig.config);
    if ('tooLarge' in pending) return undefined;
    const result = await pending;
    if (doc.version !== version) return undefined;
    return documentResult(doc.uri, version, result);
  }

  /** Lint a file's text that is not open in an editor (the workspace command). */
  async lintText(text: string, options: LintOptions): Promise<LintResult> {
    return this.backend.lint(text, options);
  }

  /** Keep a document's edits for the next lint (call on every change event). */
  recordChanges(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const sync = this.syncs.get(key);
    if (!sync || e.contentChanges.length === 0) return;
    const changes = e.contentChanges.map((c) => ({
      offset: c.rangeOffset,
      deleteLength: c.rangeLength,
      insertText: c.text,
    }));
    sync.events.push({ version: e.document.version, changes });
    sync.chars += changes.reduce((n, c) => n + c.insertText.length, 0);
    if (sync.events.length > MAX_KEPT_EVENTS || sync.chars > MAX_KEPT_CHARS) this.syncs.delete(key);
  }

  /**
   * Hand a document to the backend: the edits since it last had it, else the whole text.
   * A document over `maxFileSize` is skipped, with one notice per document.
   */
  private send(
    doc: vscode.TextDocument,
    config: ResolvedConfig,
  ): Promise<LintResult> | { tooLarge: TooLarge } {
    this.counts.lints++;
    const key = doc.uri.toString();
    const length = textLength(doc);
    const tooLarge = textOverLimit(length, () => doc.getText(), config.maxFileSize);
    if (tooLarge) {
      this.tooLarge(doc.uri, tooLarge);
      return { tooLarge };
    }
    this.toldTooLarge.delete(key);
    const options = { config };
    const changes = this.changesSinceSync(key, doc.version);
    if (!changes) return this.sendText(doc, options);
    const version = doc.version;
    this.counts.edits++;
    return this.backend.edit(key, changes, length, options).catch((error: unknown) => {
      if (!(error instanceof ResyncError)) throw error;
      // The backend lost the document (a restarted worker): send the text, if still current.
      if (doc.isClosed || doc.version !== version) throw error;
      return this.sendText(doc, options);
    });
  }

  /** Send the whole text; the backend holds the document at this version from now on. */
  private sendText(doc: vscode.TextDocument, options: LintOptions): Promise<LintResult> {
    const key = doc.uri.toString();
    this.syncs.set(key, { version: doc.version, events: [], chars: 0 });
    return this.backend.update(key, doc.getText(), undefined, options);
  }

  /** The edits from the version the backend holds to `version`, if all are known. */
  private changesSinceSync(key: string, version: number): TextChange[] | undefined {
    const sync = this.syncs.get(key);
    if (!sync) return undefined;
    const events = sync.events.filter((e) => e.version > sync.version);
    const complete =
      events.every((e, i) => e.version === sync.version + 1 + i) &&
      (events.at(-1)?.version ?? sync.version) === version;
    if (!complete) return undefined;
    this.syncs.set(key, { version, events: [], chars: 0 });
    return events.flatMap((e) => e.changes);
  }

  private tooLarge(uri: vscode.Uri, tooLarge: TooLarge): void {
    const key = uri.toString();
    this.syncs.delete(key);
    this.backend.close(key);
    if (this.toldTooLarge.has(key)) return;
    this.toldTooLarge.add(key);
    const name = vscode.workspace.asRelativePath(uri);
    log().info(`${name}: ${tooLargeMessage(tooLarge, 'en')}`);
    void vscode.window.showInformationMessage(
      `uxcx-lint: ${name}: ${tooLargeMessage(tooLarge, uiLang())}`,
    );
  }

  /**
   * Publish a result (for open documents call lintDocument instead). `request` is the lint
   * request it answers; without it (a file read from disk) every waiter is answered.
   */
  publish(result: DocumentResult, request?: number): void {
    const key = result.uri.toString();
    const previous = this.results.get(key);
    if (previous && result.version >= 0 && previous.version > result.version) return;
    this.results.set(key, result);
    this.diagnostics.set(result.uri, [
      ...result.findings.map((f) => toDiagnostic(f, result.uri)),
      ...(result.unread ?? []).map(unreadDiagnostic),
    ]);
    this.published.fire(result);
    const waiting = this.waiters.get(key) ?? [];
    const answered = waiting.filter((w) => request === undefined || w.after < request);
    const left = waiting.filter((w) => !answered.includes(w));
    if (left.length) this.waiters.set(key, left);
    else this.waiters.delete(key);
    for (const w of answered) w.resolve();
  }

  /** Forget a document (closed): its diagnostics go too. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.toldTooLarge.delete(key);
    this.toldTimedOut.delete(key);
    this.syncs.delete(key);
    this.backend.close(key);
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
    this.disposed = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.published.dispose();
    void this.backend.dispose();
  }
}
