// The report's own words, in English and Dutch. The rule names, roles, definitions and
// explanations come from the rules' modules (src/core/rules): one place for each.
import type { Lang } from '../core';

const EN = {
  title: 'uxcx-lint findings report',
  scope: '{documents} document(s) read, {findings} finding(s).',
  summary: 'Summary',
  none: 'No findings: nothing here expects customer-experience results from user-experience work.',
  perRule: 'Findings per rule',
  perDocument: 'Findings per document',
  chartTitle: 'Findings per rule',
  rule: 'Rule',
  count: 'Findings',
  document: 'Document',
  total: 'Total',
  findings: 'Findings',
  line: 'Line',
  confidenceHigh: 'confidence: high',
  confidenceLow: 'confidence: low',
  footer:
    'Made by {generator}. Each finding is a question for the team, not a verdict: the rule pages explain the reasoning.',
};

const NL: Record<keyof typeof EN, string> = {
  title: 'uxcx-lint: rapport van bevindingen',
  scope: '{documents} document(en) gelezen, {findings} bevinding(en).',
  summary: 'Samenvatting',
  none: 'Geen bevindingen: niets hier verwacht klantervaringsresultaten van UX-werk.',
  perRule: 'Bevindingen per regel',
  perDocument: 'Bevindingen per document',
  chartTitle: 'Bevindingen per regel',
  rule: 'Regel',
  count: 'Bevindingen',
  document: 'Document',
  total: 'Totaal',
  findings: 'Bevindingen',
  line: 'Regel',
  confidenceHigh: 'zekerheid: hoog',
  confidenceLow: 'zekerheid: laag',
  footer:
    'Gemaakt met {generator}. Elke bevinding is een vraag aan het team, geen oordeel: de regelpagina’s leggen de redenering uit.',
};

export type ReportTextId = keyof typeof EN;

export const REPORT_TEXT: Record<Lang, Record<ReportTextId, string>> = { en: EN, nl: NL };

/** The UX ⊂ CX picture per language: files in the package's media/ folder. */
export const PICTURE_FILES: readonly (readonly [Lang, string])[] = [
  ['en', 'ux-in-cx.svg'],
  ['nl', 'ux-in-cx.nl.svg'],
];
