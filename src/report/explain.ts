// What the explainer sidebar shows about a finding, for the report: the page's own model
// (media/sidebar-model.js, a UMD module that Node can require), its words (the catalogues' `page`
// section) and the rule's explanation from its module, so that an explanation, a rewrite and a
// rule's name are written in one place.
import { ruleById, type Finding, type Lang } from '../core';
import { CATALOGUES, format } from '../core/texts';
import type { Explanation } from '../core/rules/rule';

interface Segment {
  text: string;
  role: string | null;
}

interface SidebarModel {
  statementSegments(finding: Finding): {
    segments: Segment[];
    outside: { role: string; text: string; before: boolean; line: number }[];
  };
  rewrite(
    finding: Finding,
  ): { mode: 'statement' | 'addition' | 'replacement'; text: string; title: string } | null;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a UMD script shared with the webview
const MODEL = require('../../media/sidebar-model.js') as SidebarModel;

export { format };

/** A word of the explainer page in a language (undefined when there is none). */
export function uiText(lang: Lang, id: string): string | undefined {
  const page: Record<string, string> = CATALOGUES[lang].page;
  return Object.prototype.hasOwnProperty.call(page, id) ? page[id] : undefined;
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
