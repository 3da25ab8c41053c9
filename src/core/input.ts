// The text a lint starts from: without its BOM, with the configuration resolved; or, for text
// that is not linted (binary, too large), the result that says so.
import type { Lang, Problem } from './types';
import type { LintOptions, LintResult } from './engine';
import { defaultConfig, type ResolvedConfig } from './config';
import { textOverLimit, tooLargeMessage } from './limit';
import { problemText } from './messages';

/** Text ready to lint: without its BOM, with the configuration resolved. */
export interface LintInput {
  body: string;
  /** 1 when the text started with a BOM (stripped from `body`), else 0. */
  bom: number;
  config: ResolvedConfig;
}

/** Strip the BOM and resolve the configuration, or give the result for text that is not linted. */
export function prepareInput(
  text: string,
  options: LintOptions,
): LintInput | { result: LintResult } {
  const config = options.config ?? defaultConfig();
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  if (body.includes('\u0000')) {
    const lang = options.lang ?? 'en';
    return { result: empty(lang, [{ kind: 'input', message: problemText('binary', lang) }]) };
  }
  const tooLarge = textOverLimit(text.length, () => text, config.maxFileSize);
  if (tooLarge) {
    const lang = options.lang ?? 'en';
    return {
      result: empty(lang, [{ kind: 'input', message: tooLargeMessage(tooLarge, lang) }]),
    };
  }
  return { body, bom, config };
}

function empty(lang: Lang, problems: Problem[]): LintResult {
  return { findings: [], lang, langSource: 'option', suppressed: 0, problems };
}
