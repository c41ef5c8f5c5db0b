// What Earshot says, in English and Vietnamese: one catalog per language, no sentences built elsewhere.
import { daysBetween } from '../day';
import type { DayKey, Lang } from '../types';

export interface DayName {
  day: DayKey;
  today: DayKey;
}

export interface SpokenCatalog {
  /** "today", "yesterday", or "Thursday, January 30, 2025". */
  dayName(p: DayName): string;
  rangeName(p: { from: DayKey; to: DayKey; today: DayKey }): string;
  intro(p: { when: string; count: number; available: number }): string;
  noStoriesFor(p: { when: string }): string;
  insteadFrom(p: { when: string }): string;
  noStoriesAtAll(): string;
  headline(p: { source: string; title: string }): string;
  outro(): string;
  notUnderstood(): string;
  nothingPlaying(): string;
  notYet(): string;
}

function dateWords(day: DayKey, today: DayKey, locale: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(Date.UTC(y, m - 1, d));
}

const english: SpokenCatalog = {
  dayName: ({ day, today }) => {
    const diff = daysBetween(day, today);
    if (diff === 0) return 'today';
    if (diff === 1) return 'yesterday';
    return dateWords(day, today, 'en-US');
  },
  rangeName: ({ from, to, today }) =>
    from === to ? english.dayName({ day: from, today }) : `${english.dayName({ day: from, today })} to ${english.dayName({ day: to, today })}`,
  intro: ({ when, count, available }) => {
    const stories = count === 1 ? 'one story' : `${count} stories`;
    const more = available > count ? `, the top ${count} of ${available}` : '';
    return when === 'today' ? `Here is today's AI news: ${stories}${more}.` : `Here is the AI news from ${when}: ${stories}${more}.`;
  },
  noStoriesFor: ({ when }) => (when === 'today' ? 'There are no AI stories from today yet.' : `There are no AI stories from ${when}.`),
  insteadFrom: ({ when }) => `Here are the latest ones, from ${when}.`,
  noStoriesAtAll: () => 'There are no stories on this device yet. Import a feed file to add some.',
  headline: ({ source, title }) => `From ${source}: ${title}`,
  outro: () => "That's the briefing. Say go back or repeat to hear a story again, or ask for yesterday's news.",
  notUnderstood: () => "Sorry, I didn't catch that. You can say: what's the AI news today, next, go back, repeat, pause, continue, or stop.",
  nothingPlaying: () => "Nothing is playing. Say: what's the AI news today.",
  notYet: () => "I can't do that yet. You can say next, go back, repeat, pause, continue, or stop.",
};

const vietnamese: SpokenCatalog = {
  dayName: ({ day, today }) => {
    const diff = daysBetween(day, today);
    if (diff === 0) return 'hôm nay';
    if (diff === 1) return 'hôm qua';
    return dateWords(day, today, 'vi-VN');
  },
  rangeName: ({ from, to, today }) =>
    from === to
      ? vietnamese.dayName({ day: from, today })
      : `${vietnamese.dayName({ day: from, today })} đến ${vietnamese.dayName({ day: to, today })}`,
  intro: ({ when, count, available }) => {
    const more = available > count ? `, ${count} tin nổi bật trong số ${available} tin` : ` ${count} tin`;
    return when === 'hôm nay' ? `Đây là bản tin AI hôm nay:${more}.` : `Đây là bản tin AI ${when}:${more}.`;
  },
  noStoriesFor: ({ when }) => (when === 'hôm nay' ? 'Hôm nay chưa có tin AI nào.' : `Không có tin AI nào ${when}.`),
  insteadFrom: ({ when }) => `Sau đây là những tin mới nhất, từ ${when}.`,
  noStoriesAtAll: () => 'Thiết bị chưa có tin nào. Hãy nhập một tệp nguồn tin để thêm tin.',
  headline: ({ source, title }) => `Theo ${source}: ${title}`,
  outro: () => 'Bản tin đến đây là hết. Hãy nói quay lại hoặc nhắc lại để nghe lại một tin, hoặc hỏi tin hôm qua.',
  notUnderstood: () => 'Xin lỗi, tôi chưa nghe rõ. Bạn có thể nói: tin AI hôm nay, tiếp, quay lại, nhắc lại, tạm dừng, tiếp tục hoặc dừng.',
  nothingPlaying: () => 'Chưa có gì đang phát. Hãy nói: tin AI hôm nay.',
  notYet: () => 'Tôi chưa làm được việc đó. Bạn có thể nói: tiếp, quay lại, nhắc lại, tạm dừng, tiếp tục hoặc dừng.',
};

export const SPOKEN: Record<Lang, SpokenCatalog> = { en: english, vi: vietnamese };
