// Quotes that more than one rule's explanation cites.
import type { Quote } from './rule';

export const WALTERS: Quote = {
  text: 'A great user experience won’t save a broken customer experience.',
  by: 'Jeannie Walters',
  lang: 'en',
};
