// Configuration: the `.uxcxrc.json` shape, defaults, and validation with exact error places.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Lang, Problem, RuleId, Sensitivity, Severity } from './types';
import { LANGS, SENSITIVITIES, SEVERITIES } from './types';
import { RULE_IDS, ruleById } from './rules';
import type { Category } from './lexicon/types';
import type { ExtraTerms } from './lexicon';
import { LineIndex } from './text/lines';

/** A rule setting as written: off, a severity, or true/false. */
export type RuleSetting = 'off' | Severity | boolean;

/** The file format of `.uxcxrc.json`. */
export interface ConfigFile {
  $schema?: string;
  rules?: Partial<Record<RuleId, RuleSetting>>;
  lang?: 'auto' | Lang;
  sensitivity?: Sensitivity;
  terms?: ExtraTerms;
  ignore?: string[];
  maxFileSize?: number;
}

/** Configuration the engine runs with: every field resolved. */
export interface ResolvedConfig {
  rules: Record<RuleId, Severity | 'off'>;
  lang: 'auto' | Lang;
  /** `strict`: only findings of high confidence; `thorough`: all. */
  sensitivity: Sensitivity;
  terms: ExtraTerms;
  ignore: string[];
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
}

export const CONFIG_FILE_NAME = '.uxcxrc.json';
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Categories a user may extend with plain words. */
export const EXTENSIBLE_CATEGORIES: readonly Category[] = [
  'uxMeans',
  'uxRole',
  'cxOutcome',
  'link',
  'negation',
  'hedge',
  'offlineTouchpoint',
  'digitalTouchpoint',
  'cxWork',
  'vague',
  'unrelated',
];

/** The defaults: every rule at its default severity, language detected. */
export function defaultConfig(): ResolvedConfig {
  const rules = {} as Record<RuleId, Severity | 'off'>;
  for (const id of RULE_IDS) rules[id] = ruleById(id)!.defaultSeverity;
  return {
    rules,
    lang: 'auto',
    sensitivity: 'strict',
    terms: {},
    ignore: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
  };
}

/** Apply a (validated) config file over a resolved configuration. */
export function mergeConfig(base: ResolvedConfig, file: ConfigFile): ResolvedConfig {
  const rules = { ...base.rules };
  for (const [id, setting] of Object.entries(file.rules ?? {})) {
    const rule = ruleById(id);
    if (!rule) continue;
    rules[rule.id] =
      setting === false || setting === 'off'
        ? 'off'
        : setting === true
          ? rule.defaultSeverity
          : setting;
  }
  return {
    rules,
    lang: file.lang ?? base.lang,
    sensitivity: file.sensitivity ?? base.sensitivity,
    terms: file.terms ?? base.terms,
    ignore: [...base.ignore, ...(file.ignore ?? [])],
    maxFileSize: file.maxFileSize ?? base.maxFileSize,
  };
}

export interface ConfigParseResult {
  /** The valid parts of the file (invalid parts are left out). */
  config: ConfigFile;
  problems: Problem[];
}

/** Parse and validate `.uxcxrc.json` text. Never throws; problems name the file and the place. */
export function parseConfig(text: string, file: string): ConfigParseResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const problem = (offset: number, length: number, message: string): void => {
    problems.push({ file, kind: 'config', range: lines.range(offset, offset + length), message });
  };
  if (errors.length > 0 || !root) {
    const e = errors[0];
    problem(
      e?.offset ?? 0,
      e?.length ?? 0,
      `Invalid JSON: ${e ? printParseErrorCode(e.error) : 'empty file'}.`,
    );
    return { config: {}, problems };
  }
  if (root.type !== 'object') {
    problem(root.offset, root.length, 'The configuration must be a JSON object.');
    return { config: {}, problems };
  }
  const config: ConfigFile = {};
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const at = (n: Node, msg: string): void => problem(n.offset, n.length, msg);
    switch (key) {
      case '$schema':
        if (valueNode.type === 'string') config.$schema = String(valueNode.value);
        break;
      case 'lang':
        if (
          valueNode.type === 'string' &&
          (valueNode.value === 'auto' || LANGS.includes(valueNode.value as Lang))
        ) {
          config.lang = valueNode.value as Lang | 'auto';
        } else
          at(
            valueNode,
            `"lang" must be "auto", "en" or "nl" (found ${JSON.stringify(valueNode.value)}).`,
          );
        break;
      case 'sensitivity':
        if (valueNode.type === 'string' && SENSITIVITIES.includes(valueNode.value as Sensitivity)) {
          config.sensitivity = valueNode.value as Sensitivity;
        } else {
          at(
            valueNode,
            `"sensitivity" must be "strict" or "thorough" (found ${JSON.stringify(valueNode.value)}).`,
          );
        }
        break;
      case 'rules':
        config.rules = validateRules(valueNode, at);
        break;
      case 'terms':
        config.terms = validateTerms(valueNode, at);
        break;
      case 'ignore':
        if (valueNode.type === 'array' && valueNode.children?.every((c) => c.type === 'string')) {
          config.ignore = valueNode.children.map((c) => String(c.value));
        } else at(valueNode, '"ignore" must be an array of glob strings.');
        break;
      case 'maxFileSize':
        if (valueNode.type === 'number' && Number(valueNode.value) > 0) {
          config.maxFileSize = Number(valueNode.value);
        } else at(valueNode, '"maxFileSize" must be a positive number of bytes.');
        break;
      default:
        at(
          keyNode,
          `Unknown setting "${key}". Known: rules, lang, sensitivity, terms, ignore, maxFileSize.`,
        );
    }
  }
  return { config, problems };
}

type At = (n: Node, msg: string) => void;

function validateRules(node: Node, at: At): ConfigFile['rules'] {
  if (node.type !== 'object') {
    at(
      node,
      '"rules" must be an object of rule ids to "off", "error", "warning", "info", true or false.',
    );
    return undefined;
  }
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const prop of node.children ?? []) {
    const [k, v] = prop.children ?? [];
    if (!k || !v) continue;
    const id = String(k.value);
    if (!ruleById(id)) {
      at(k, `Unknown rule "${id}". Known rules: ${RULE_IDS.join(', ')}.`);
      continue;
    }
    const value: unknown = v.value;
    if (typeof value === 'boolean' || value === 'off' || SEVERITIES.includes(value as Severity)) {
      rules[id as RuleId] = value as RuleSetting;
    } else {
      at(
        v,
        `Rule "${id}": expected "off", "error", "warning", "info", true or false (found ${JSON.stringify(value)}).`,
      );
    }
  }
  return rules;
}

function validateTerms(node: Node, at: At): ExtraTerms | undefined {
  if (node.type !== 'object') {
    at(node, '"terms" must be an object: { "en": { "cxOutcome": ["…"] }, "nl": { … } }.');
    return undefined;
  }
  const terms: ExtraTerms = {};
  for (const langProp of node.children ?? []) {
    const [lk, lv] = langProp.children ?? [];
    if (!lk || !lv) continue;
    const lang = String(lk.value) as Lang;
    if (!LANGS.includes(lang)) {
      at(lk, `Unknown language "${lang}" in "terms". Use "en" or "nl".`);
      continue;
    }
    if (lv.type !== 'object') {
      at(lv, `"terms.${lang}" must be an object of categories to word lists.`);
      continue;
    }
    const byCat: Partial<Record<Category, string[]>> = {};
    for (const catProp of lv.children ?? []) {
      const [ck, cv] = catProp.children ?? [];
      if (!ck || !cv) continue;
      const cat = String(ck.value) as Category;
      if (!EXTENSIBLE_CATEGORIES.includes(cat)) {
        at(ck, `Unknown term category "${cat}". Known: ${EXTENSIBLE_CATEGORIES.join(', ')}.`);
        continue;
      }
      const words = cv.type === 'array' ? (cv.children ?? []) : [];
      const bad = words.find((w) => w.type !== 'string' || !isPlainTerm(String(w.value)));
      if (cv.type !== 'array' || bad) {
        at(
          bad ?? cv,
          `"terms.${lang}.${cat}" must be a list of plain words (letters, digits, spaces, hyphens; at most 80 characters).`,
        );
        continue;
      }
      byCat[cat] = words.map((w) => String(w.value));
    }
    terms[lang] = byCat;
  }
  return terms;
}

/** Configured terms are plain words, never patterns. */
export function isPlainTerm(term: string): boolean {
  return term.trim().length > 0 && term.length <= 80 && /^[\p{L}\p{M}\p{N}' \-/]+$/u.test(term);
}
