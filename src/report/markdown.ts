// The review report as Markdown (for a wiki or a pull request), with the same parts as the HTML
// (report.ts). Every piece of document text is escaped.
import { RULE_IDS, type Finding } from '../core';
import { escapeMarkdown } from '../core/text/escape';
import { REPORT_TEXT, type ReportTextId } from './text';
import { explanationOf, format, rewriteOf, ruleName, segmentsOf, uiText } from './explain';
import { reportLang, summarise, type ReportInput } from './report';

/** The report as Markdown (for a wiki or a pull request), with the same parts as the HTML. */
export function renderMarkdown(input: ReportInput): string {
  const lang = reportLang(input);
  const t = (id: ReportTextId, args: Record<string, string> = {}): string =>
    format(REPORT_TEXT[lang][id], args);
  const u = (id: string): string => uiText(lang, id) ?? id;
  const summary = summarise(input.documents);
  const out: string[] = [];
  out.push(
    `# ${t('title')}`,
    '',
    t('scope', { documents: String(input.documents.length), findings: String(summary.total) }),
    '',
    `## ${t('summary')}`,
    '',
  );
  if (summary.total === 0) out.push(t('none'), '');
  else {
    out.push(`| ${t('rule')} | ${t('count')} |`, '| --- | ---: |');
    for (const r of summary.perRule) {
      out.push(`| ${ruleName(lang, r.ruleId)} (\`${r.ruleId}\`) | ${r.count} |`);
    }
    out.push(
      '',
      `| ${t('document')} | ${RULE_IDS.map((id) => `\`${id}\``).join(' | ')} | ${t('total')} |`,
    );
    out.push(`| --- | ${RULE_IDS.map(() => '---:').join(' | ')} | ---: |`);
    for (const d of summary.perDocument) {
      out.push(
        `| ${escapeMarkdown(d.path)} | ${RULE_IDS.map((id) => d.counts[id]).join(' | ')} | ${d.total} |`,
      );
    }
    out.push('');
  }
  out.push(
    `## ${u('primer')}`,
    '',
    `- **${u('uxDefinitionTerm')}**: ${u('uxDefinition')}`,
    `- **${u('cxDefinitionTerm')}**: ${u('cxDefinition')}`,
    '',
    u('primerNote'),
    '',
  );
  const withFindings = input.documents.filter((d) => d.findings.length > 0);
  if (withFindings.length > 0) out.push(`## ${t('findings')}`, '');
  for (const doc of withFindings) {
    out.push(`### ${escapeMarkdown(doc.path)}`, '');
    doc.findings.forEach((f, i) => out.push(...findingMarkdown(f, i + 1), ''));
  }
  out.push('---', '', t('footer', { generator: input.generator ?? 'uxcx-lint' }), '');
  return out.join('\n');
}

function findingMarkdown(f: Finding, n: number): string[] {
  const L = (id: string): string => uiText(f.lang, id) ?? id;
  const text = REPORT_TEXT[f.lang];
  const { segments } = segmentsOf(f);
  // Segments keep their spaces (only the whole statement is trimmed); a marked part is bold.
  const quoted = segments
    .map((s) => {
      if (!s.role || !s.text.trim()) return escapeMarkdown(s.text, false);
      const lead = /^\s/.test(s.text) ? ' ' : '';
      const trail = /\s$/.test(s.text) ? ' ' : '';
      return `${lead}**${escapeMarkdown(s.text)}**${trail}`;
    })
    .join('')
    .trim();
  const lines = [
    `${n}. ${text.line} ${f.range.start.line} · ${L(`severity.${f.severity}`)} · \`${f.ruleId}\` · ` +
      `${f.confidence === 'low' ? text.confidenceLow : text.confidenceHigh}`,
    '',
    `   ${escapeMarkdown(f.message)}`,
    '',
    `   > ${quoted}`,
  ];
  const explain = explanationOf(f);
  if (explain) {
    lines.push('', `   *${L('why')}:* ${escapeMarkdown(explain.lead)}`);
    lines.push('', `   *${L('whatToDo')}:*`, '');
    for (const x of explain.todo) lines.push(`   - ${escapeMarkdown(x)}`);
  }
  const fix = rewriteOf(f);
  if (fix) {
    const heading = fix.mode === 'statement' ? 'rewrite' : fix.mode;
    lines.push('', `   *${L(heading)}:* ${escapeMarkdown(fix.text)}`);
  }
  return lines;
}
