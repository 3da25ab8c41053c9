// Pure helpers of the explainer page: no DOM, no VS Code API, plain data in and out.
// Loaded by the page after sidebar-rules.js (its rule order) and before sidebar.js (sets
// globalThis.uxcxSidebarModel); `require`able in tests.
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module && module.exports) {
    // In Node (tests, the report) the rules come by require; in the page, as the script before.
    // eslint-disable-next-line @typescript-eslint/no-require-imports, no-undef
    module.exports = factory(require('./sidebar-rules.js'));
  } else {
    /** @type {any} */ (root).uxcxSidebarModel = factory(
      /** @type {any} */ (root).uxcxSidebarRules,
    );
  }
})(typeof globalThis !== 'undefined' ? globalThis : this, function (rules) {
  'use strict';

  /** The rules in the order the page lists them (the engine's registry order). */
  const RULE_ORDER = rules.ORDER;

  /** When two spans cover the same character, the earlier role here wins. */
  const ROLE_PRIORITY = ['cxOutcome', 'uxMeans', 'uxRole', 'link', 'term', 'context'];

  /** The order roles are listed in a legend (the order a claim reads in). */
  const ROLE_LEGEND_ORDER = ['uxMeans', 'uxRole', 'link', 'cxOutcome', 'term', 'context'];

  const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
  const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
  const isInt = (x) => typeof x === 'number' && Number.isSafeInteger(x);

  /**
   * Fills `{name}` placeholders in one pass; values are never scanned again (so `{x}` in a value
   * stays); `{Name}` fills with the first letter capitalised. The same as the engine's `format`
   * (src/core/texts), which the page cannot import.
   */
  function format(template, args) {
    return String(template).replace(/\{(\w+)\}/g, (whole, name) => {
      const lower = name.charAt(0).toLowerCase() + name.slice(1);
      if (!args || !hasOwn(args, lower)) return whole;
      const value = String(args[lower]);
      return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
    });
  }

  /** Shortens text to `max` characters (whole code points) with an ellipsis. */
  function truncate(text, max) {
    const chars = Array.from(String(text).replace(/\s+/g, ' ').trim());
    return chars.length <= max
      ? chars.join('')
      : chars
          .slice(0, max - 1)
          .join('')
          .trimEnd() + '…';
  }

  function isRange(r) {
    return (
      isObject(r) &&
      isObject(r.start) &&
      isObject(r.end) &&
      isInt(r.start.offset) &&
      isInt(r.end.offset) &&
      isInt(r.start.line) &&
      r.start.offset <= r.end.offset
    );
  }

  function isFinding(f) {
    return (
      isObject(f) &&
      typeof f.ruleId === 'string' &&
      typeof f.statementText === 'string' &&
      typeof f.message === 'string' &&
      (f.lang === 'en' || f.lang === 'nl') &&
      (f.severity === 'error' || f.severity === 'warning' || f.severity === 'info') &&
      isRange(f.range) &&
      isRange(f.statement) &&
      Array.isArray(f.spans) &&
      f.spans.every(
        (s) =>
          isObject(s) &&
          typeof s.role === 'string' &&
          typeof s.text === 'string' &&
          isRange(s.range),
      ) &&
      Array.isArray(f.fixes) &&
      f.fixes.every((x) => isObject(x) && typeof x.title === 'string' && Array.isArray(x.edits)) &&
      (f.messageArgs === undefined || isObject(f.messageArgs))
    );
  }

  /** The state if it is well formed (as the extension sends it), otherwise null. */
  function readState(x) {
    if (!isObject(x) || typeof x.isMarkdown !== 'boolean' || !Array.isArray(x.findings))
      return null;
    if (!x.findings.every(isFinding)) return null;
    const lang = (v) => (v === 'nl' ? 'nl' : 'en');
    const selected =
      isInt(x.selected) && x.selected >= 0 && x.selected < x.findings.length
        ? x.selected
        : undefined;
    return {
      uri: typeof x.uri === 'string' ? x.uri : undefined,
      fileName: typeof x.fileName === 'string' ? x.fileName : undefined,
      isMarkdown: x.isMarkdown,
      lang: lang(x.lang),
      uiLang: lang(x.uiLang),
      findings: x.findings,
      selected,
    };
  }

  const isStrings = (x) => Array.isArray(x) && x.every((t) => typeof t === 'string');

  function isGlossaryEntry(e) {
    return (
      isObject(e) &&
      typeof e.id === 'string' &&
      (e.scope === 'ux' || e.scope === 'cx' || e.scope === 'both') &&
      isObject(e.terms) &&
      isStrings(e.terms.en) &&
      isStrings(e.terms.nl) &&
      isObject(e.definition) &&
      typeof e.definition.en === 'string' &&
      typeof e.definition.nl === 'string' &&
      (e.source === undefined || (isObject(e.source) && typeof e.source.title === 'string'))
    );
  }

  /** The well-formed glossary entries of an untrusted value (an empty list if it is not a list). */
  function readGlossary(x) {
    return Array.isArray(x) ? x.filter(isGlossaryEntry) : [];
  }

  /** The document's name to show: its file name, or the last part of its URI. */
  function fileLabel(state) {
    if (!state) return '';
    if (state.fileName) return state.fileName;
    const last =
      String(state.uri || '')
        .split(/[/\\:]/)
        .pop() || '';
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  }

  /** Which screen the page shows: no editor, not Markdown, no findings, or the findings. */
  function viewKind(state) {
    if (!state || state.uri === undefined) return 'no-editor';
    if (!state.isMarkdown) return 'not-markdown';
    return state.findings.length === 0 ? 'empty' : 'findings';
  }

  /**
   * Findings grouped by rule, in rule order (unknown rules last), each group sorted by position.
   * Items keep their index into `findings`, which is what the extension understands.
   */
  function groupByRule(findings) {
    const groups = new Map();
    findings.forEach((finding, index) => {
      if (!groups.has(finding.ruleId)) groups.set(finding.ruleId, []);
      groups.get(finding.ruleId).push({ index, finding });
    });
    const rank = (id) => {
      const i = RULE_ORDER.indexOf(id);
      return i === -1 ? RULE_ORDER.length : i;
    };
    return [...groups.entries()]
      .sort((a, b) => rank(a[0]) - rank(b[0]))
      .map(([ruleId, items]) => ({
        ruleId,
        items: items.sort((a, b) => a.finding.range.start.offset - b.finding.range.start.offset),
      }));
  }

  /** The short label of a finding in the list: its line and the phrase that matters. */
  function shortLabel(finding) {
    const args = isObject(finding.messageArgs) ? finding.messageArgs : {};
    const main = finding.spans.find((s) => s.role === 'cxOutcome' || s.role === 'term');
    const phrase =
      [args.outcome, args.term, args.journey, main && main.text].find(
        (p) => typeof p === 'string' && p.trim() !== '',
      ) || finding.statementText;
    return { line: finding.range.start.line, phrase: truncate(phrase, 60) };
  }

  /**
   * Where a span lies in the statement text, as [start, end) character offsets, or null when the
   * span is outside the statement (e.g. the UX means of the previous sentence). The offset relative
   * to the statement is tried first; when inline markup or table padding shifts it, the occurrence
   * of the span's text nearest to that offset is used.
   */
  function locateSpan(finding, span) {
    const stmt = finding.statement;
    if (span.range.start.offset < stmt.start.offset || span.range.end.offset > stmt.end.offset) {
      return null;
    }
    const text = finding.statementText;
    const want = span.text;
    if (want === '') return null;
    const guess = span.range.start.offset - stmt.start.offset;
    if (text.startsWith(want, guess)) return [guess, guess + want.length];
    let best = null;
    for (let i = text.indexOf(want); i !== -1; i = text.indexOf(want, i + 1)) {
      if (best === null || Math.abs(i - guess) < Math.abs(best - guess)) best = i;
    }
    return best === null ? null : [best, best + want.length];
  }

  /**
   * The statement cut into segments of plain text and highlighted spans, plus the spans that lie
   * outside it. Overlapping spans are resolved by ROLE_PRIORITY.
   */
  function statementSegments(finding) {
    const text = finding.statementText;
    const roles = new Array(text.length).fill(null);
    const outside = [];
    const rank = (role) => {
      const i = ROLE_PRIORITY.indexOf(role);
      return i === -1 ? ROLE_PRIORITY.length : i;
    };
    for (const span of finding.spans) {
      const at = locateSpan(finding, span);
      if (!at) {
        const before = span.range.end.offset <= finding.statement.start.offset;
        outside.push({ role: span.role, text: span.text, before, line: span.range.start.line });
        continue;
      }
      for (let i = at[0]; i < at[1]; i++) {
        if (roles[i] === null || rank(span.role) < rank(roles[i])) roles[i] = span.role;
      }
    }
    const segments = [];
    for (let i = 0; i < text.length; i++) {
      const last = segments[segments.length - 1];
      if (last && last.role === roles[i]) last.text += text[i];
      else segments.push({ text: text[i], role: roles[i] });
    }
    return { segments, outside };
  }

  /**
   * The preferred fix as something to read: the whole statement rewritten when its edit lies in the
   * statement and the statement text maps one to one onto the document, otherwise the new text.
   */
  function rewrite(finding) {
    const fix = finding.fixes.find((f) => f.preferred === true);
    const edit = fix && fix.edits[0];
    if (!edit || typeof edit.newText !== 'string' || !isRange(edit.range)) return null;
    const stmt = finding.statement;
    const a = edit.range.start.offset - stmt.start.offset;
    const b = edit.range.end.offset - stmt.start.offset;
    const text = finding.statementText;
    const oneToOne = text.length === stmt.end.offset - stmt.start.offset;
    if (oneToOne && a >= 0 && b <= text.length) {
      const result = text.slice(0, a) + edit.newText + text.slice(b);
      return { mode: 'statement', text: result.trim(), title: fix.title };
    }
    const mode = a === b ? 'addition' : 'replacement';
    return { mode, text: edit.newText.trim(), title: fix.title };
  }

  /** Titles of the fixes other than the preferred one and "disable for this line". */
  function otherFixTitles(finding) {
    return finding.fixes
      .filter((f) => f.preferred !== true && f.kind !== 'disable-line')
      .map((f) => f.title);
  }

  /** Index to move to from `current` for a list key, or null when the key does not move. */
  function nextIndex(current, key, count) {
    if (count <= 0) return null;
    switch (key) {
      case 'ArrowDown':
        return Math.min(current + 1, count - 1);
      case 'ArrowUp':
        return Math.max(current - 1, 0);
      case 'Home':
        return 0;
      case 'End':
        return count - 1;
      default:
        return null;
    }
  }

  /** Lower case without accents, so "intuitief" finds "intuïtief". */
  function fold(text) {
    return String(text)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  }

  const ACRONYMS = new Set([
    'ux',
    'cx',
    'nps',
    'sus',
    'csat',
    'ces',
    'voc',
    'ixd',
    'wcag',
    'cxi',
    'kpi',
    'kcc',
  ]);

  /** A term for display: acronyms in capitals; with `heading`, the first letter capitalised too. */
  function displayTerm(term, heading) {
    const s = String(term)
      .split(/(\s+|-)/)
      .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w))
      .join('');
    return heading ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  }

  /** The title and the other names of a glossary entry in `lang` (plural and spelling variants left out). */
  function glossaryNames(entry, lang) {
    const terms = (entry.terms && entry.terms[lang]) || [];
    const seen = [];
    const key = (t) => fold(t).replace(/[-\s]+/g, '');
    const names = [];
    for (const t of terms) {
      const k = key(t);
      const variant = seen.some((s) => k === s || k === s + 's' || k === s + 'en' || k === s + 'e');
      seen.push(k);
      if (!variant) names.push(t);
    }
    return {
      title: displayTerm(names[0] || entry.id, true),
      aliases: names.slice(1).map((t) => displayTerm(t, false)),
    };
  }

  /**
   * Glossary entries matching `query` (every word must occur in a term, in either language, or in
   * the definition in `lang`), sorted with term matches before definition-only matches.
   */
  function filterGlossary(entries, query, lang) {
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return entries.slice();
    const scored = [];
    for (const entry of entries) {
      const terms = fold([...(entry.terms.en || []), ...(entry.terms.nl || [])].join(' | '));
      const definition = fold((entry.definition && entry.definition[lang]) || '');
      if (!words.every((w) => terms.includes(w) || definition.includes(w))) continue;
      scored.push({ entry, inTerms: words.every((w) => terms.includes(w)) });
    }
    return scored
      .filter((s) => s.inTerms)
      .concat(scored.filter((s) => !s.inTerms))
      .map((s) => s.entry);
  }

  /** The URL if it is an absolute https URL, otherwise null (no javascript:, data:, file:…). */
  function safeHttpsUrl(url) {
    if (typeof url !== 'string') return null;
    try {
      const u = new URL(url);
      return u.protocol === 'https:' && u.username === '' && u.password === '' ? u.href : null;
    } catch {
      return null;
    }
  }

  return Object.freeze({
    RULE_ORDER,
    ROLE_LEGEND_ORDER,
    format,
    truncate,
    readState,
    readGlossary,
    viewKind,
    fileLabel,
    groupByRule,
    shortLabel,
    locateSpan,
    statementSegments,
    rewrite,
    otherFixTitles,
    nextIndex,
    fold,
    displayTerm,
    glossaryNames,
    filterGlossary,
    safeHttpsUrl,
  });
});
