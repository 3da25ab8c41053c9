// What the VS Code window under test is given: its profile's settings, the URL that opens it
// with the extension (and the suite) loaded, and for --installed and --web what they need
// before it opens: the installed package, and the web suite's copy of the workspace.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Options } from './args';
import { codeServerEnv, installExtension, REPO_ROOT, type Profile } from './host';
import { log } from './util';

/** The extension's id (package.json publisher.name). */
const EXTENSION_ID = (() => {
  const { publisher, name } = JSON.parse(
    fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'),
  ) as { publisher: string; name: string };
  return `${publisher}.${name}`;
})();

function remoteUri(authority: string, absPath: string): string {
  return `vscode-remote://${authority}${encodeURI(absPath.split(path.sep).join('/'))}`;
}

/** The workbench's URL: the workspace, the extension under development and, `withTests`, the suite. */
export function workbenchUrl(port: number, opts: Options, withTests: boolean): string {
  const authority = `127.0.0.1:${port}`;
  const payload = [['extensionDevelopmentPath', remoteUri(authority, opts.extension)]];
  if (withTests) payload.push(['extensionTestsPath', remoteUri(authority, opts.suite)]);
  return (
    `http://${authority}/?folder=${encodeURIComponent(opts.workspace)}` +
    `&payload=${encodeURIComponent(JSON.stringify(payload))}`
  );
}

/**
 * The profile's settings. --web: the extension runs in the browser's extension host. Its kind is
 * set to "web" with the user setting remote.extensionKind (VS Code's override of an extension's
 * kind); the payload's extensionDevelopmentKind does not do it in the web workbench of VS Code
 * 1.99 (it is stored there as extensionDevelopmentLocationKind, which nothing reads). Without it,
 * code-server runs an extension with a "main" in its Node host, as it does for users.
 */
export function userSettings(theme: string, opts: Options): Record<string, unknown> {
  return {
    ...(opts.web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
    'workbench.colorTheme': theme,
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'chat.commandCenter.enabled': false,
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
  };
}

// ------------------------------------------------------------------ the installed package

/**
 * --installed: packages the extension into `tmp` (unless --vsix names a file), installs the .vsix
 * into the profile with code-server's --install-extension, and writes a test-only host extension
 * (no code; VS Code loads a suite only for an extension under development). Returns the host's
 * folder, to load as extensionDevelopmentPath in place of the source tree.
 */
export function installPackage(
  opts: Options,
  { tmp, userDataDir, extensionsDir }: Profile & { tmp: string },
): string {
  let vsix = opts.vsix;
  if (!vsix) {
    vsix = path.join(tmp, 'uxcx-lint.vsix');
    const built = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/package-vsix.ts', '--out', vsix],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    if (built.status !== 0) {
      console.log(`${built.stdout}${built.stderr}`);
      throw new Error(`packaging the extension failed (exit ${built.status})`);
    }
  }
  if (!fs.existsSync(vsix)) throw new Error(`--vsix ${vsix} not found`);
  log(`installing ${vsix} (${fs.statSync(vsix).size} bytes)`);
  const env = codeServerEnv();
  const status = installExtension({ vsix, userDataDir, extensionsDir, env });
  if (status !== 0) throw new Error(`installing ${vsix} failed (exit ${status})`);
  const host = path.join(tmp, 'test-host');
  fs.mkdirSync(host);
  const manifest = {
    name: 'uxcx-lint-test-host',
    publisher: 'uxcx-test',
    version: '0.0.0',
    description: 'Lets VS Code run the integration suite against the installed uxcx-lint.',
    engines: { vscode: '^1.90.0' },
  };
  fs.writeFileSync(path.join(host, 'package.json'), JSON.stringify(manifest, null, 2));
  return host;
}

// ------------------------------------------------------------------ the web suite's workspace

/** The folder the web suite shares with this harness, in its workspace (test/web/harness.ts). */
const WEB_SHARED = '.uxcx-test';

/** The name test/web/harness.ts reads a document's expected findings under. */
const expectedName = (relative: string) => `${relative.replace(/[^\w.-]+/g, '_')}.json`;

/**
 * --web: copies the workspace into `tmp` (the suite writes there), makes the shared folder and
 * writes into it what the CLI finds in each Markdown document under en/ and nl/, for the suite to
 * compare with the web extension's diagnostics. Returns the copy's path and the shared folder.
 */
export function prepareWebWorkspace(
  opts: Options,
  tmp: string,
): { workspace: string; shared: string } {
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(opts.workspace, workspace, { recursive: true });
  const shared = path.join(workspace, WEB_SHARED);
  const expectedDir = path.join(shared, 'expected');
  for (const dir of ['browser/requests', 'browser/replies', 'expected']) {
    fs.mkdirSync(path.join(shared, dir), { recursive: true });
  }
  const files = ['en', 'nl'].flatMap((dir) =>
    fs
      .readdirSync(path.join(workspace, dir))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${dir}/${name}`),
  );
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, '--format', 'json', ...files], {
    cwd: workspace,
    encoding: 'utf8',
  });
  let findings: { file: string }[];
  try {
    findings = JSON.parse(run.stdout) as { file: string }[];
  } catch {
    throw new Error(`the CLI gave no JSON (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  for (const file of files) {
    const mine = findings.filter((f) => f.file === file);
    fs.writeFileSync(path.join(expectedDir, expectedName(file)), JSON.stringify(mine, null, 2));
  }
  log(
    `web: workspace copied to ${workspace}; the CLI found ${findings.length} finding(s) in ${files.join(', ')}`,
  );
  return { workspace, shared };
}
