// Validation and identity of stories: what may be stored, and when two stories are the same one.
import type { Story } from '../types';

/** An http(s) URL in canonical form, or '' for anything else (javascript:, data:, relative, malformed). */
export function safeHttpUrl(value: unknown, base?: string): string {
  if (typeof value !== 'string' || !value.trim()) return '';
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src)$/i;

/**
 * The key two links share when they point at the same article: host lower-cased without "www.",
 * no fragment, no tracking parameters, no trailing slash. Null for a site's front page,
 * which many stories link to and which therefore says nothing about identity.
 */
export function articleKey(url: string): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const path = u.pathname.replace(/\/+$/, '');
  const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => a.localeCompare(b));
  if (!path && params.length === 0) return null;
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${u.hostname.replace(/^www\./, '')}${path}${query}`;
}

/** Problems that make a raw object unfit to be a story, in words; empty when it is fit. */
export function storyProblems(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return ['not an object'];
  const s = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['id', 'title', 'source', 'lang', 'text'] as const) {
    if (typeof s[field] !== 'string') problems.push(`${field} must be text`);
  }
  if (typeof s.id === 'string' && !s.id.trim()) problems.push('id is empty');
  if (typeof s.title === 'string' && typeof s.text === 'string' && !s.title.trim() && !s.text.trim()) problems.push('no title and no text');
  if (typeof s.publishedAt !== 'number' || !Number.isFinite(s.publishedAt)) problems.push('publishedAt must be a time');
  if (s.sourceId !== undefined && typeof s.sourceId !== 'string') problems.push('sourceId must be text');
  if (typeof s.url !== 'string' || (s.url !== '' && safeHttpUrl(s.url) !== s.url)) problems.push('url must be http(s)');
  return problems;
}

/** True when the value is a storable story. */
export function isStory(raw: unknown): raw is Story {
  return storyProblems(raw).length === 0;
}
