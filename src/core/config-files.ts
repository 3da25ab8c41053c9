// Finding and reading `.uxcxrc.json` files: one lookup over one small file-system interface, for
// the CLI (Node's fs, src/node/config.ts) and the editor (workspace.fs,
// src/extension/configService.ts), so that both find the same file for a document and read it
// the same way (a byte order mark, an unreadable file, a syntax error).
import { CONFIG_FILE_NAME, parseConfig, type ConfigParseResult } from './config';

/** What the lookup needs of a file system. Paths are absolute, with `/`. */
export interface ConfigFileSystem {
  /** Whether `path` is a file (false when it is missing or cannot be seen). */
  isFile(path: string): Promise<boolean>;
  /** The bytes of a file; throws when it cannot be read. */
  read(path: string): Promise<Uint8Array>;
  /** A short reason for an error `read` threw. */
  reason(error: unknown): string;
}

/** The folder of `path` (with `/`); `/` for a path at the root. */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/**
 * The configuration files of a file system, cached: the lookup per folder, the read per file, so
 * a thousand documents in one folder cost one lookup and one parse. `clear` forgets both (a
 * config file was created, changed or deleted).
 */
export class ConfigFiles {
  private readonly fileByDir = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, Promise<ConfigParseResult>>();

  constructor(private readonly fs: ConfigFileSystem) {}

  /** The nearest `.uxcxrc.json` upward from the folder `dir`, through `root` (or `/`). */
  fileFor(dir: string, root?: string): Promise<string | undefined> {
    let pending = this.fileByDir.get(dir);
    if (!pending) {
      pending = this.lookUp(dir, root);
      this.fileByDir.set(dir, pending);
    }
    return pending;
  }

  /** A configuration file read and checked; whatever is wrong with it becomes a problem. */
  read(file: string): Promise<ConfigParseResult> {
    let pending = this.loaded.get(file);
    if (!pending) {
      pending = this.readFile(file);
      this.loaded.set(file, pending);
    }
    return pending;
  }

  /** Every file read so far. */
  readSoFar(): Promise<ConfigParseResult[]> {
    return Promise.all(this.loaded.values());
  }

  clear(): void {
    this.fileByDir.clear();
    this.loaded.clear();
  }

  private async lookUp(dir: string, root: string | undefined): Promise<string | undefined> {
    const candidate = `${dir === '/' ? '' : dir}/${CONFIG_FILE_NAME}`;
    if (await this.fs.isFile(candidate)) return candidate;
    const parent = parentOf(dir);
    if (dir === root || parent === dir) return undefined;
    return this.fileFor(parent, root);
  }

  private async readFile(file: string): Promise<ConfigParseResult> {
    let text: string;
    try {
      text = new TextDecoder().decode(await this.fs.read(file));
    } catch (error) {
      const message = `The configuration file could not be read (${this.fs.reason(error)}); using the defaults.`;
      return { config: {}, problems: [{ file, kind: 'config', message }] };
    }
    // (TextDecoder drops a UTF-8 byte order mark itself.)
    return parseConfig(text, file);
  }
}
