// What the device learns of the listener's taste: a story skipped ("next" before its summary ended) lowers its topics
// and its outlet a little, "tell me more" raises them. Ranking takes it in as a bounded nudge, so a skipped topic sinks
// but never vanishes; Settings says it in words and can forget it. Pure: the store keeps the state on the device.
import { foldText } from '../text/normalize';
import { escapeRegExp, wholeWords } from '../text/patterns';
import { leadOf, type Leaded } from '../news/story-head';
import type { Lang, Story } from '../types';

import type { Taste, TasteSignal } from './taste-value';

/** How far one signal moves a leaning, and how much of the old leaning each signal keeps (older signals fade). */
const STEP: Record<TasteSignal, number> = { skip: -0.2, more: 0.25 };
const KEEP = 0.95;
/** The most a learned leaning changes a story's rank score (whose other parts add up to at most 1). */
export const MAX_NUDGE = 0.12;
/** A leaning said in words from this strength on. */
const SAID_FROM = 0.3;
/** Outlets and topics remembered at most (the weakest go first), so the state stays small. */
const MAX_KEYS = 60;

/** Topics learned, with the words (folded, either language) that find them in a headline or lead, and their names. */
export const TASTE_TOPICS: readonly { id: string; en: string; vi: string; words: readonly string[] }[] = [
  { id: 'chips', en: 'chips', vi: 'chip', words: ['chip', 'chips', 'semiconductor', 'semiconductors', 'gpu', 'gpus', 'ban dan', 'vi mach'] },
  { id: 'crypto', en: 'crypto', vi: 'tiền mã hóa', words: ['crypto', 'bitcoin', 'blockchain', 'ethereum', 'tien ma hoa', 'tien so', 'tien dien tu'] },
  { id: 'robots', en: 'robots', vi: 'robot', words: ['robot', 'robots', 'robotics', 'humanoid', 'nguoi may'] },
  { id: 'cars', en: 'self-driving cars', vi: 'xe tự lái', words: ['self driving', 'self-driving', 'autonomous', 'robotaxi', 'xe tu lai', 'xe tu hanh'] },
  { id: 'funding', en: 'funding', vi: 'gọi vốn', words: ['funding', 'raises', 'raised', 'valuation', 'investors', 'goi von', 'rot von', 'dinh gia'] },
  { id: 'rules', en: 'AI rules', vi: 'luật AI', words: ['regulation', 'regulator', 'regulators', 'law', 'ai act', 'luat', 'quy dinh'] },
  { id: 'models', en: 'new models', vi: 'mô hình mới', words: ['model', 'models', 'llm', 'gpt', 'gemini', 'claude', 'llama', 'mo hinh'] },
  { id: 'health', en: 'health', vi: 'y tế', words: ['health', 'medical', 'hospital', 'drug', 'doctors', 'y te', 'benh vien', 'bac si'] },
  { id: 'security', en: 'security', vi: 'an ninh mạng', words: ['security', 'cyber', 'hack', 'hackers', 'deepfake', 'an ninh mang', 'bao mat', 'lua dao'] },
  { id: 'jobs', en: 'jobs', vi: 'việc làm', words: ['jobs', 'layoffs', 'workers', 'hiring', 'viec lam', 'lao dong', 'sa thai'] },
  { id: 'science', en: 'science', vi: 'khoa học', words: ['research', 'researchers', 'science', 'scientists', 'paper', 'khoa hoc', 'nghien cuu'] },
];

const PATTERNS = TASTE_TOPICS.map((t) => ({ id: t.id, pattern: wholeWords(t.words.map(escapeRegExp).join('|')) }));
const LEAD = 300;

/** The learned topics a story is about: found in its headline or lead (folded). */
export function tasteTopics(story: Pick<Story, 'title'> & Leaded): string[] {
  const text = foldText(`${story.title} ${leadOf(story).slice(0, LEAD)}`);
  return PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.id);
}

const sourceKey = (source: string) => source.trim();

/** Keeps the strongest leanings only, and drops those faded to nothing. */
function trimmed(values: Record<string, number>): Record<string, number> {
  const kept = Object.entries(values).filter(([, v]) => Math.abs(v) >= 0.01);
  kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  return Object.fromEntries(kept.slice(0, MAX_KEYS));
}

const clamp = (v: number) => Math.max(-1, Math.min(1, v));

/** The taste after one signal about a story: its topics and outlet move by the signal's step; all else fades a little. */
export function learn(taste: Taste, story: Pick<Story, 'title' | 'source'> & Leaded, signal: TasteSignal): Taste {
  const fade = (values: Record<string, number>, touched: readonly string[]) => {
    const next: Record<string, number> = {};
    for (const [k, v] of Object.entries(values)) next[k] = v * KEEP;
    for (const k of touched) next[k] = clamp((next[k] ?? 0) + STEP[signal]);
    return trimmed(next);
  };
  const source = sourceKey(story.source);
  return { topics: fade(taste.topics, tasteTopics(story)), sources: fade(taste.sources, source ? [source] : []) };
}

/**
 * How much the taste moves a story's rank score: the mean leaning of its learned topics and its outlet, times
 * MAX_NUDGE. Never more than MAX_NUDGE either way, so a story is reordered, never dropped.
 */
export function tasteNudge(taste: Taste, story: Pick<Story, 'title' | 'source'> & Leaded): number {
  const leanings = [...tasteTopics(story).map((t) => taste.topics[t] ?? 0), taste.sources[sourceKey(story.source)] ?? 0];
  const known = leanings.filter((v) => v !== 0);
  if (known.length === 0) return 0;
  return (MAX_NUDGE * known.reduce((a, b) => a + b, 0)) / known.length;
}

/** What was learned, in words for Settings: topics and outlets most skipped, and most asked more about (up to 3 each). */
export function tasteInWords(taste: Taste, lang: Lang): { skipped: string[]; wanted: string[] } {
  const topicName = (id: string) => TASTE_TOPICS.find((t) => t.id === id)?.[lang] ?? id;
  const named = [
    ...Object.entries(taste.topics).map(([k, v]) => ({ name: topicName(k), v })),
    ...Object.entries(taste.sources).map(([name, v]) => ({ name, v })),
  ];
  const pick = (sign: 1 | -1) =>
    named
      .filter((n) => sign * n.v >= SAID_FROM)
      .sort((a, b) => sign * (b.v - a.v))
      .slice(0, 3)
      .map((n) => n.name);
  return { skipped: pick(-1), wanted: pick(1) };
}
