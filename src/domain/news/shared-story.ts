// A link or text shared to Earshot from another app (Web Share Target) becomes a story of today.
import { detectLanguage } from '../text/detect-language';
import type { Story } from '../types';
import { articleKey, safeHttpUrl } from './story';

export interface SharedInput {
  title?: string | null;
  text?: string | null;
  url?: string | null;
}

export const SHARED_SOURCE = 'shared';

/** A small stable hash for ids of shared texts without a link. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** The story a share makes, or null when it carries nothing to read. Apps often put the link inside the text. */
export function sharedStory(input: SharedInput, now: number): Story | null {
  const rawText = (input.text ?? '').trim();
  const linkInText = /\bhttps?:\/\/\S+/i.exec(rawText)?.[0] ?? '';
  const url = safeHttpUrl(input.url ?? '') || safeHttpUrl(linkInText);
  const text = rawText.replace(linkInText, '').replace(/\s+/g, ' ').trim();
  const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  const title = (input.title ?? '').trim().replace(/\s+/g, ' ') || text.split(/(?<=[.!?])\s/)[0]?.slice(0, 140) || host;
  if (!title) return null;
  return {
    id: `${SHARED_SOURCE}:${articleKey(url) ?? hash(`${title}\n${text}`)}`,
    title,
    source: host || 'Shared',
    url,
    publishedAt: now,
    lang: detectLanguage(`${title} ${text}`),
    text: text || title,
    sourceId: SHARED_SOURCE,
  };
}
