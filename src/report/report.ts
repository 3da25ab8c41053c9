// The review report: one self-contained HTML page (markdown.ts: a Markdown file) with every
// finding of a document, a folder or a workspace, for a review meeting where not everyone has an
// editor.
// Pure: the callers (the CLI's `--format html|markdown`, the editor's "Export findings report")
// read the files and the picture; this module only turns findings into text. Every piece of
// document text is escaped; the HTML runs no script and loads nothing (its CSP says so too).
import { RULES, RULE_IDS, type Finding, type Lang, type RuleId } from '../core';
import { escapeHtml } from '../core/text/escape';
import { REPORT_TEXT, type ReportTextId } from './text';
import { explanationOf, format, rewriteOf, ruleName, segmentsOf, uiText } from './explain';

/** One linted document in the report. */
export interface ReportDocument {
  /** The name people know it by: a path relative to the folder or workspace. */
  path: string;
  /** The document's language, as the engine read it. */
  lang: Lang;
  findings: readonly Finding[];
}

export interface ReportInput {
  documents: readonly ReportDocument[];
  /** The language of the report's own words; by default the language of most findings. */
  lang?: Lang;
  /** The UX ⊂ CX picture per language (SVG markup the project ships; trusted, inserted as is). */
  picture?: Partial<Record<Lang, string>>;
  /** Shown in the header ("uxcx-lint 0.4.0"). */
  generator?: string;
}

/** The report's language: forced, or the language of most findings (of most documents if none). */
export function reportLang(input: ReportInput): Lang {
  if (input.lang) return input.lang;
  const count = { en: 0, nl: 0 };
  for (const d of input.documents) {
    if (d.findings.length === 0) count[d.lang] += 0.001; // documents break ties only
    for (const f of d.findings) count[f.lang]++;
  }
  return count.nl > count.en ? 'nl' : 'en';
}

/** Findings per rule, in the registry's order, and per document. */
export interface ReportSummary {
  total: number;
  perRule: { ruleId: RuleId; count: number }[];
  perDocument: { path: string; counts: Record<RuleId, number>; total: number }[];
}

export function summarise(documents: readonly ReportDocument[]): ReportSummary {
  const zero = (): Record<RuleId, number> =>
    Object.fromEntries(RULE_IDS.map((id) => [id, 0])) as Record<RuleId, number>;
  const all = zero();
  const perDocument = documents.map((d) => {
    const counts = zero();
    for (const f of d.findings) {
      counts[f.ruleId]++;
      all[f.ruleId]++;
    }
    return { path: d.path, counts, total: d.findings.length };
  });
  return {
    total: perDocument.reduce((n, d) => n + d.total, 0),
    perRule: RULE_IDS.map((ruleId) => ({ ruleId, count: all[ruleId] })),
    perDocument,
  };
}

// ---- HTML -----------------------------------------------------------------------------------

/** No script, no network, no frames, no forms: only the inline style and inline SVG. */
export const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #c2410c;
  --ux: #1d4ed8; --cx: #c2410c; --link: #6d28d9; --bg-mark: #fff4e5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 4rem; color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, 'Segoe UI', Ubuntu, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.6rem 0 .6rem; overflow-wrap: anywhere; }
h4 { font-size: .95rem; margin: .9rem 0 .3rem; }
p, ul { margin: .35rem 0; }
.muted { color: var(--muted); }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.path { overflow-wrap: anywhere; }
.chart { display: block; max-width: 100%; height: auto; }
.picture { display: flex; gap: 1.5rem; align-items: flex-start; flex-wrap: wrap; }
.picture svg { flex: none; max-width: 100%; height: auto; }
.picture dl { flex: 1; min-width: 16rem; margin: 0; }
.picture dt { font-weight: 600; margin-top: .5rem; }
.picture dd { margin: 0; }
ol.findings { padding-left: 1.4rem; }
ol.findings > li { margin: 0 0 1.4rem; padding-left: .3rem; break-inside: avoid; }
.meta { font-size: .88rem; color: var(--muted); }
.badge { display: inline-block; padding: 0 .4rem; border: 1px solid var(--line); border-radius: 3px; }
.sev-error { color: #b91c1c; } .sev-warning { color: #9a6700; } .sev-info { color: #1d4ed8; }
.message { font-weight: 600; }
blockquote { margin: .4rem 0; padding: .4rem .8rem; border-left: 3px solid var(--line);
  background: #f6f8fa; overflow-wrap: anywhere; white-space: pre-wrap; }
mark { background: var(--bg-mark); color: inherit; padding: 0 .1rem; border-bottom: 2px solid var(--accent); }
mark.role-uxMeans, mark.role-uxRole { border-color: var(--ux); background: #eef4ff; }
mark.role-link { border-color: var(--link); background: #f5f0ff; }
mark.role-term, mark.role-context { border-color: var(--muted); background: #f3f4f6; }
.rewrite { padding: .4rem .8rem; border: 1px dashed var(--line); border-radius: 4px; overflow-wrap: anywhere; }
footer { margin-top: 3rem; font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; } h3 { break-after: avoid; }
  blockquote { background: none; }
}
`;

/** The report as one self-contained HTML page. */
export function renderHtml(input: ReportInput): string {
  const lang = reportLang(input);
  const t = (id: ReportTextId, args: Record<string, string> = {}): string =>
    escapeHtml(format(REPORT_TEXT[lang][id], args));
  const summary = summarise(input.documents);
  const withFindings = input.documents.filter((d) => d.findings.length > 0);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${t('title')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${t('title')}</h1>`,
    `<p class="muted">${t('scope', {
      documents: String(input.documents.length),
      findings: String(summary.total),
    })}</p>`,
    '</header>',
    `<section aria-labelledby="summary"><h2 id="summary">${t('summary')}</h2>`,
  );
  if (summary.total === 0) out.push(`<p>${t('none')}</p>`);
  else {
    out.push(`<h3>${t('perRule')}</h3>`, chart(summary, lang), ruleTable(summary, lang, t));
    out.push(`<h3>${t('perDocument')}</h3>`, documentTable(summary, lang, t));
  }
  out.push('</section>', pictureSection(input, lang));
  if (withFindings.length > 0) {
    out.push(`<section aria-labelledby="findings"><h2 id="findings">${t('findings')}</h2>`);
    for (const doc of withFindings) {
      out.push(`<h3>${escapeHtml(doc.path)}</h3>`, '<ol class="findings">');
      for (const f of doc.findings) out.push(`<li>${findingHtml(f)}</li>`);
      out.push('</ol>');
    }
    out.push('</section>');
  }
  out.push(
    `<footer class="muted">${t('footer', { generator: input.generator ?? 'uxcx-lint' })}</footer>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

/** Horizontal bars, one per rule: an inline SVG with its numbers as text too. */
function chart(summary: ReportSummary, lang: Lang): string {
  const rows = summary.perRule;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const labelWidth = 330;
  const barWidth = 300;
  const rowHeight = 26;
  const height = rows.length * rowHeight + 8;
  const bars = rows.map((r, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.round((r.count / max) * barWidth);
    const name = escapeHtml(ruleName(lang, r.ruleId));
    return (
      `<text x="0" y="${y + 17}" font-size="13" fill="#1f2328">${name}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${Math.max(w, 1)}" height="16" rx="2" fill="#c2410c" fill-opacity="${r.count ? 0.85 : 0.2}"></rect>` +
      `<text x="${labelWidth + Math.max(w, 1) + 6}" y="${y + 17}" font-size="13" fill="#1f2328">${r.count}</text>`
    );
  });
  const title = escapeHtml(REPORT_TEXT[lang].chartTitle);
  return (
    `<svg class="chart" role="img" aria-label="${title}" viewBox="0 0 ${labelWidth + barWidth + 50} ${height}" ` +
    `width="${labelWidth + barWidth + 50}" height="${height}" xmlns="http://www.w3.org/2000/svg" ` +
    `font-family="system-ui, -apple-system, 'Segoe UI', Ubuntu, sans-serif">${bars.join('')}</svg>`
  );
}

type T = (id: ReportTextId, args?: Record<string, string>) => string;

function ruleTable(summary: ReportSummary, lang: Lang, t: T): string {
  const rows = summary.perRule.map(
    (r) =>
      `<tr><td>${escapeHtml(ruleName(lang, r.ruleId))} <span class="muted">(${r.ruleId})</span></td><td class="n">${r.count}</td></tr>`,
  );
  return `<table><thead><tr><th>${t('rule')}</th><th class="n">${t('count')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function documentTable(summary: ReportSummary, lang: Lang, t: T): string {
  const head = RULE_IDS.map(
    (id) => `<th class="n" title="${escapeHtml(ruleName(lang, id))}">${escapeHtml(id)}</th>`,
  ).join('');
  const rows = summary.perDocument.map(
    (d) =>
      `<tr><td class="path">${escapeHtml(d.path)}</td>${RULE_IDS.map((id) => `<td class="n">${d.counts[id]}</td>`).join('')}<td class="n"><strong>${d.total}</strong></td></tr>`,
  );
  return `<table><thead><tr><th>${t('document')}</th>${head}<th class="n">${t('total')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The UX ⊂ CX picture once, with the two definitions. */
function pictureSection(input: ReportInput, lang: Lang): string {
  const svg = input.picture?.[lang] ?? input.picture?.en;
  const u = (id: string): string => escapeHtml(uiText(lang, id) ?? '');
  return [
    `<section aria-labelledby="picture"><h2 id="picture">${u('primer')}</h2>`,
    '<div class="picture">',
    svg ? inlineSvg(svg) : '',
    '<dl>',
    `<dt>${u('uxDefinitionTerm')}</dt><dd>${u('uxDefinition')}</dd>`,
    `<dt>${u('cxDefinitionTerm')}</dt><dd>${u('cxDefinition')}</dd>`,
    '</dl></div>',
    `<p>${u('primerNote')}</p>`,
    '</section>',
  ].join('\n');
}

/** The project's SVG file as inline markup (without an XML prolog or comments). */
function inlineSvg(svg: string): string {
  const start = svg.indexOf('<svg');
  if (start === -1) return '';
  let out = '';
  let i = start;
  for (let open = svg.indexOf('<!--', i); open !== -1; open = svg.indexOf('<!--', i)) {
    const close = svg.indexOf('-->', open + 4);
    out += svg.slice(i, open);
    i = close === -1 ? svg.length : close + 3;
  }
  return out + svg.slice(i);
}

/** One finding: where, what, the statement with its parts marked, why, what to do, a rewrite. */
function findingHtml(f: Finding): string {
  const L = (id: string, args: Record<string, string> = {}): string =>
    escapeHtml(format(uiText(f.lang, id) ?? id, args));
  const rule = RULES.find((r) => r.id === f.ruleId);
  const { segments, outside } = segmentsOf(f);
  const mark = (role: string | null, text: string): string =>
    role
      ? `<mark class="role-${escapeHtml(role)}" title="${L(`role.${role}`)}">${escapeHtml(text)}</mark>`
      : escapeHtml(text);
  const parts: string[] = [];
  parts.push(
    `<p class="meta">${escapeHtml(REPORT_TEXT[f.lang].line)} ${f.range.start.line} · ` +
      `<span class="sev-${f.severity}">${L(`severity.${f.severity}`)}</span> · ` +
      `${escapeHtml(ruleName(f.lang, f.ruleId))} <span class="badge">${escapeHtml(f.ruleId)}</span> · ` +
      `${escapeHtml(REPORT_TEXT[f.lang][f.confidence === 'low' ? 'confidenceLow' : 'confidenceHigh'])}</p>`,
    `<p class="message">${escapeHtml(f.message)}</p>`,
  );
  for (const o of outside.filter((s) => s.before)) {
    parts.push(`<p class="muted">${L('fromPrevious')}: ${mark(o.role, o.text)}</p>`);
  }
  parts.push(`<blockquote>${segments.map((s) => mark(s.role, s.text)).join('')}</blockquote>`);
  for (const o of outside.filter((s) => !s.before)) {
    parts.push(`<p class="muted">${L('fromElsewhere')}: ${mark(o.role, o.text)}</p>`);
  }
  const explain = explanationOf(f);
  if (explain) {
    parts.push(`<h4>${L('why')}</h4>`, `<p>${escapeHtml(explain.lead)}</p>`);
    parts.push(
      '<ul>',
      ...explain.points.map(
        ([title, text]) => `<li><strong>${escapeHtml(title)}</strong> ${escapeHtml(text)}</li>`,
      ),
      '</ul>',
    );
    parts.push(
      `<h4>${L('whatToDo')}</h4>`,
      '<ul>',
      ...explain.todo.map((x) => `<li>${escapeHtml(x)}</li>`),
      '</ul>',
    );
  } else if (rule) parts.push(`<p>${escapeHtml(rule.description[f.lang])}</p>`);
  const fix = rewriteOf(f);
  if (fix) {
    const heading = fix.mode === 'statement' ? 'rewrite' : fix.mode;
    parts.push(`<h4>${L(heading)}</h4>`, `<p class="rewrite">${escapeHtml(fix.text)}</p>`);
  }
  return `<article lang="${f.lang}">${parts.join('\n')}</article>`;
}
