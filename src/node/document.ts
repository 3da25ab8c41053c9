// Reading a document from disk the way the engine wants it: size-checked, binary-checked, decoded.
import * as fs from 'node:fs/promises';
import type { Problem } from '../core';
import { bytesOverLimit, tooLargeMessage, type TooLarge } from '../core/limit';
import { errorReason } from './config';

/** How much of the start of a file is searched for a NUL byte. */
export const BINARY_SNIFF_BYTES = 8 * 1024;

/** Why a document was not read. `unreadable` is an error; the others are deliberate skips. */
export type SkipCause = 'too-large' | 'binary' | 'unreadable';

export type ReadDocumentResult =
  { text: string; problems: Problem[] } | { skipped: string; cause: SkipCause };

/** Read a document: files over `maxFileSize` bytes are skipped before they are read. */
export async function readDocument(file: string, maxFileSize: number): Promise<ReadDocumentResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { skipped: 'it is a folder', cause: 'unreadable' };
    const over = bytesOverLimit(stat.size, maxFileSize);
    if (over) return tooLarge(over);
    return decodeDocument(await fs.readFile(file), maxFileSize, file);
  } catch (error) {
    return { skipped: errorReason(error), cause: 'unreadable' };
  }
}

/** Decode bytes read elsewhere (standard input): the same checks as `readDocument`. */
export function decodeDocument(
  bytes: Uint8Array,
  maxFileSize: number,
  file?: string,
): ReadDocumentResult {
  const over = bytesOverLimit(bytes.length, maxFileSize);
  if (over) return tooLarge(over);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { skipped: 'it looks binary (it contains NUL bytes)', cause: 'binary' };
  }
  try {
    // ignoreBOM keeps a BOM in the text: the engine counts offsets from it and columns without it.
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      problems: [],
    };
  } catch {
    const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
    const problem: Problem = {
      kind: 'input',
      message:
        'The file is not valid UTF-8; invalid bytes were read as U+FFFD replacement characters.',
    };
    if (file !== undefined) problem.file = file;
    return { text, problems: [problem] };
  }
}

function tooLarge(over: TooLarge): ReadDocumentResult {
  return { skipped: tooLargeMessage(over, 'en'), cause: 'too-large' };
}
