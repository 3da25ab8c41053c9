// The harness's options: its command-line flags (node:util parseArgs, strict: an unknown flag or
// a missing value is an error) and the environment variables it reads.
import * as path from 'node:path';
import { REPO_ROOT } from './host';
import { strictArgs } from './util';

export const THEMES = ['Default Light Modern', 'Default Dark Modern'];

export interface Options {
  /** The bundled suite to run (absolute). */
  suite: string;
  /** The folder the window opens (absolute). */
  workspace: string;
  /** The extension under development (absolute); --installed: the test-only host extension. */
  extension: string;
  /** Test the installed .vsix instead of the source tree. */
  installed: boolean;
  /** The .vsix to install ('' = package one). */
  vsix: string;
  theme: string;
  /** Run no tests: start code-server and print the URL. */
  keepOpen: boolean;
  /** 0 = a free port. */
  port: number;
  /** The web extension and the web suite, in the browser's extension host. */
  web: boolean;
}

const USAGE =
  'usage: tsx scripts/vscode-tests/main.ts [--suite FILE] [--workspace DIR] [--extension DIR]\n' +
  '         [--installed [--vsix FILE]] [--web]\n' +
  `         [--theme '${THEMES.join("'|'")}'] [--keep-open] [--port N]`;

function usage(code: number): never {
  console.log(USAGE);
  process.exit(code);
}

/** The options of `argv` (without node and the script), relative paths made absolute. */
export function parseOptions(argv: string[]): Options {
  const values = strictArgs(
    argv,
    {
      suite: { type: 'string' },
      workspace: { type: 'string', default: 'test/integration/workspace' },
      extension: { type: 'string', default: '.' },
      installed: { type: 'boolean', default: false },
      vsix: { type: 'string' },
      theme: { type: 'string', default: 'Default Light Modern' },
      'keep-open': { type: 'boolean', default: false },
      port: { type: 'string' },
      web: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    (message) => {
      console.error(message);
      return usage(2);
    },
  );
  if (values.help) usage(0);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (values.port !== undefined && (!Number.isInteger(port) || port <= 0 || port > 65535)) {
    console.error('--port must be a number from 1 to 65535');
    usage(2);
  }
  // --vsix names the package to install, so it implies --installed.
  const installed = values.installed || values.vsix !== undefined;
  if (values.web && installed) {
    console.error('--web runs the source tree; --installed is for the Node host');
    usage(2);
  }
  if (!THEMES.includes(values.theme)) {
    console.error(`--theme must be one of: ${THEMES.join(', ')}`);
    usage(2);
  }
  const suite =
    values.suite ?? (values.web ? 'dist-test/web/index.js' : 'dist-test/integration/index.js');
  // Relative paths are relative to the current folder (npm scripts run from the repo root).
  return {
    suite: path.resolve(suite),
    workspace: path.resolve(values.workspace),
    extension: path.resolve(values.extension),
    installed,
    vsix: values.vsix ? path.resolve(values.vsix) : '',
    theme: values.theme,
    keepOpen: values['keep-open'],
    port,
    web: values.web,
  };
}

// UXCX_DEBUG=1: browser console errors to stdout and keep the temp folder;
// UXCX_DEBUG=2: all browser console output, including the extension host's console
// (mocha's spec reporter, console.log in tests), which VS Code forwards to the window.
export const DEBUG_LEVEL = Number(process.env.UXCX_DEBUG || 0) || 0;
export const DEBUG = DEBUG_LEVEL >= 1;
/** How long to wait for the suite's results, in seconds. */
export const TIMEOUT_S = Number(process.env.UXCX_TEST_TIMEOUT || 300);
export const SCREENSHOTS_DIR = path.resolve(
  process.env.UXCX_SCREENSHOTS_DIR || path.join(REPO_ROOT, 'screenshots'),
);
export const CHROMIUM = process.env.UXCX_CHROMIUM || '/usr/bin/chromium';
