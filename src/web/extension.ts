// The web extension's entry point (package.json "browser", dist/web/extension.js): the extension
// of src/extension/activate.ts in a browser's extension host (vscode.dev, github.dev,
// code-server, Codespaces), with the engine on a web worker (src/web/worker-client.ts). Nothing
// here or below may use Node: esbuild.js builds it for the browser and fails on a Node module.
import type * as vscode from 'vscode';
import { activateExtension } from '../extension/activate';
import type { UxcxApi } from '../extension/api';
import { log } from '../extension/log';
import { startWebBackend } from './worker-client';

export async function activate(context: vscode.ExtensionContext): Promise<UxcxApi> {
  const { client, host } = await startWebBackend(context.extensionUri, (m) => log().warn(m));
  return activateExtension(context, client, host);
}

export function deactivate(): void {
  // Everything is disposed through the extension context's subscriptions.
}
