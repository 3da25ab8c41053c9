// One catalogue per language (en.ts, nl.ts) and one formatter for every text uxcx-lint writes
// outside the rules' own modules.
import type { Lang } from '../types';
import { EN, type Catalogue } from './en';
import { NL } from './nl';

export type { Catalogue };
export type Section = keyof Catalogue;

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en: EN, nl: NL };

function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

/**
 * Fill `{name}` placeholders in one pass (a value is never scanned again, so `{x}` in a value
 * stays); `{Name}` fills with the first letter capitalised. A placeholder without a value stays.
 */
export function format(
  template: string,
  args: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    if (!hasOwn(args, lower)) return whole;
    const value = String(args[lower]);
    return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

/** A text of a section in a language, its placeholders filled. */
export function text<S extends Section>(
  lang: Lang,
  section: S,
  key: keyof Catalogue[S],
  args?: Readonly<Record<string, string | number>>,
): string {
  return format((CATALOGUES[lang][section] as Record<keyof Catalogue[S], string>)[key], args);
}

/** A text by a key only known at run time (the key itself when the section has none). */
export function textOr(
  lang: Lang,
  section: Section,
  key: string,
  args?: Readonly<Record<string, string | number>>,
): string {
  const texts = CATALOGUES[lang][section] as Record<string, string>;
  return hasOwn(texts, key) ? format(texts[key]!, args) : key;
}
