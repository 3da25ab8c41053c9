// The web suite's entry point: scripts/vscode-tests/main.ts --web loads this bundle
// (dist-test/web/index.js, built for the browser by esbuild.js) in the browser's extension host
// and calls run(). It shows the web extension (package.json "browser") at work there.
import { useBrowserFolder } from '../integration/browser';
import { harnessPresent, webBrowserFolder } from './harness';
import { runWebSuite } from './runner';

export async function run(): Promise<void> {
  if (await harnessPresent()) useBrowserFolder(webBrowserFolder());
  return runWebSuite(async () => {
    await import('./host.test');
    await import('./features.test');
  });
}
