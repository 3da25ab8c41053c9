// The configuration for a document: settings, overridden by the nearest `.uxcxrc.json` above
// the document. Files are read through vscode.workspace.fs, so virtual workspaces work too.
import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAME,
  mergeConfig,
  parseConfig,
  type ConfigFile,
  type Problem,
  type ResolvedConfig,
} from '../core';
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
  private readonly fileByDir = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly loaded = new Map<string, Promise<ConfigFile>>();
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
    const file = await this.configFileFor(uri);
    if (!file) return { config: base };
    return { config: mergeConfig(base, await this.load(file)), file };
  }

  /** Forget what is known about config files, and tell listeners. */
  invalidate(file?: vscode.Uri): void {
    this.fileByDir.clear();
    this.loaded.clear();
    if (file) this.problems.delete(file);
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private configFileFor(doc: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (doc.scheme === 'untitled' || !doc.path.includes('/')) return Promise.resolve(undefined);
    const root = vscode.workspace.getWorkspaceFolder(doc)?.uri.path;
    return this.lookUp(doc.with({ path: parentPath(doc.path), query: '', fragment: '' }), root);
  }

  /** Upward from `dir`, through the workspace folder's root (or the file system's root). */
  private lookUp(dir: vscode.Uri, root: string | undefined): Promise<vscode.Uri | undefined> {
    const key = dir.toString();
    let pending = this.fileByDir.get(key);
    if (!pending) {
      pending = (async () => {
        const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
        if (await isFile(candidate)) return candidate;
        const parent = parentPath(dir.path);
        if (dir.path === root || parent === dir.path) return undefined;
        return this.lookUp(dir.with({ path: parent }), root);
      })();
      this.fileByDir.set(key, pending);
    }
    return pending;
  }

  private load(file: vscode.Uri): Promise<ConfigFile> {
    const key = file.toString();
    let pending = this.loaded.get(key);
    if (!pending) {
      pending = this.read(file);
      this.loaded.set(key, pending);
    }
    return pending;
  }

  private async read(file: vscode.Uri): Promise<ConfigFile> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch (error) {
      this.report(file, [{ kind: 'config', message: `Could not be read: ${String(error)}` }]);
      return {};
    }
    const { config, problems } = parseConfig(text, file.toString());
    this.report(file, problems);
    if (problems.length === 0) log().info(`Loaded ${file.toString(true)}`);
    return config;
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

function parentPath(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}
