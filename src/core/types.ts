// Plain data shared by the engine, the CLI and the extension. Nothing here knows about an editor.

/** Languages the engine reads. */
export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];

/** Finding severities, in the vocabulary of linters (not of VS Code). */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Public rule ids: those of the registry (src/core/rules/index.ts). */
import type { RuleId } from './rules';
export type { RuleId };

/**
 * How sure the engine is of a finding. `high`: the statement itself links the parts (UX means,
 * link and outcome in one clause, or a term used as it is). `low`: the link is looser, a claim
 * over two sentences (a pronoun or connective), a KPI line under a heading, or a metaphor ("the
 * foundation of loyalty").
 */
export type Confidence = 'high' | 'low';
export const CONFIDENCES: readonly Confidence[] = ['high', 'low'];

/**
 * Which findings are shown: `strict` (the default) only those of high confidence, `thorough`
 * all of them.
 */
export type Sensitivity = 'strict' | 'thorough';
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'thorough'];

/** A place in a document: a UTF-16 offset into the text as given, plus 1-based line and column. */
export interface Position {
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units, as VS Code counts them (a BOM is not counted). */
  column: number;
}

/** A half-open range [start, end). */
export interface Range {
  start: Position;
  end: Position;
}

/** The roles of the parts of a flagged statement. */
export type SpanRole = 'uxMeans' | 'link' | 'cxOutcome' | 'uxRole' | 'term' | 'context';

/** A part of a statement that matters, with the exact text it covers. */
export interface Span {
  role: SpanRole;
  range: Range;
  text: string;
}

/** A replacement of a range of the document by new text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A suggested fix: a titled set of edits. */
export interface Fix {
  /** Stable id of the kind of fix, e.g. `split-goal`, `add-cx-note`, `disable-line`. */
  kind: string;
  /** Localised title (in the document's language). */
  title: string;
  /** The fix a user most likely wants. */
  preferred?: boolean;
  edits: TextEdit[];
}

/** One finding: plain data, turned into diagnostics or CLI output by the layers above. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** How sure the engine is (see `Confidence`). */
  confidence: Confidence;
  /** The part of the statement that matters (the CX outcome claim, or the vague term). */
  range: Range;
  /** The whole statement (sentence, or table row) the finding is about. */
  statement: Range;
  /** The statement's text, as it reads (inline markup removed). */
  statementText: string;
  /** Language the finding is written in (the statement's language). */
  lang: Lang;
  messageId: string;
  messageArgs: Record<string, string>;
  /** The message, localised in `lang`. */
  message: string;
  spans: Span[];
  fixes: Fix[];
}

/** A problem with input or configuration: never fatal, reported beside the findings. */
export interface Problem {
  /** File (config file or document) the problem is in, when known. */
  file?: string;
  /** Where in that file, when known. */
  range?: Range;
  /** `config`, `input` (binary, too large…) or `internal`. */
  kind: 'config' | 'input' | 'internal';
  message: string;
}
