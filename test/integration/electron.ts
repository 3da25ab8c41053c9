// Runs the same integration suite in a desktop VS Code downloaded by @vscode/test-electron
// (needs internet; not on machines that reach only the npm registry). Build first:
//   node esbuild.js && npx tsx test/integration/electron.ts [--version 1.90.0]
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const at = process.argv.indexOf('--version');
  const version = at >= 0 ? process.argv[at + 1] : 'stable';
  await runTests({
    version,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist-test', 'integration', 'index.js'),
    launchArgs: [
      path.join(root, 'test', 'integration', 'workspace'),
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    extensionTestsEnv: {
      UXCX_TEST_RESULTS: path.join(root, 'test-results', 'integration-electron.json'),
      UXCX_EXPECT_EXTENSION_PATH: root,
    },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
