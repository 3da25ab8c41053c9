// `.uxcxrc.json` files on disk, for the CLI: the lookup of src/core/config-files.ts over Node's fs.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { defaultConfig, mergeConfig, type Problem, type ResolvedConfig } from '../core';
import type { ConfigParseResult } from '../core/config';
import { ConfigFiles, parentOf, type ConfigFileSystem } from '../core/config-files';

/** A configuration ready to lint with, and what was wrong with its file. */
export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the file the configuration came from; undefined for the defaults. */
  file?: string;
  problems: Problem[];
}

/** A path with `/` (the lookup's form) and back. */
const slashes = (p: string): string => path.resolve(p).split(path.sep).join('/');
const native = (p: string): string => path.normalize(p);

/** Node's file system, as the lookup sees it. */
export const NODE_FILE_SYSTEM: ConfigFileSystem = {
  isFile: (p) =>
    fs.stat(p).then(
      (s) => s.isFile(),
      () => false,
    ),
  read: (p) => fs.readFile(p),
  reason: errorReason,
};

/** Walk upward from `startDir` (through `stopDir`, when given) to the nearest `.uxcxrc.json`. */
export async function findConfigFile(
  startDir: string,
  stopDir?: string,
): Promise<string | undefined> {
  const file = await new ConfigFiles(NODE_FILE_SYSTEM).fileFor(
    slashes(startDir),
    stopDir === undefined ? undefined : slashes(stopDir),
  );
  return file === undefined ? undefined : native(file);
}

/** Read and validate a config file; whatever is wrong becomes a problem and defaults fill in. */
export async function loadConfig(file: string): Promise<LoadedConfig> {
  return loaded(file, await new ConfigFiles(NODE_FILE_SYSTEM).read(slashes(file)));
}

function loaded(file: string, { config, problems }: ConfigParseResult): LoadedConfig {
  const absolute = path.resolve(file);
  return {
    config: mergeConfig(defaultConfig(), config),
    file: absolute,
    problems: problems.map((p) => (p.file === undefined ? p : { ...p, file: native(p.file) })),
  };
}

/**
 * Resolves the configuration for documents, with the lookup and the reads cached (see
 * ConfigFiles).
 */
export class ConfigResolver {
  private readonly files = new ConfigFiles(NODE_FILE_SYSTEM);
  private readonly results = new Map<string, Promise<LoadedConfig>>();

  /** `explicitFile` (the CLI's `--config`) wins over any `.uxcxrc.json` found upward. */
  constructor(
    private readonly explicitFile?: string,
    private readonly stopDir?: string,
  ) {}

  /** The configuration that applies to a document in `dir`. */
  async forDirectory(dir: string): Promise<LoadedConfig> {
    const file = this.explicitFile ?? (await this.lookUp(dir));
    if (file === undefined) return { config: defaultConfig(), problems: [] };
    const absolute = path.resolve(file);
    let pending = this.results.get(absolute);
    if (!pending) {
      pending = this.files.read(slashes(absolute)).then((r) => loaded(absolute, r));
      this.results.set(absolute, pending);
    }
    return pending;
  }

  private async lookUp(dir: string): Promise<string | undefined> {
    const stop = this.stopDir === undefined ? undefined : slashes(this.stopDir);
    const found = await this.files.fileFor(slashes(dir), stop);
    return found === undefined ? undefined : native(found);
  }

  /** The configuration that applies to the document at `filePath`. */
  forFile(filePath: string): Promise<LoadedConfig> {
    return this.forDirectory(native(parentOf(slashes(filePath))));
  }

  /** Every configuration loaded so far (to report each file's problems once). */
  async loadedConfigs(): Promise<LoadedConfig[]> {
    return Promise.all(this.results.values());
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
