// Starting code-server (installed by scripts/install-vscode-host.sh) on 127.0.0.1 with a profile
// of its own: shared by the integration harness (main.ts) and scripts/try.ts (`npm run try`).
//
//   const port = await freePort();
//   const server = startCodeServer({ port, dir, userDataDir, extensionsDir, env, ... });
//   await server.ready();         // GET /healthz answers 200
//   ...
//   await server.stop();          // SIGTERM, then SIGKILL after 3 s
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const CODE_SERVER_ENTRY = path.join(
  REPO_ROOT,
  '.vscode-test/code-server/node_modules/code-server/out/node/entry.js',
);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Whether code-server is installed; the message says how to install it when it is not. */
export function checkInstalled(): { ok: true } | { ok: false; message: string } {
  if (fs.existsSync(CODE_SERVER_ENTRY)) return { ok: true };
  return {
    ok: false,
    message:
      `code-server is not installed (${path.relative(REPO_ROOT, CODE_SERVER_ENTRY)}).\n` +
      'Run: bash scripts/install-vscode-host.sh',
  };
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The status code of a GET, 0 when nothing answers. */
export function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * The environment for code-server: this process's, without the variables of a surrounding VS
 * Code (when run from its terminal they confuse code-server), with no extension gallery (the
 * machine may have no network, and nothing here needs one), plus `extra`.
 */
export function codeServerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  env.EXTENSIONS_GALLERY = '{}';
  return { ...env, ...extra };
}

/** A code-server profile of its own: settings and state, and installed extensions. */
export interface Profile {
  userDataDir: string;
  extensionsDir: string;
}

/** The options that give code-server a profile of its own. */
function profileArgs({ userDataDir, extensionsDir }: Profile): string[] {
  return ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
}

/** Installs (or reinstalls) a .vsix into the profile; output is shown. Returns the exit status. */
export function installExtension({
  vsix,
  userDataDir,
  extensionsDir,
  env,
}: Profile & { vsix: string; env: NodeJS.ProcessEnv }): number | null {
  const result = spawnSync(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      ...profileArgs({ userDataDir, extensionsDir }),
      '--install-extension',
      vsix,
      '--force',
    ],
    { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return result.status;
}

export interface StartOptions extends Profile {
  port: number;
  /** Where config.yaml is written. */
  dir: string;
  env?: NodeJS.ProcessEnv;
  /** More command-line arguments (options, or the folder to open). */
  args?: string[];
  /** Append stdout and stderr there; otherwise `stdio` (default: stderr shown). */
  logFile?: string;
  stdio?: StdioOptions;
  /**
   * Own process group, so stop() also ends code-server's children (the extension host), and an
   * exit of this process kills it.
   */
  detached?: boolean;
}

export interface CodeServer {
  port: number;
  url: string;
  process: ChildProcess;
  /** null while code-server runs, then {code, signal}. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  /** Sends `signal` to code-server (to its whole group when detached). */
  kill(signal?: NodeJS.Signals): void;
  /**
   * Resolves when GET /healthz answers 200; rejects when code-server exits first, when
   * `interrupted()` says so, or after `timeoutMs`.
   */
  ready(options?: { timeoutMs?: number; interrupted?: () => boolean }): Promise<void>;
  /** SIGTERM, and SIGKILL if it is still running after 3 s. */
  stop(): Promise<void>;
}

/**
 * Starts code-server on 127.0.0.1:`port`, without authentication, telemetry, update checks or
 * workspace trust, using `dir`/config.yaml (written here) so it neither reads nor writes
 * ~/.config/code-server.
 */
export function startCodeServer({
  port,
  dir,
  userDataDir,
  extensionsDir,
  env = codeServerEnv(),
  args = [],
  logFile,
  stdio = ['ignore', 'ignore', 'inherit'],
  detached = false,
}: StartOptions): CodeServer {
  const configFile = path.join(dir, 'config.yaml');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFd = logFile ? fs.openSync(logFile, 'a') : undefined;
  const child = spawn(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--config',
      configFile,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
      ...profileArgs({ userDataDir, extensionsDir }),
      ...args,
    ],
    {
      env,
      cwd: REPO_ROOT,
      detached,
      stdio: logFd === undefined ? stdio : ['ignore', logFd, logFd],
    },
  );
  if (logFd !== undefined) fs.closeSync(logFd);

  const handle: CodeServer = {
    port,
    url: `http://127.0.0.1:${port}`,
    process: child,
    exit: null,
    kill(signal = 'SIGTERM') {
      if (handle.exit) return;
      try {
        if (detached) process.kill(-child.pid!, signal);
        else child.kill(signal);
      } catch {
        // already gone
      }
    },
    async ready({ timeoutMs = 60_000, interrupted = () => false } = {}) {
      const deadline = Date.now() + timeoutMs;
      while ((await httpStatus(`${handle.url}/healthz`)) !== 200) {
        if (interrupted()) throw new Error('interrupted');
        if (handle.exit)
          throw new Error(`code-server exited early (${JSON.stringify(handle.exit)})`);
        if (Date.now() > deadline) {
          throw new Error(`code-server did not answer within ${Math.round(timeoutMs / 1000)} s`);
        }
        await sleep(200);
      }
    },
    async stop() {
      if (handle.exit) return;
      handle.kill('SIGTERM');
      for (let i = 0; i < 30 && !handle.exit; i++) await sleep(100);
      handle.kill('SIGKILL');
    },
  };
  child.on('exit', (code, signal) => {
    handle.exit = { code, signal };
  });
  if (detached) {
    // Last resort if this process ends abruptly: never leave code-server behind.
    process.on('exit', () => handle.kill('SIGKILL'));
  }
  return handle;
}
