// The explainer sidebar's state and the typed messages between its page and the extension.
import type { Finding } from '../../core/types';
import type { GlossaryEntry } from '../../core/glossary/types';

/** Everything the explainer page shows, for the active editor. */
export interface SidebarState {
  /** The active document's URI (as a string), when there is an active editor. */
  uri?: string;
  /** A short name for the document (its base name). */
  fileName?: string;
  /** Whether the active document is Markdown (only Markdown is linted). */
  isMarkdown: boolean;
  /** The document's language, as the engine read it. */
  lang: 'en' | 'nl';
  /** VS Code's display language: the language of the page's own strings. */
  uiLang: 'en' | 'nl';
  findings: Finding[];
  /** Index into `findings` of the finding whose explanation is open. */
  selected?: number;
}

/** Messages from the extension to the page. */
export type ToWebview =
  | { type: 'state'; state: SidebarState }
  | { type: 'select'; index: number }
  | { type: 'glossary'; entries: readonly GlossaryEntry[] };

/**
 * Messages from the page to the extension. `reveal` asks to show the finding in the editor (and
 * selects it); `select` only records which explanation is open.
 */
export type FromWebview =
  { type: 'ready' } | { type: 'reveal'; index: number } | { type: 'select'; index: number };

const INDEXED_TYPES = new Set(['reveal', 'select']);

/** The value of an own, plain data property (never a getter or something inherited). */
function ownValue(obj: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(obj, key);
  return d && 'value' in d ? (d.value as unknown) : undefined;
}

/**
 * Whether an untrusted value from the page is a well-formed message: a plain object with exactly
 * the keys its type allows, and for `reveal`/`select` an integer index in [0, findingCount).
 */
export function isFromWebview(
  x: unknown,
  findingCount = Number.MAX_SAFE_INTEGER,
): x is FromWebview {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Reflect.ownKeys(x);
  const type = ownValue(x, 'type');
  if (type === 'ready') return keys.length === 1;
  if (typeof type !== 'string' || !INDEXED_TYPES.has(type)) return false;
  if (keys.length !== 2 || !keys.includes('index')) return false;
  const index = ownValue(x, 'index');
  return (
    typeof index === 'number' && Number.isSafeInteger(index) && index >= 0 && index < findingCount
  );
}
