// The part of node:assert/strict the web suite uses, for the browser's extension host (no Node
// there): esbuild.js maps `node:assert/strict` to this file in the browser build, so the web
// suite can share test/integration/helpers.ts. A function missing here fails the test that
// calls it ("is not a function"); it never passes silently.

export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function raise(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

export function fail(message?: string | Error): never {
  raise(message, 'failed');
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) raise(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(
  actual: unknown,
  expected: T,
  message?: string | Error,
): asserts actual is T {
  if (!Object.is(actual, expected)) {
    raise(message, `expected ${show(expected)}, got ${show(actual)}`);
  }
}
export const strictEqual = equal;

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) raise(message, `expected anything but ${show(expected)}`);
}

/** Structural equality, strict as node:assert/strict's deepEqual for plain data. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => same(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

export function deepEqual<T>(
  actual: unknown,
  expected: T,
  message?: string | Error,
): asserts actual is T {
  if (!same(actual, expected)) {
    raise(message, `not deep-equal:\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
  }
}
export const deepStrictEqual = deepEqual;

export function match(text: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(text)) raise(message, `${show(text)} does not match ${String(pattern)}`);
}

export function doesNotMatch(text: string, pattern: RegExp, message?: string | Error): void {
  if (pattern.test(text)) raise(message, `${show(text)} matches ${String(pattern)}`);
}
