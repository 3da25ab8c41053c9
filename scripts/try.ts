// Try the packaged extension as a user would: package it (`npm run package`), install the
// .vsix into a code-server profile of its own, start code-server on 127.0.0.1 with examples/
// open, and print the URL. Runs until Ctrl-C. Needs `bash scripts/install-vscode-host.sh` first.
//
//   tsx scripts/try.ts [--port N] [--folder DIR] [--no-package]
//
// The profile lives in .vscode-test/try/ (git-ignored, not in the VSIX); settings you change
// there are kept between runs. code-server is started by scripts/vscode-tests/host.ts, as for
// the integration suite.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  checkInstalled,
  codeServerEnv,
  freePort,
  installExtension,
  REPO_ROOT as ROOT,
  startCodeServer,
} from './vscode-tests/host';
import { errorMessage, strictArgs } from './vscode-tests/util';

const PROFILE = path.join(ROOT, '.vscode-test/try');
const USER_DATA = path.join(PROFILE, 'user-data');
const EXTENSIONS = path.join(PROFILE, 'extensions');

function log(msg: string): void {
  console.log(`[try] ${msg}`);
}

function fail(msg: string): never {
  console.error(`[try] ERROR: ${msg}`);
  process.exit(1);
}

function parseOptions(argv: string[]): { port: number; folder: string; package: boolean } {
  const values = strictArgs(
    argv,
    {
      port: { type: 'string', default: '0' },
      folder: { type: 'string', default: path.join(ROOT, 'examples') },
      'no-package': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    fail,
  );
  if (values.help) {
    console.log('usage: tsx scripts/try.ts [--port N] [--folder DIR] [--no-package]');
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('bad --port');
  return { port, folder: path.resolve(values.folder), package: !values['no-package'] };
}

/** Run a command to completion, its output shown; stop on failure. */
function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** The newest .vsix in the repository root (what `vsce package` writes). */
function newestVsix(): string | undefined {
  const files = fs
    .readdirSync(ROOT)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ f, t: fs.statSync(path.join(ROOT, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  return files[0] && path.join(ROOT, files[0].f);
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const installed = checkInstalled();
  if (!installed.ok) fail(installed.message);
  if (!fs.existsSync(opts.folder)) fail(`folder not found: ${opts.folder}`);

  if (opts.package) {
    log('packaging (npm run package) ...');
    run('npm', ['run', 'package']);
  }
  const vsix = newestVsix();
  if (!vsix) fail('no .vsix in the repository root; run npm run package');

  fs.mkdirSync(path.join(USER_DATA, 'User'), { recursive: true });
  fs.mkdirSync(EXTENSIONS, { recursive: true });
  const settings = path.join(USER_DATA, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    const defaults = {
      'workbench.startupEditor': 'none',
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'git.openRepositoryInParentFolders': 'never',
    };
    fs.writeFileSync(settings, `${JSON.stringify(defaults, null, 2)}\n`);
  }

  const env = codeServerEnv();
  const profile = { userDataDir: USER_DATA, extensionsDir: EXTENSIONS };
  log(`installing ${path.relative(ROOT, vsix)} ...`);
  const status = installExtension({ vsix, ...profile, env });
  if (status !== 0) fail(`installing the extension failed (exit ${status})`);

  const port = opts.port || (await freePort());
  const server = startCodeServer({
    port,
    dir: PROFILE,
    ...profile,
    env,
    args: [opts.folder],
  });
  let stopping = false;
  const stop = () => {
    stopping = true;
    server.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
  try {
    await server.ready({ interrupted: () => stopping });
  } catch (error) {
    if (stopping) return; // Ctrl-C while it started: it exits, and so do we
    server.kill('SIGTERM');
    fail(errorMessage(error));
  }
  const url = `${server.url}/?folder=${encodeURIComponent(opts.folder)}`;
  log(`code-server with uxcx-lint installed; open (or forward the port and open):\n\n  ${url}\n`);
  log('Ctrl-C stops it.');
}

main().catch((error: unknown) => fail(errorMessage(error)));
