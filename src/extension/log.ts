// The "uxcx-lint" output channel, and a guard that keeps every error away from the editor.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

/** The extension's output channel (created on first use). */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('uxcx-lint', { log: true });
  return channel;
}

/** Describe an error for the output channel. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Run `work`; an error is written to the output channel and never reaches the editor. */
export async function guard<T>(what: string, work: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    log().error(`${what} failed: ${errorText(error)}`);
    return undefined;
  }
}

/** Like `guard`, for event handlers that must not return a promise. */
export function guarded<A extends unknown[]>(
  what: string,
  handler: (...args: A) => unknown,
): (...args: A) => void {
  return (...args: A) => {
    void guard(what, () => handler(...args));
  };
}
