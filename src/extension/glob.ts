// A small glob matcher for the `ignore` setting (no file system, so it works in virtual
// workspaces): `**`, `*`, `?`, `{a,b}` and `[…]`, with picomatch's meaning; dot files match.

const cache = new Map<string, RegExp>();

/** The regular expression for one glob pattern. */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let src = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
      i++;
      if (atStart && atEnd) {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        if (glob[i + 1] === '/') {
          src += '(?:.*/)?';
          i++;
        } else src += '.*';
      } else src += '[^/]*';
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else if (c === '{') {
      braces++;
      src += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      src += ')';
    } else if (c === ',' && braces > 0) src += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) src += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        src += `[${body}]`;
        i = close;
      }
    } else src += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  re = new RegExp(`^${src}$`);
  if (cache.size > 200) cache.clear();
  cache.set(glob, re);
  return re;
}

/**
 * Whether a relative path (with `/`) matches one of the globs. A glob that matches a folder
 * matches everything inside it, as tinyglobby's `expandDirectories` does for the CLI.
 */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const parts = relativePath.split('/');
  const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  return globs.some((g) => {
    const re = globToRegExp(g.replace(/^\.\//, '').replace(/\/$/, ''));
    return candidates.some((c) => re.test(c));
  });
}
