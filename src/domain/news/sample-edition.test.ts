import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayKeyOf } from '../day';
import { splitSentences } from '../text/sentences';
import { articleKey } from './story';
import { parseSampleEdition, SAMPLE_EDITION_VERSION } from './sample-edition';

const json = JSON.parse(readFileSync(new URL('../../../public/sample-edition.json', import.meta.url), 'utf8')) as unknown;
const edition = parseSampleEdition(json);
const { stories } = edition;

describe('the sample edition', () => {
  it('is the version the app seeds', () => {
    expect(edition.version).toBe(SAMPLE_EDITION_VERSION);
  });

  it('has at least 30 stories, about two thirds English and one third Vietnamese', () => {
    expect(stories.length).toBeGreaterThanOrEqual(30);
    const vi = stories.filter((s) => s.lang === 'vi').length;
    const en = stories.filter((s) => s.lang === 'en').length;
    expect(en + vi).toBe(stories.length);
    expect(vi / stories.length).toBeGreaterThan(0.25);
    expect(vi / stories.length).toBeLessThan(0.42);
  });

  it('has unique ids and unique article links', () => {
    expect(new Set(stories.map((s) => s.id)).size).toBe(stories.length);
    const keys = stories.map((s) => articleKey(s.url)).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of stories) expect(s.url).toMatch(/^https:\/\//);
  });

  it('tells each story in 4 to 10 plain sentences', () => {
    for (const s of stories) {
      const n = splitSentences(s.text, s.lang).length;
      expect({ id: s.id, ok: n >= 4 && n <= 10 && !/[<>]/.test(s.text) }).toEqual({ id: s.id, ok: true });
    }
  });

  it('is dated over one fixed week, 28 January to 3 February 2025 (UTC+7)', () => {
    const days = new Set(stories.map((s) => dayKeyOf(s.publishedAt, 'Asia/Ho_Chi_Minh')));
    expect([...days].sort()).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03']);
  });

  it('carries the facts of the Nikkei interview in both languages', () => {
    const all = stories.map((s) => `${s.title} ${s.text}`).join('\n');
    for (const fact of ['Stargate', 'voice', '25 billion', 'o1', 'chips', 'giọng nói', '25 tỷ USD', 'chip']) expect(all).toContain(fact);
  });

  it('rejects a malformed edition with the reason', () => {
    expect(() => parseSampleEdition({ stories: [{ id: 'x', title: 't', source: 's', url: 'javascript:1', publishedAt: 'never', lang: 'en', text: 'x' }] })).toThrow(
      /story 0 \(x\): publishedAt must be a time; story 0 \(x\): url must be http\(s\)/,
    );
    expect(() => parseSampleEdition([])).toThrow(/no "stories" list/);
  });
});
