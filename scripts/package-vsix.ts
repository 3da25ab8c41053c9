// Packages the extension as users install it: the production build (esbuild.js --production),
// then vsce without node_modules (everything the extension runs is bundled into dist/).
// One code path for `npm run package`, the package test (test/unit/package.test.ts) and the
// integration run against the installed .vsix (scripts/vscode-tests/main.ts --installed).
//
//   tsx scripts/package-vsix.ts [--out FILE.vsix]    (default: uxcx-lint-<version>.vsix here)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createVSIX } from '@vscode/vsce';
import type { Metafile } from 'esbuild';

const ROOT = path.join(__dirname, '..');

export interface PackageResult {
  /** The .vsix written. */
  vsix: string;
  /** esbuild's metafile of the production build that went into it. */
  metafile: Metafile;
}

/** Build for production and package the extension to `out` (vsce's default name in the root). */
export async function packageVsix(out?: string): Promise<PackageResult> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'uxcx-package-'));
  try {
    const metaFile = path.join(scratch, 'meta.json');
    execFileSync(process.execPath, ['esbuild.js', '--production', `--meta=${metaFile}`], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const metafile = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as Metafile;
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
    };
    const vsix = path.resolve(out ?? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`));
    await createVSIX({ cwd: ROOT, packagePath: vsix, dependencies: false });
    return { vsix, metafile };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (at >= 0 && !out) {
    console.error('usage: tsx scripts/package-vsix.ts [--out FILE.vsix]');
    process.exit(2);
  }
  packageVsix(out).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
