// A unit's statements and what the rules find in them: the analysis of one prose unit, the
// findings with their source ranges and fixes, and the CX notes that scope a block's claims.
import type { Finding, Lang, Problem, Span } from './types';
import type { LineIndex } from './text/lines';
import type { ProseUnit } from './markdown/prose';
import { MAX_NESTING, type Unreadable } from './markdown/guard';
import { sourceEnd } from './markdown/source-map';
import { splitSentences } from './text/sentences';
import { analyse, type Statement } from './analysis';
import { matcherFor } from './lexicon';
import type { Category } from './lexicon/types';
import { paragraphLanguage } from './lang';
import { RULES, type RawFinding } from './rules';
import type { ResolvedConfig } from './config';
import { message, problemText } from './messages';
import { fixesFor } from './fixes';
import { work } from './work';

/**
 * One `input` problem per stretch the parser could not read (stretches with only white space
 * between them count as one), in the document's language.
 */
export function unreadableProblems(
  parts: readonly Unreadable[],
  body: string,
  lines: LineIndex,
  lang: Lang,
): Problem[] {
  const merged: Unreadable[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && last.reason === p.reason && !body.slice(last.end, p.start).trim()) {
      last.end = Math.max(last.end, p.end);
    } else merged.push({ ...p });
  }
  const max = MAX_NESTING.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-US');
  return merged.map((p) => {
    const range = lines.range(p.start, p.end);
    const whole = !body.slice(0, p.start).trim() && !body.slice(p.end).trim();
    const from = String(range.start.line);
    const to = String(lines.position(Math.max(p.start, p.end - 1)).line);
    const scope = whole ? 'document' : from === to ? 'line' : 'lines';
    return {
      kind: 'input',
      range,
      message: problemText(`unreadable.${scope}.${p.reason}`, lang, { from, to, max }),
    };
  });
}

/** The line ending fixes insert: the document's first one. */
export function lineEnding(body: string): string {
  return /\r\n|\r|\n/.exec(body)?.[0] ?? '\n';
}

/** The statements of a unit (sentences of a paragraph; a heading or table row is one). */
export function analyseUnit(
  unit: ProseUnit,
  docLang: Lang,
  config: ResolvedConfig,
  headerCache: Map<number, Statement | undefined>,
): Statement[] {
  const unitLang = paragraphLanguage(unit, docLang);
  const matcher = matcherFor(unitLang, config.terms);
  const ranges: [number, number][] =
    unit.kind === 'paragraph' ? splitSentences(unit.text, unitLang) : trimmed(unit.text);
  return ranges.map(([s, e]) => {
    const statement = analyse(unit, s, e, unitLang, matcher);
    if (unit.kind === 'tableRow' && !unit.isHeaderRow) {
      statement.headerMatches = headerStatement(unit, unitLang, headerCache)?.matches;
    }
    return statement;
  });
}

/**
 * Run the rules on a unit's statements (from `analyseUnit`), with the nearest heading above the
 * unit. Gives every finding, suppressed or not, in the order the rules report them.
 */
export function checkUnit(
  statements: readonly Statement[],
  heading: Statement | undefined,
  config: ResolvedConfig,
  lines: LineIndex,
  eol: string,
  cxNote = false,
): Finding[] {
  const findings: Finding[] = [];
  let previous: Statement | undefined;
  for (const statement of statements) {
    work.engineSteps++;
    // Most statements name nothing a rule requires.
    for (const rule of statement.matches.size ? RULES : []) {
      work.engineSteps++;
      const severity = config.rules[rule.id];
      if (severity === 'off' || !namesAny(statement, rule.requires)) continue;
      work.ruleSteps++;
      for (const raw of rule.check({
        statement,
        previous,
        heading: statement.unit.kind === 'heading' ? undefined : heading,
        cxNote,
      })) {
        // `strict` shows only what the engine is sure of; `thorough` shows all.
        if (raw.confidence === 'low' && config.sensitivity === 'strict') continue;
        findings.push(toFinding(raw, rule.id, severity, statement, lines, eol));
      }
    }
    previous = statement;
  }
  return findings;
}

const CX_NOTE = /^\s*(CX note|CX-notitie)\s*:/i;

/**
 * Block ends of blocks directly followed by a CX note ("> **CX note:** …", which the
 * "Add a CX note" fix writes): the note scopes the block's claims beyond the digital product.
 */
export function blocksWithCxNote(units: readonly ProseUnit[]): Set<number> {
  const noted = new Set<number>();
  // j: the first unit after unit i that starts at or after its block's end. The rows of a table
  // share one block end, so j carries over from unit to unit (the units it passed start before
  // the previous end, so before this one), unless the block end goes back: a table of n rows
  // costs n steps, not n².
  let j = 0;
  let previousEnd = -1;
  for (let i = 0; i < units.length; i++) {
    const end = units[i]!.blockEnd;
    if (j <= i || end < previousEnd) j = i + 1;
    previousEnd = end;
    while (j < units.length && units[j]!.start < end) {
      work.engineSteps++;
      j++;
    }
    work.engineSteps++;
    const next = units[j];
    if (next && next.nested && mayBeCxNote(next.text) && CX_NOTE.test(next.text)) noted.add(end);
  }
  return noted;
}

/** Does the statement name one of the categories? */
function namesAny(statement: Statement, categories: readonly Category[]): boolean {
  for (const c of categories) if (statement.matches.has(c)) return true;
  return false;
}

/** Does the text start with "cx" (after white space)? Most units do not: no need to ask more. */
function mayBeCxNote(text: string): boolean {
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && (c < 128 || !WHITE_SPACE.test(text[i]!))) break;
  }
  work.engineSteps += i + 1;
  return (text.charCodeAt(i) | 32) === 99 && (text.charCodeAt(i + 1) | 32) === 120;
}
const WHITE_SPACE = /\s/;

/** The whole text as one statement, without surrounding white space (none when it is blank). */
function trimmed(text: string): [number, number][] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [[start, end]] : [];
}

/** Order findings by position, then rule id (stable). */
export function sortFindings(findings: Finding[]): void {
  findings.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId),
  );
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

/** Source offset (BOM-less) of unit-text offset `i`. */
function srcOffset(unit: ProseUnit, i: number): number {
  return unit.src[i] ?? unit.end;
}

/**
 * Source offset (BOM-less) of unit-text offset `i` as the end of a range: just after the
 * previous character, past the whole character reference it was decoded from (`source` is the
 * document).
 */
function srcEnd(unit: ProseUnit, i: number, source: string): number {
  return i > 0 ? sourceEnd(unit, i, source) : srcOffset(unit, i);
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
  work.engineSteps += raw.spans.length;
  // Each span's source offsets, once: the finding's spans and the rule's fixes both use them.
  const at = raw.spans.map((sp): [number, number] => {
    const u = sp.statement?.unit ?? unit;
    return [srcOffset(u, sp.at[0]), srcEnd(u, sp.at[1], lines.text)];
  });
  const spans: Span[] = raw.spans.map((sp, i) => ({
    role: sp.role,
    range: lines.range(at[i]![0], at[i]![1]),
    text: (sp.statement?.unit ?? unit).text.slice(sp.at[0], sp.at[1]),
  }));
  const stmtStart = srcOffset(unit, statement.start);
  const stmtEnd = srcEnd(unit, statement.end, lines.text);
  const findingStart = srcOffset(unit, raw.range[0]);
  const findingEnd = srcEnd(unit, raw.range[1], lines.text);
  const messageId = `${ruleId}/${raw.messageId}`;
  return {
    ruleId,
    severity,
    confidence: raw.confidence ?? 'high',
    range: lines.range(findingStart, findingEnd),
    statement: lines.range(stmtStart, stmtEnd),
    statementText: unit.text.slice(statement.start, statement.end),
    lang: statement.lang,
    messageId,
    messageArgs: raw.args,
    message: message(messageId, statement.lang, raw.args),
    spans,
    fixes: fixesFor({
      ruleId,
      lang: statement.lang,
      unit,
      statement: [stmtStart, stmtEnd],
      range: [findingStart, findingEnd],
      args: raw.args,
      messageId: raw.messageId,
      spans: raw.spans.map((sp, i) => ({ role: sp.role, at: at[i]! })),
      lines,
      eol,
    }),
  };
}
