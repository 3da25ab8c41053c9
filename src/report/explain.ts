// What the explainer sidebar shows about a finding, for the report: the page's own model and words
// (media/sidebar-model.js, media/sidebar-strings.js are UMD modules that Node can require) and
// the rule's explanation from its module, so that an explanation, a rewrite and a rule's name are
// written in one place.
import { ruleById, type Finding, type Lang } from '../core';
import type { Explanation } from '../core/rules/rule';

interface SidebarStrings {
  UI: Record<Lang, Record<string, string>>;
}

interface Segment {
  text: string;
  role: string | null;
}

interface SidebarModel {
  format(template: string, args: Record<string, string>): string;
  statementSegments(finding: Finding): {
    segments: Segment[];
    outside: { role: string; text: string; before: boolean; line: number }[];
  };
  rewrite(
    finding: Finding,
  ): { mode: 'statement' | 'addition' | 'replacement'; text: string; title: string } | null;
}

/* eslint-disable @typescript-eslint/no-require-imports -- UMD scripts shared with the webview */
const STRINGS = require('../../media/sidebar-strings.js') as SidebarStrings;
const MODEL = require('../../media/sidebar-model.js') as SidebarModel;
/* eslint-enable @typescript-eslint/no-require-imports */

/** Fill `{name}` placeholders (as text). */
export function format(template: string, args: Record<string, string>): string {
  return MODEL.format(template, args);
}

/** A word of the explainer page in a language (undefined when there is none). */
export function uiText(lang: Lang, id: string): string | undefined {
  return STRINGS.UI[lang][id];
}

/** A rule's name in a language (its id for a rule the registry does not know). */
export function ruleName(lang: Lang, id: string): string {
  return ruleById(id)?.explanation[lang].name ?? id;
}

/** The rule's explanation of a finding, in the finding's language, with its arguments filled in. */
export function explanationOf(f: Finding): Explanation | undefined {
  const e = ruleById(f.ruleId)?.explanation[f.lang];
  if (!e) return undefined;
  const args = f.messageArgs;
  return {
    ...e,
    lead: format(e.lead, args),
    points: e.points.map(([title, text]) => [title, format(text, args)]),
    todo: e.todo.map((t) => format(t, args)),
    ...(e.quote ? { quote: e.quote } : {}),
  };
}

/** The statement in segments, the parts of the claim marked by role. */
export function segmentsOf(f: Finding): ReturnType<SidebarModel['statementSegments']> {
  return MODEL.statementSegments(f);
}

/** The preferred fix as something to read. */
export function rewriteOf(f: Finding): ReturnType<SidebarModel['rewrite']> {
  return MODEL.rewrite(f);
}
