// The review report formats: one self-contained HTML page, or Markdown (src/report).
import { readPictures } from '../../node';
import { renderHtml, renderMarkdown, type ReportInput } from '../../report';
import type { FileReport, FormatContext, Formatter } from './types';

function input(reports: readonly FileReport[], context: FormatContext): ReportInput {
  return {
    documents: reports.map((r) => ({
      path: r.displayPath,
      lang: r.lang ?? r.findings[0]?.lang ?? 'en',
      findings: r.findings,
    })),
    ...(context.lang ? { lang: context.lang } : {}),
    picture: readPictures(),
    generator: `uxcx-lint ${context.version}`,
  };
}

export const html: Formatter = (reports, context) => renderHtml(input(reports, context));

export const markdown: Formatter = (reports, context) => renderMarkdown(input(reports, context));
