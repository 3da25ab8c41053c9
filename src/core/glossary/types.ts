// The shape of the field's glossary: terms a reader can hover for a definition.
import type { Lang } from '../types';

/** Whether a term belongs to user experience, customer experience, or is shared vocabulary. */
export type GlossaryScope = 'ux' | 'cx' | 'both';

/** One glossary entry with its surface forms and definition in both languages. */
export interface GlossaryEntry {
  /** Stable id, kebab-case, e.g. `customer-journey`. */
  id: string;
  scope: GlossaryScope;
  /** Surface forms that trigger the hover, per language (matched case-insensitively as whole words). */
  terms: Record<Lang, string[]>;
  /** One or two sentences, in each language. */
  definition: Record<Lang, string>;
  /** Where the definition comes from (a citable source). */
  source: { title: string; url?: string };
}
