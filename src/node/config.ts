// Finding and loading `.uxcxrc.json` from disk, for the CLI and the extension (no editor code).
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import {
  CONFIG_FILE_NAME,
  defaultConfig,
  mergeConfig,
  parseConfig,
  type Problem,
  type ResolvedConfig,
} from '../core';

/** A configuration ready to lint with, and what was wrong with its file. */
export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the file the configuration came from; undefined for the defaults. */
  file?: string;
  problems: Problem[];
}

/** Walk upward from `startDir` (through `stopDir`, when given) to the nearest `.uxcxrc.json`. */
export async function findConfigFile(
  startDir: string,
  stopDir?: string,
): Promise<string | undefined> {
  const stop = stopDir === undefined ? undefined : path.resolve(stopDir);
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (dir === stop || parent === dir) return undefined;
    dir = parent;
  }
}

/** Read and validate a config file; whatever is wrong becomes a problem and defaults fill in. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await fs.readFile(absolute, 'utf8');
  } catch (error) {
    return {
      config: defaultConfig(),
      file: absolute,
      problems: [
        {
          file: absolute,
          kind: 'config',
          message: `The configuration file could not be read (${errorReason(error)}); using the defaults.`,
        },
      ],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const { config, problems } = parseConfig(text, absolute);
  return { config: mergeConfig(defaultConfig(), config), file: absolute, problems };
}

/**
 * Resolves the configuration for documents, caching the lookup per directory and the load per
 * file, so a thousand documents in one folder cost one lookup and one parse.
 */
export class ConfigResolver {
  private readonly fileByDir = new Map<string, Promise<string | undefined>>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  /** `explicitFile` (the CLI's `--config`) wins over any `.uxcxrc.json` found upward. */
  constructor(
    private readonly explicitFile?: string,
    private readonly stopDir?: string,
  ) {}

  /** The configuration that applies to a document in `dir`. */
  async forDirectory(dir: string): Promise<LoadedConfig> {
    const file = this.explicitFile ?? (await this.configFileFor(path.resolve(dir)));
    if (file === undefined) return { config: defaultConfig(), problems: [] };
    return this.load(path.resolve(file));
  }

  /** The configuration that applies to the document at `filePath`. */
  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forDirectory(path.dirname(path.resolve(filePath)));
  }

  /** Every configuration loaded so far (to report each file's problems once). */
  async loadedConfigs(): Promise<LoadedConfig[]> {
    return Promise.all(this.loaded.values());
  }

  private load(file: string): Promise<LoadedConfig> {
    let pending = this.loaded.get(file);
    if (!pending) {
      pending = loadConfig(file);
      this.loaded.set(file, pending);
    }
    return pending;
  }

  private configFileFor(dir: string): Promise<string | undefined> {
    let pending = this.fileByDir.get(dir);
    if (!pending) {
      pending = this.lookUp(dir);
      this.fileByDir.set(dir, pending);
    }
    return pending;
  }

  private async lookUp(dir: string): Promise<string | undefined> {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (await isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    const stop = this.stopDir === undefined ? undefined : path.resolve(this.stopDir);
    if (dir === stop || parent === dir) return undefined;
    return this.configFileFor(parent);
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A short, human reason for a file-system error. */
export function errorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
