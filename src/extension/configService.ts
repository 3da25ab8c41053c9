// The configuration for a document: settings, overridden by the nearest `.uxcxrc.json` above
// the document. Files are read through vscode.workspace.fs, so virtual workspaces work too.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, mergeConfig, type Problem, type ResolvedConfig } from '../core';
import { ConfigFiles, parentOf, type ConfigFileSystem } from '../core/config-files';
import { log } from './log';
import { settingsConfig } from './settings';
import { toRange } from './positions';

/** The configuration that applies to a document, and the file it came from. */
export interface DocumentConfig {
  config: ResolvedConfig;
  /** The `.uxcxrc.json` that applies, if any. */
  file?: vscode.Uri;
}

/** Finds, loads, validates and watches `.uxcxrc.json` files. */
export class ConfigService implements vscode.Disposable {
  /** The lookup of each file system (scheme and authority) documents are on. */
  private readonly files = new Map<string, ConfigFiles>();
  /** The reads whose problems were reported (each read once, until the files change). */
  private readonly reported = new WeakSet<object>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when a config file or the `uxcx` settings change. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reload = (uri: vscode.Uri): void => this.invalidate(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      // Saving in the editor is seen at once, even where file watching is slow.
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isConfigFile(d.uri)) reload(d.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('uxcx')) this.changed.fire();
      }),
      this.changed,
    );
  }

  /** The configuration for a document (settings, then the nearest config file). */
  async forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    const base = settingsConfig(uri);
    if (uri.scheme === 'untitled' || !uri.path.includes('/')) return { config: base };
    const files = this.filesOf(uri);
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
    const path = await files.fileFor(parentOf(uri.path), root);
    if (path === undefined) return { config: base };
    const file = uri.with({ path, query: '', fragment: '' });
    const read = await files.read(path);
    if (!this.reported.has(read)) {
      this.reported.add(read);
      this.report(file, read.problems);
      if (read.problems.length === 0) log().info(`Loaded ${file.toString(true)}`);
    }
    return { config: mergeConfig(base, read.config), file };
  }

  /** Forget what is known about config files, and tell listeners. */
  invalidate(file?: vscode.Uri): void {
    for (const files of this.files.values()) files.clear();
    if (file) this.problems.delete(file);
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The config files of the file system a document is on (its scheme and authority). */
  private filesOf(uri: vscode.Uri): ConfigFiles {
    const key = `${uri.scheme}://${uri.authority}`;
    let files = this.files.get(key);
    if (!files) {
      files = new ConfigFiles(
        workspaceFileSystem(uri.with({ path: '/', query: '', fragment: '' })),
      );
      this.files.set(key, files);
    }
    return files;
  }

  /** Problems in a config file: diagnostics on the file and a line each in the output. */
  private report(file: vscode.Uri, problems: Problem[]): void {
    const start = new vscode.Range(0, 0, 0, 0);
    this.problems.set(
      file,
      problems.map((p) => {
        const d = new vscode.Diagnostic(
          p.range ? toRange(p.range) : start,
          p.message,
          vscode.DiagnosticSeverity.Error,
        );
        d.source = 'uxcx';
        return d;
      }),
    );
    for (const p of problems) {
      const at = p.range ? `:${p.range.start.line}:${p.range.start.column}` : '';
      log().warn(`${file.toString(true)}${at}: ${p.message}`);
    }
  }
}

/** Whether a URI names a `.uxcxrc.json`. */
export function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
}

/** workspace.fs, as the config lookup sees it: paths on the file system of `root`. */
function workspaceFileSystem(root: vscode.Uri): ConfigFileSystem {
  const at = (path: string): vscode.Uri => root.with({ path });
  return {
    isFile: async (path) => {
      try {
        return ((await vscode.workspace.fs.stat(at(path))).type & vscode.FileType.File) !== 0;
      } catch {
        return false;
      }
    },
    read: (path) => Promise.resolve(vscode.workspace.fs.readFile(at(path))),
    reason: (error) => {
      const code = error instanceof vscode.FileSystemError ? error.code : undefined;
      if (code === 'FileNotFound') return 'no such file or folder';
      if (code === 'NoPermissions') return 'permission denied';
      if (code === 'FileIsADirectory') return 'it is a folder';
      return error instanceof Error ? error.message : String(error);
    },
  };
}
