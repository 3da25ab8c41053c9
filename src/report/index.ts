// The review report (HTML and Markdown), for the CLI and the editor.
export {
  renderHtml,
  reportLang,
  summarise,
  REPORT_CSP,
  type ReportDocument,
  type ReportInput,
  type ReportSummary,
} from './report';
export { renderMarkdown } from './markdown';
export { PICTURE_FILES } from './text';
export { escapeHtml, escapeMarkdown } from '../core/text/escape';
