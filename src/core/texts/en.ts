// The English catalogue: every text uxcx-lint writes outside the rules' own modules (finding
// messages, fix texts and explanations live with their rule). Sections by where a text appears:
// `fix` the fix every finding has; `problem` problems with a document; `label` labels beside
// document text (hovers); `report` the review report; `page` the explainer sidebar's own words
// (media/sidebar-strings.js is generated from it); `ui` the editor's status bar, notifications and
// pickers. `{name}` placeholders are filled by `format` (src/core/texts/index.ts).

export const EN = {
  fix: {
    'disable-line.title': 'Disable {rule} for this line',
    'disable-line.reason': 'reason',
  },
  problem: {
    binary: 'The file looks binary (it contains NUL characters); it was not linted.',
    'too-large':
      'The document is larger than the limit ({bytes} bytes > maxFileSize {limit}); it was not linted.',
    'unreadable.document.overflow':
      'The document is nested too deeply to read (parser stack overflow); it was not linted.',
    'unreadable.document.nesting':
      'The document is nested too deeply to read (a line opens more than {max} block quotes and list items); it was not linted.',
    'unreadable.lines.overflow':
      'Lines {from}–{to} are nested too deeply to read (parser stack overflow); they were not linted.',
    'unreadable.lines.nesting':
      'Lines {from}–{to} are nested too deeply to read (a line opens more than {max} block quotes and list items); they were not linted.',
    'unreadable.line.overflow':
      'Line {from} is nested too deeply to read (parser stack overflow); it was not linted.',
    'unreadable.document.budget':
      'The document is too complex to read in time (its markup would take the parser too long); it was not linted.',
    'unreadable.lines.budget':
      'Lines {from}–{to} are too complex to read in time (their markup would take the parser too long); they were not linted.',
    'unreadable.line.budget':
      'Line {from} is too complex to read in time (its markup would take the parser too long); it was not linted.',
    'unreadable.line.nesting':
      'Line {from} is nested too deeply to read (it opens more than {max} block quotes and list items); it was not linted.',
  },
  label: {
    scope: 'Scope',
    source: 'Source',
    'scope.ux': 'UX — user experience',
    'scope.cx': 'CX — customer experience',
    'scope.both': 'UX and CX',
    'role.uxMeans': 'UX means',
    'role.uxRole': 'UX role',
    'role.link': 'expected to lead to',
    'role.cxOutcome': 'CX outcome',
    'role.term': 'term',
    'role.context': 'context',
    explain: 'Explain in the sidebar',
    fixes: 'Quick fixes',
    'confidence.high': 'confidence: high',
    'confidence.low':
      'confidence: low (a looser link: over two sentences, from a heading, a metaphor, a pronoun such as “it” or “a good one”, or a “when …” or “since …” that may only be a time)',
  },
  report: {
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
  },
  page: {
    findingsIn: 'Findings in {file}',
    countOne: '1 finding',
    countMany: '{n} findings',
    groupCount: '{n} in this group',
    line: 'Line {n}',
    listHelp:
      'Enter or click: show the finding in the editor and explain it. Space: explain only. Arrow keys, Home and End move through the list.',
    noEditorTitle: 'No document open',
    noEditorBody:
      'Open a Markdown requirements document (.md). uxcx-lint reads requirements, goals, KPIs and user stories in English and Dutch.',
    notMarkdownTitle: 'Not a Markdown document',
    notMarkdownBody: 'uxcx-lint only checks Markdown (.md) documents; {file} is not one.',
    emptyTitle: 'No findings in {file}',
    emptyBody:
      'Nothing here expects customer-experience results from user-experience work. uxcx-lint looks for:',
    'severity.error': 'Error',
    'severity.warning': 'Warning',
    'severity.info': 'Information',
    'role.uxMeans': 'UX means',
    'role.link': 'link',
    'role.cxOutcome': 'CX outcome',
    'role.uxRole': 'UX role',
    'role.term': 'term',
    'role.context': 'context',
    statement: 'Statement',
    fromPrevious: 'From the previous sentence',
    fromElsewhere: 'Elsewhere in the text',
    why: 'Why this matters',
    whatToDo: 'What to do instead',
    rewrite: 'Rewrite',
    addition: 'Suggested addition',
    replacement: 'Suggested replacement',
    quickFix: 'Available as a quick fix in the editor: {title}.',
    otherFixes: 'Quick fixes in the editor:',
    showInEditor: 'Show in editor',
    lowConfidence: 'low confidence',
    'confidence.high': 'Confidence: high. The statement itself links the UX work and the outcome.',
    'confidence.low':
      'Confidence: low. The link is looser: over two sentences, from a heading, a metaphor, a pronoun (“it”, “a good one”), or a “when …” or “since …” that may only be a time. Shown because the sensitivity setting is “thorough”.',
    primer: 'UX vs CX',
    primerAlt:
      'Diagram: UX is a small circle (app, website, portal) inside the larger CX circle, surrounded by letters, phone, counter, e-mail, staff, brand and the hand-offs between them.',
    uxDefinitionTerm: 'UX — user experience',
    uxDefinition:
      'One person’s interaction with a digital product: screens, flows, forms, navigation. Measured by task success, time on task, errors, drop-off, SUS.',
    cxDefinitionTerm: 'CX — customer experience',
    cxDefinition:
      'The whole relationship between a customer or citizen and the organisation, across every touchpoint, online and offline. Measured by loyalty, trust, NPS, retention. Owned by the organisation as a whole.',
    primerNote: 'UX is one part of CX. Good UX helps, but it cannot carry CX on its own.',
    glossary: 'Glossary',
    glossarySearch: 'Search terms and definitions',
    glossaryCount: '{n} of {total} terms',
    glossaryNone: 'No terms match “{query}”.',
    'scope.ux': 'UX',
    'scope.cx': 'CX',
    'scope.both': 'UX and CX',
    source: 'Source: ',
  },
  ui: {
    'status.notLinted': 'uxcx-lint has not linted this document yet.',
    'status.one': 'uxcx-lint: 1 finding in this document.',
    'status.many': 'uxcx-lint: {n} findings in this document.',
    'status.click': 'Click to open the UX/CX explainer.',
    'action.explain': 'Explain {rule} in the sidebar',
    'timeout.document':
      'uxcx-lint stopped linting this document: it took longer than {seconds} s. It is linted again after the next edit.',
    'timeout.notice':
      'uxcx-lint stopped linting {file}: it took longer than {seconds} s. The editor was not blocked; the document is linted again after the next edit.',
    'workspace.progress': 'uxcx-lint: linting Markdown files',
    'report.thisDocument': 'This document',
    'report.workspace': 'All Markdown files in the workspace',
    'report.title': 'Export findings report',
    'report.which': 'Which findings should the report hold?',
    'report.export': 'Export',
    'report.noDocument': 'uxcx-lint: there is no Markdown document to report on.',
    'report.open': 'Open',
    'report.written': 'uxcx-lint: report with {n} finding(s) written.',
  },
};

/** A catalogue: the sections and keys of the English one, each a text. */
export type Catalogue = { [S in keyof typeof EN]: Record<keyof (typeof EN)[S], string> };
