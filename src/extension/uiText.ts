// The editor's own words (status bar, notifications, pickers) in VS Code's display language: the
// catalogues' `ui` section (src/core/texts), filled by the one formatter.
import { text, type Catalogue } from '../core/texts';
import { uiLang } from './settings';

/** A text of the editor's UI in VS Code's display language. */
export function uiText(
  key: keyof Catalogue['ui'],
  args?: Readonly<Record<string, string | number>>,
): string {
  return text(uiLang(), 'ui', key, args);
}
