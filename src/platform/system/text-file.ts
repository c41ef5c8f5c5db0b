// Reads a feed file the person chose in its own encoding, refusing sizes that would freeze the page.
import { decodeFeedBytes } from '../feeds/decode-feed';

/** Largest feed file accepted (JSON Feed files of 10,000 stories are about 10 MB). */
export const MAX_FEED_FILE_BYTES = 50 * 1024 * 1024;

export type FileReadResult = { ok: true; text: string } | { ok: false; problem: 'too-large' | 'unreadable'; size: number };

export async function readTextFile(file: Blob, maxBytes = MAX_FEED_FILE_BYTES): Promise<FileReadResult> {
  if (file.size > maxBytes) return { ok: false, problem: 'too-large', size: file.size };
  try {
    return { ok: true, text: decodeFeedBytes(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return { ok: false, problem: 'unreadable', size: file.size };
  }
}
