// The report's own words, in English and Dutch: the catalogues' `report` section (src/core/texts).
// The rule names and explanations come from the rules' modules, the roles and definitions from
// the explainer page's words (the catalogues' `page` section): one place for each.
import type { Lang } from '../core';
import { CATALOGUES, type Catalogue } from '../core/texts';

export type ReportTextId = keyof Catalogue['report'];

export const REPORT_TEXT: Record<Lang, Record<ReportTextId, string>> = {
  en: CATALOGUES.en.report,
  nl: CATALOGUES.nl.report,
};

/** The UX ⊂ CX picture per language: files in the package's media/ folder. */
export const PICTURE_FILES: readonly (readonly [Lang, string])[] = [
  ['en', 'ux-in-cx.svg'],
  ['nl', 'ux-in-cx.nl.svg'],
];
