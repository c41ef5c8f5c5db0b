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
  /** Intro of a topic briefing; `latest` names the newest story's day. */
  topicIntro(p: { topic: string; when: string | null; count: number; latest: string }): string;
  noStoriesAbout(p: { topic: string; when: string | null }): string;
  help(): string;
  source(p: { source: string; when: string }): string;
  noMore(): string;
  rate(p: { rate: number; limit: 'fastest' | 'slowest' | null }): string;
  saveNotYet(): string;
  replayNotYet(): string;
  stopAfterStory(): string;
  /** Said once when stories in a language have no voice of their own on this device. */
  noVoiceFor(p: { language: string }): string;
  voiceSample(): string;
  /** The name of a language, in this catalog's language. */
  languageName(lang: string): string;
  sleepTimer(p: { minutes: number }): string;
  sleepTimerOff(): string;
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
  topicIntro: ({ topic, when, count, latest }) => {
    const stories = count === 1 ? 'one story' : `${count} stories`;
    return when ? `Here is the AI news about ${topic} from ${when}: ${stories}.` : `Here is the AI news about ${topic}: ${stories}, the latest from ${latest}.`;
  },
  noStoriesAbout: ({ topic, when }) => (when ? `I found no stories about ${topic} from ${when}.` : `I found no recent stories about ${topic}.`),
  help: () =>
    "You can say: what's the AI news today, news about DeepSeek, yesterday's news, next, go back, repeat, pause, continue, stop, faster, slower, tell me more, or who reported that.",
  source: ({ source, when }) => `This story is from ${source}, published ${when}.`,
  noMore: () => "That's all there is on this story.",
  rate: ({ rate, limit }) =>
    limit === 'fastest' ? "That's as fast as I can go." : limit === 'slowest' ? "That's as slow as I can go." : `Speed ${rate} times.`,
  saveNotYet: () => "I can't save stories yet. That is coming soon.",
  replayNotYet: () => "I can't replay past briefings yet. That is coming soon.",
  stopAfterStory: () => "I'll stop after this story.",
  noVoiceFor: ({ language }) => `This device has no ${language} voice, so ${language} stories are read by another voice. Settings shows how to add one.`,
  voiceSample: () => 'This is the voice for English stories.',
  languageName: (lang) => ({ en: 'English', vi: 'Vietnamese' })[lang] ?? lang,
  sleepTimer: ({ minutes }) => (minutes % 60 === 0 ? `I'll stop in ${minutes / 60 === 1 ? 'one hour' : `${minutes / 60} hours`}.` : `I'll stop in ${minutes} minutes.`),
  sleepTimerOff: () => 'Sleep timer off. I will keep going.',
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
  topicIntro: ({ topic, when, count, latest }) =>
    when ? `Đây là tin AI về ${topic} ${when}: ${count} tin.` : `Đây là tin AI về ${topic}: ${count} tin, mới nhất từ ${latest}.`,
  noStoriesAbout: ({ topic, when }) => (when ? `Tôi không tìm thấy tin nào về ${topic} ${when}.` : `Tôi không tìm thấy tin nào gần đây về ${topic}.`),
  help: () =>
    'Bạn có thể nói: tin AI hôm nay, tin về DeepSeek, tin hôm qua, tiếp, quay lại, nhắc lại, tạm dừng, tiếp tục, dừng, nhanh hơn, chậm lại, kể thêm, hoặc nguồn tin là gì.',
  source: ({ source, when }) => `Tin này của ${source}, đăng ${when}.`,
  noMore: () => 'Tin này chỉ có vậy.',
  rate: ({ rate, limit }) =>
    limit === 'fastest' ? 'Đây là tốc độ nhanh nhất rồi.' : limit === 'slowest' ? 'Đây là tốc độ chậm nhất rồi.' : `Tốc độ ${String(rate).replace('.', ',')} lần.`,
  saveNotYet: () => 'Tôi chưa lưu được tin. Tính năng này sắp có.',
  replayNotYet: () => 'Tôi chưa phát lại được bản tin cũ. Tính năng này sắp có.',
  stopAfterStory: () => 'Tôi sẽ dừng sau tin này.',
  noVoiceFor: ({ language }) => `Thiết bị này chưa có giọng đọc ${language}, nên tin ${language} sẽ được đọc bằng giọng khác. Phần Cài đặt hướng dẫn cách thêm.`,
  voiceSample: () => 'Đây là giọng đọc cho tin tiếng Việt.',
  languageName: (lang) => ({ en: 'tiếng Anh', vi: 'tiếng Việt' })[lang] ?? lang,
  sleepTimer: ({ minutes }) => (minutes % 60 === 0 ? `Tôi sẽ dừng sau ${minutes / 60} tiếng.` : `Tôi sẽ dừng sau ${minutes} phút.`),
  sleepTimerOff: () => 'Đã tắt hẹn giờ. Tôi sẽ đọc tiếp.',
};

export const SPOKEN: Record<Lang, SpokenCatalog> = { en: english, vi: vietnamese };
