// Small helpers the harness's modules share.
import * as fsp from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function log(msg: string): void {
  console.log(`[vscode-tests] ${msg}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The message of a thrown value. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Writes JSON so a reader never sees half a file. */
export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, JSON.stringify(value, null, 2));
  await fsp.rename(tmp, file);
}

/** The parsed JSON of `file`, undefined when there is no such file. */
export async function readJsonIfExists<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * The values of `argv` (without node and the script) parsed strictly: no positionals, and an
 * unknown flag or a missing value goes to `fail` with parseArgs's message.
 */
export function strictArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
  fail: (message: string) => never,
) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (err) {
    return fail(errorMessage(err));
  }
}
