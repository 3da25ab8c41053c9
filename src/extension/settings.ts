// The `uxcx.*` settings, read as a `.uxcxrc.json` would be and validated by the engine.
import * as vscode from 'vscode';
import { RULE_IDS, defaultConfig, mergeConfig, parseConfig, type ResolvedConfig } from '../core';
import { log } from './log';

/** VS Code's display language, as far as the extension speaks it. */
export function uiLang(): 'en' | 'nl' {
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** When documents are linted. */
export type RunMode = 'onType' | 'onSave' | 'manual';

/** The `uxcx.run` setting. */
export function runMode(): RunMode {
  const mode = vscode.workspace.getConfiguration('uxcx').get<string>('run');
  return mode === 'onSave' || mode === 'manual' ? mode : 'onType';
}

let lastReported = '';

/** The configuration the settings describe for a resource (defaults filled in). */
export function settingsConfig(scope?: vscode.Uri): ResolvedConfig {
  const s = vscode.workspace.getConfiguration('uxcx', scope);
  const rules: Record<string, unknown> = {};
  for (const id of RULE_IDS) {
    const value = s.get<unknown>(`rules.${id}`);
    if (value !== undefined && value !== null) rules[id] = value;
  }
  const asFile: Record<string, unknown> = { rules };
  for (const key of ['lang', 'sensitivity', 'maxFileSize']) {
    const value = s.get<unknown>(key);
    if (value !== undefined && value !== null) asFile[key] = value;
  }
  const terms = s.get<unknown>('terms');
  if (terms && typeof terms === 'object' && Object.keys(terms).length > 0) asFile.terms = terms;

  // The engine validates settings exactly as it validates a config file.
  const text = JSON.stringify(asFile, null, 1);
  const { config, problems } = parseConfig(text, 'settings');
  const report = problems.map((p) => p.message).join('\n');
  if (report && report !== lastReported) {
    for (const p of problems) log().warn(`Settings (uxcx.*): ${p.message}`);
  }
  lastReported = report;
  return mergeConfig(defaultConfig(), config);
}
