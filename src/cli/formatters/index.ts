// The output formats, by name.
import { github } from './github';
import { json } from './json';
import { html, markdown } from './report';
import { sarif } from './sarif';
import { stylish } from './stylish';
import type { Formatter } from './types';

export type { FileReport, FormatContext, Formatter } from './types';

export const FORMATTERS = {
  stylish,
  json,
  sarif,
  github,
  html,
  markdown,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
