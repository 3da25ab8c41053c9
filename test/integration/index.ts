// The integration suite's entry point for any host: scripts/vscode-tests/ (code-server)
// and @vscode/test-electron (electron.ts) both load this bundle and call run().
import { useBrowserFolder } from './browser';
import { nodeBrowserFolder } from './browser-node';
import { runMochaSuite } from './runner';

export function run(): Promise<void> {
  useBrowserFolder(nodeBrowserFolder());
  // The suite files are bundled into this file; they are evaluated after mocha has put
  // describe/it on the global object, in this order.
  return runMochaSuite([], async () => {
    await import('./extension.test');
    await import('./diagnostics.test');
    await import('./edits.test');
    await import('./hover.test');
    await import('./quickfix.test');
    await import('./config.test');
    await import('./workspace.test');
    await import('./report.test');
    await import('./sidebar.test');
    await import('./ui.test');
    await import('./security.test');
    await import('./performance.test');
  });
}
