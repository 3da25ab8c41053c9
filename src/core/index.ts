// The engine's public interface: everything the CLI and the extension may use.
export * from './types';
export { lint, type LintOptions, type LintResult } from './engine';
export {
  parseConfig,
  mergeConfig,
  defaultConfig,
  isPlainTerm,
  CONFIG_FILE_NAME,
  DEFAULT_MAX_FILE_SIZE,
  EXTENSIBLE_CATEGORIES,
  type ConfigFile,
  type ResolvedConfig,
} from './config';
export { RULES, RULE_IDS, ruleById, ruleDocsUrl } from './rules';
export { MESSAGES, message } from './messages';
export { asLang } from './lang';
export { GLOSSARY } from './glossary/data';
export type { GlossaryEntry, GlossaryScope } from './glossary/types';
