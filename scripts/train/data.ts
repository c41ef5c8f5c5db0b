// The training data of the command model: MASSIVE 1.1 (train and dev partitions only; ../shared, read at run time),
// the project's written tuned sets (tests/fixtures/commands: vi.tsv, vi-more.tsv, en.tsv), and commands generated
// from the grammar's own phrase lists. Held-out sets and MASSIVE's test partition are never read here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/domain/command/grammar-en';
import { vi } from '../../src/domain/command/grammar-vi';
import type { Grammar, Intent } from '../../src/domain/command/types';
import { foldDiacritics } from '../../src/domain/text/normalize';
import type { Lang } from '../../src/domain/types';
import { hashUnit } from '../seeded-random';

export interface Example {
  text: string;
  lang: Lang;
  /** One of our intents, or 'none' for anything meant for another assistant. */
  label: Intent;
  /** MASSIVE's own intent for another assistant's request ("weather_query"), where known. */
  fine?: string;
  /** Slot spans as labelled: topics (T) and outlets (S), each the words as they appear in the text. */
  slots: { kind: 'T' | 'S'; words: string }[] | null;
  split: 'train' | 'dev';
  source: string;
}

const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED = process.env.EARSHOT_SHARED ?? join(ROOT, '..', 'shared');

/** media_type values that name a kind of news, not an outlet (decided from MASSIVE's train rows). */
const NOT_OUTLETS = new Set(
  [
    'latest', 'newest', 'new', 'recent', 'top', 'breaking', 'headlines', 'headline', 'news', 'local', 'international', 'world',
    'business', 'financial', 'finance', 'sports', 'sport', 'technology', 'tech', 'entertainment', 'political', 'politics', 'health',
    'mới nhất', 'mới', 'nóng', 'nổi bật', 'hàng đầu', 'tài chính', 'kinh doanh', 'tài chính kinh doanh', 'thể thao', 'công nghệ', 'quốc tế',
    'địa phương', 'giải trí', 'chính trị', 'sức khỏe', 'tin tức', 'tiêu đề',
  ].map((w) => foldDiacritics(w)),
);

export function isOutletName(value: string): boolean {
  const words = foldDiacritics(value.toLowerCase()).replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length > 0 && !words.every((w) => NOT_OUTLETS.has(w)) && !NOT_OUTLETS.has(words.join(' '));
}

/** Slots of a MASSIVE annotation: news_topic (and person or place when there is no topic) as topics; outlets. */
export function massiveSlots(annot: string): { kind: 'T' | 'S'; words: string }[] {
  const all = [...annot.matchAll(/\[(\w+) : ([^\]]+)\]/g)].map((m) => ({ type: m[1], words: m[2].trim() }));
  const topics = all.filter((s) => s.type === 'news_topic');
  const others = topics.length > 0 ? [] : all.filter((s) => s.type === 'person' || s.type === 'place_name');
  return [
    ...[...topics, ...others].map((s) => ({ kind: 'T' as const, words: s.words })),
    ...all.filter((s) => s.type === 'media_type' && isOutletName(s.words)).map((s) => ({ kind: 'S' as const, words: s.words })),
  ];
}

export function massiveExamples(): Example[] {
  const out: Example[] = [];
  for (const [locale, lang] of [['en-US', 'en'], ['vi-VN', 'vi']] as const) {
    const file = join(SHARED, 'eval', 'commands', 'massive', 'full', `${locale}.tsv`);
    if (!existsSync(file)) throw new Error(`MASSIVE not found at ${file}: the model trains on it (set EARSHOT_SHARED)`);
    const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
    const cols = header.split('\t');
    const at = (n: string) => cols.indexOf(n);
    for (const line of lines) {
      const c = line.split('\t');
      const split = c[at('partition')];
      // The test partition is for the figures the README reports, never for training or choosing settings.
      if (split !== 'train' && split !== 'dev') continue;
      const news = c[at('intent')] === 'news_query';
      out.push({
        text: c[at('utterance')],
        lang,
        label: news ? 'brief' : 'none',
        fine: news ? undefined : c[at('intent')],
        slots: news ? massiveSlots(c[at('annot_utt')]) : null,
        split,
        source: `massive-${locale}`,
      });
    }
  }
  return out;
}

/** The project's written tuned sets; a fifth of each goes to dev (by a hash of the utterance). */
export function writtenExamples(): Example[] {
  const out: Example[] = [];
  for (const [file, lang] of [['vi.tsv', 'vi'], ['vi-more.tsv', 'vi'], ['en.tsv', 'en']] as const) {
    const path = join(ROOT, 'tests', 'fixtures', 'commands', file);
    if (!existsSync(path)) continue;
    const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    const cols = lines[0].split('\t');
    const get = (c: string[], name: string) => {
      const v = c[cols.indexOf(name)];
      return v === undefined || v === '-' || v === '' ? null : v;
    };
    for (const line of lines.slice(1)) {
      const c = line.split('\t');
      const label = get(c, 'intent') as Intent;
      const topic = get(c, 'topic');
      const outlet = get(c, 'outlet');
      const slots = label === 'brief' ? [...(topic ? [{ kind: 'T' as const, words: topic }] : []), ...(outlet ? [{ kind: 'S' as const, words: outlet }] : [])] : null;
      out.push({ text: c[0], lang, label, slots, split: hashUnit(c[0]) < 0.2 ? 'dev' : 'train', source: file });
    }
  }
  return out;
}

/** Commands from the grammar's own phrase lists, alone and wrapped in its openers, fillers and closers. */
export function grammarExamples(): Example[] {
  const out: Example[] = [];
  for (const [g, lang] of [[en, 'en'], [vi, 'vi']] as [Grammar, Lang][]) {
    const pick = <T>(list: readonly T[], seed: string) => list[Math.floor(hashUnit(seed) * list.length)];
    for (const [intent, phrases] of Object.entries(g.intents) as [Intent, { exact?: readonly string[]; contains?: readonly string[] }][]) {
      const all = [...(phrases.exact ?? []), ...(phrases.contains ?? [])].filter((p) => !p.includes('*') && !p.includes('#')).map((p) => p.replace(/^!/, ''));
      for (const phrase of all) {
        const variants = [phrase, `${pick(g.openers, phrase)} ${phrase}`, `${pick(g.fillers, `f${phrase}`)} ${phrase} ${pick(g.closers, `c${phrase}`)}`];
        if (lang === 'vi') variants.push(foldDiacritics(phrase));
        for (const text of variants) out.push({ text, lang, label: intent, slots: null, split: hashUnit(text) < 0.2 ? 'dev' : 'train', source: `grammar-${lang}` });
      }
    }
  }
  return out;
}

/**
 * More requests for news in MASSIVE's own frames: each train request's topic (or place, person, outlet) swapped for
 * another seen in the same language's training requests, `times` over (a request is told by its frame, not its subject).
 */
export function swappedNews(examples: readonly Example[], times: number): Example[] {
  const out: Example[] = [];
  for (const lang of ['en', 'vi'] as const) {
    const rows = examples.filter((e) => e.lang === lang && e.split === 'train' && e.label === 'brief' && e.source.startsWith('massive') && e.slots?.length);
    const pool = { T: rows.flatMap((e) => e.slots!.filter((s) => s.kind === 'T').map((s) => s.words)), S: rows.flatMap((e) => e.slots!.filter((s) => s.kind === 'S').map((s) => s.words)) };
    rows.forEach((e, r) => {
      for (let k = 0; k < times; k++) {
        let text = e.text;
        const slots = e.slots!.map((s, j) => {
          const options = pool[s.kind];
          const words = options[Math.floor(hashUnit(`${r}:${k}:${j}:${e.text}`) * options.length)];
          text = text.replace(s.words, words);
          return { kind: s.kind, words };
        });
        out.push({ ...e, text, slots, source: `${e.source}-swapped` });
      }
    });
  }
  return out;
}
