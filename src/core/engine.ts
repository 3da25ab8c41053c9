// The engine: Markdown text in, findings out. Pure: no file system, no editor.
import type { Finding, Lang, Problem, Range, Span } from './types';
import { LineIndex } from './text/lines';
import { extractProse, parseMarkdown, type ParsedDocument, type ProseUnit } from './markdown/parse';
import { splitSentences } from './text/sentences';
import { analyse, type Statement } from './analysis';
import { matcherFor } from './lexicon';
import { asLang, decideLanguage, frontMatterLanguage, languageScores } from './lang';
import { RULES, type RawFinding } from './rules';
import { defaultConfig, type ResolvedConfig } from './config';
import { Suppressions } from './suppress';
import { message } from './messages';
import { fixesFor } from './fixes';

export interface LintOptions {
  config?: ResolvedConfig;
  /** Forces the document language (as the CLI's `--lang` does). */
  lang?: Lang;
}

export interface LintResult {
  findings: Finding[];
  /** The document's language (paragraphs may differ). */
  lang: Lang;
  /** Where the language came from. */
  langSource: 'option' | 'front-matter' | 'comment' | 'config' | 'detected';
  /** Findings turned off by inline comments. */
  suppressed: number;
  problems: Problem[];
}

/** How much more evidence a paragraph needs to be read in the other language. */
const PARAGRAPH_SWITCH_MIN = 4;

/** Lint Markdown text. Never throws on any input. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? defaultConfig();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  if (body.includes('\u0000')) {
    return empty(options.lang ?? 'en', [
      {
        kind: 'input',
        message: 'The file looks binary (it contains NUL characters); it was not linted.',
      },
    ]);
  }
  if (text.length > config.maxFileSize) {
    return empty(options.lang ?? 'en', [
      {
        kind: 'input',
        message: `The text is larger than the limit (${config.maxFileSize} characters); it was not linted.`,
      },
    ]);
  }
  const lines = new LineIndex(body, bom);
  const doc = extractProse(body, parseMarkdown(body));
  const { lang, source } = documentLanguage(body, doc, config, options.lang);
  const suppressions = new Suppressions(doc.directives, lines);
  const eol = /\r\n|\r|\n/.exec(body)?.[0] ?? '\n';
  const findings: Finding[] = [];
  let suppressed = 0;
  const headerCache = new Map<number, Statement | undefined>();
  let heading: Statement | undefined;

  for (const unit of doc.units) {
    const unitLang = paragraphLanguage(unit, lang);
    const matcher = matcherFor(unitLang, config.terms);
    const ranges: [number, number][] =
      unit.kind === 'paragraph' ? splitSentences(unit.text, unitLang) : [[0, unit.text.length]];
    let previous: Statement | undefined;
    for (const [s, e] of ranges) {
      const statement = analyse(unit, s, e, unitLang, matcher);
      if (unit.kind === 'tableRow' && !unit.isHeaderRow) {
        statement.headerMatches = headerStatement(unit, unitLang, headerCache)?.matches;
      }
      for (const rule of RULES) {
        const severity = config.rules[rule.id];
        if (severity === 'off') continue;
        for (const raw of rule.check({
          statement,
          previous,
          heading: unit.kind === 'heading' ? undefined : heading,
        })) {
          const f = toFinding(raw, rule.id, severity, statement, lines, eol);
          if (suppressions.isSuppressed(rule.id, f.range.start.offset - bom, f.range.start.line)) {
            suppressed++;
          } else findings.push(f);
        }
      }
      previous = statement;
      if (unit.kind === 'heading') heading = statement;
    }
  }
  findings.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId),
  );
  return { findings, lang, langSource: source, suppressed, problems: [] };
}

function empty(lang: Lang, problems: Problem[]): LintResult {
  return { findings: [], lang, langSource: 'option', suppressed: 0, problems };
}

/** The document language and where it came from. */
function documentLanguage(
  body: string,
  doc: ParsedDocument,
  config: ResolvedConfig,
  forced: Lang | undefined,
): { lang: Lang; source: LintResult['langSource'] } {
  if (forced) return { lang: forced, source: 'option' };
  const fm = frontMatterLanguage(doc.frontMatter);
  if (fm) return { lang: fm, source: 'front-matter' };
  const comment = doc.directives.find((d) => d.name === 'lang' && d.args[0] && asLang(d.args[0]));
  if (comment) return { lang: asLang(comment.args[0]!)!, source: 'comment' };
  if (config.lang !== 'auto') return { lang: config.lang, source: 'config' };
  const scores = { en: 0, nl: 0 };
  for (const u of doc.units) {
    const s = languageScores(u.text);
    scores.en += s.en;
    scores.nl += s.nl;
  }
  return { lang: decideLanguage(scores, body.length ? 'en' : 'en'), source: 'detected' };
}

/** A paragraph clearly in the other language is read in that language. */
function paragraphLanguage(unit: ProseUnit, docLang: Lang): Lang {
  const scores = languageScores(unit.text);
  const other: Lang = docLang === 'en' ? 'nl' : 'en';
  return scores[other] >= PARAGRAPH_SWITCH_MIN && scores[other] > 2 * scores[docLang]
    ? other
    : docLang;
}

/** The analysed header row of the table a row belongs to (cached per table). */
function headerStatement(
  unit: ProseUnit,
  lang: Lang,
  cache: Map<number, Statement | undefined>,
): Statement | undefined {
  if (!cache.has(unit.blockEnd)) {
    const header = unit.tableHeader?.join(' | ') ?? '';
    const headerUnit: ProseUnit = { ...unit, text: header, src: [], isHeaderRow: true };
    cache.set(
      unit.blockEnd,
      header ? analyse(headerUnit, 0, header.length, lang, matcherFor(lang)) : undefined,
    );
  }
  return cache.get(unit.blockEnd);
}

/** Source offset (BOM-less) of unit-text offset `i`; `end` maps to just after the previous char. */
function srcOffset(unit: ProseUnit, i: number, end = false): number {
  if (end && i > 0) return unit.src[i - 1]! + 1;
  return unit.src[i] ?? unit.end;
}

function toFinding(
  raw: RawFinding,
  ruleId: Finding['ruleId'],
  severity: Finding['severity'],
  statement: Statement,
  lines: LineIndex,
  eol: string,
): Finding {
  const unit = statement.unit;
  const range = (s: number, e: number, u: ProseUnit = unit): Range =>
    lines.range(srcOffset(u, s), srcOffset(u, e, true));
  const spans: Span[] = raw.spans.map((sp) => {
    const u = sp.statement?.unit ?? unit;
    return {
      role: sp.role,
      range: range(sp.at[0], sp.at[1], u),
      text: u.text.slice(sp.at[0], sp.at[1]),
    };
  });
  const stmtStart = srcOffset(unit, statement.start);
  const stmtEnd = srcOffset(unit, statement.end, true);
  const findingStart = srcOffset(unit, raw.range[0]);
  const findingEnd = srcOffset(unit, raw.range[1], true);
  return {
    ruleId,
    severity,
    range: lines.range(findingStart, findingEnd),
    statement: lines.range(stmtStart, stmtEnd),
    statementText: unit.text.slice(statement.start, statement.end),
    lang: statement.lang,
    messageId: raw.messageId,
    messageArgs: raw.args,
    message: message(raw.messageId, statement.lang, raw.args),
    spans,
    fixes: fixesFor({
      ruleId,
      lang: statement.lang,
      unit,
      statement: [stmtStart, stmtEnd],
      range: [findingStart, findingEnd],
      args: raw.args,
      touchpoints: raw.spans
        .filter((sp) => sp.role === 'term' && ruleId === 'digital-only-journey')
        .map((sp) => [srcOffset(unit, sp.at[0]), srcOffset(unit, sp.at[1], true)]),
      lines,
      eol,
    }),
  };
}
