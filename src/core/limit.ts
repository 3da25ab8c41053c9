// The one size limit (`maxFileSize`, in UTF-8 bytes): checked the same way by the engine, the CLI
// and the editor, and reported with one message, in the reader's language.
import { problemText } from './messages';
import type { Lang } from './types';

/** A text over the limit: its size and the limit, in bytes. */
export interface TooLarge {
  bytes: number;
  limit: number;
}

/** Whether `bytes` passes `limit`. */
export function bytesOverLimit(bytes: number, limit: number): TooLarge | undefined {
  return bytes > limit ? { bytes, limit } : undefined;
}

/**
 * Whether a text of `length` UTF-16 units passes `limit` in UTF-8 bytes. A unit takes at most
 * three bytes, so the text (`text()`, which may be costly to get) is counted only when that can
 * matter.
 */
export function textOverLimit(
  length: number,
  text: () => string,
  limit: number,
): TooLarge | undefined {
  return length * 3 <= limit ? undefined : bytesOverLimit(utf8Length(text()), limit);
}

/** The message for a text over the limit. */
export function tooLargeMessage({ bytes, limit }: TooLarge, lang: Lang): string {
  return problemText('too-large', lang, { bytes: String(bytes), limit: String(limit) });
}

/** The UTF-8 length of `text` in bytes (a lone surrogate, as TextEncoder writes it: 3). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
