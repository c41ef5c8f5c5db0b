// What Earshot says, in English and Vietnamese: one catalog per language, no sentences built elsewhere.
import { daysBetween } from '../day';
import type { DayKey, Lang } from '../types';

export interface DayName {
  day: DayKey;
  today: DayKey;
}

/** Where a story stands in the briefing, for its transition ("First", "Next", "And finally"). */
export type StoryPlace = { index: number; count: number };

export interface SpokenCatalog {
  /** "Good morning" for a local hour. */
  greeting(hour: number): string;
  /** The intro after the greeting: count and day ("Five AI stories for today, Saturday, November 28."). */
  briefingIntro(p: { count: number; available: number; day: { from: DayKey; to: DayKey }; today: DayKey }): string;
  /** The headline line of a story, with a transition that depends on its place. */
  storyHeadline(p: { source: string; title: string; place: StoryPlace }): string;
  alsoReportedBy(sources: string[]): string;
  /** The first line of a story chosen from a list: its title, then who published it ("Title. From Reuters."). */
  listedHeadline(p: { source: string; title: string }): string;
  /** "today", "yesterday", or "Thursday, January 30, 2025". */
  dayName(p: DayName): string;
  rangeName(p: { from: DayKey; to: DayKey; today: DayKey }): string;
  intro(p: { when: string; count: number; available: number }): string;
  /** After a day briefing's intro: that `count` other stories of those days were heard before and are left out. */
  othersHeard(p: { count: number; when: string }): string;
  /** A day briefing whose stories were all heard before: nothing is told. */
  allHeard(p: { count: number; when: string }): string;
  /** The first run's offer, said after a briefing of the sample edition: the suggested sources, what they are. */
  starterOffer(p: { count: number; names: string[] }): string;
  /** The suggested sources were turned on and are being fetched from their sites. */
  starterTurningOn(p: { count: number }): string;
  /** They were fetched: today's news can be asked for. */
  starterReady(p: { fetched: number }): string;
  /** None of them could be fetched (offline, or the sites did not answer). */
  starterUnreachable(): string;
  /** The sample edition is kept. */
  starterDeclined(): string;
  /** "What's new?": the intro of the stories that arrived since the last briefing. */
  newIntro(p: { count: number }): string;
  /** "What's new?" when nothing arrived since the last briefing. */
  nothingNew(): string;
  noStoriesFor(p: { when: string }): string;
  insteadFrom(p: { when: string }): string;
  noStoriesAtAll(): string;
  headline(p: { source: string; title: string }): string;
  outro(): string;
  notUnderstood(): string;
  /** A request meant for another assistant (weather, music, alarms…): said kindly, nothing done. */
  onlyNews(): string;
  nothingPlaying(): string;
  notYet(): string;
  /** Intro of a topic briefing; `latest` names the newest story's day. */
  topicIntro(p: { topic: string; when: string | null; count: number; latest: string }): string;
  noStoriesAbout(p: { topic: string; when: string | null; suggestions: string[] }): string;
  /** Intro of an outlet's briefing ("Five stories from The Verge, the latest from today."); `when` the days named. */
  outletIntro(p: { outlet: string; topic: string | null; when: string | null; count: number; latest: string }): string;
  /** An outlet there is news from, with none in the days asked (`when`), or lately, about the topic if one. */
  noStoriesFrom(p: { outlet: string; topic: string | null; when: string | null }): string;
  /** An outlet no source or story is from, and up to three that there is news from. */
  unknownOutlet(p: { outlet: string; others: string[] }): string;
  help(): string;
  source(p: { source: string; when: string }): string;
  /** A question about the story whose text does not answer it: never a guess. */
  storyDoesNotSay(): string;
  /** A question about the story when no story has been told yet. */
  noStoryToAsk(): string;
  noMore(): string;
  rate(p: { rate: number; limit: 'fastest' | 'slowest' | null }): string;
  /** A story kept beyond retention. */
  saved(p: { title: string }): string;
  /** "save this" with no story playing. */
  nothingToSave(): string;
  /** "replay" when no briefing (of the named days) was played. */
  nothingToReplay(p: { when: string | null }): string;
  /** "continue" with nothing playing and nothing left unfinished. */
  nothingToContinue(): string;
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

/** A title as a sentence: its own final mark kept ("Is AI a bubble?"), else a full stop. */
const closed = (title: string) => (/[.!?…]["”’)]*$/u.test(title.trim()) ? title.trim() : `${title.trim()}.`);

/** "A, B and C" / "A, B và C". */
const listed = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

const EN_NUMBERS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];

/** "today, Saturday, November 28" / "yesterday, Friday, November 27" / "Monday, February 3, 2025". */
function dayWithDate(day: DayKey, today: DayKey, locale: string, near: [string, string]): string {
  const diff = daysBetween(day, today);
  const date = dateWords(day, today, locale);
  if (diff === 0) return `${near[0]}, ${date}`;
  if (diff === 1) return `${near[1]}, ${date}`;
  return date;
}

const english: SpokenCatalog = {
  greeting: (h) => (h >= 4 && h < 12 ? 'Good morning.' : h >= 12 && h < 18 ? 'Good afternoon.' : 'Good evening.'),
  briefingIntro: ({ count, available, day, today }) => {
    const n = EN_NUMBERS[count] ?? String(count);
    const when =
      day.from === day.to ? dayWithDate(day.from, today, 'en-US', ['today', 'yesterday']) : english.rangeName({ from: day.from, to: day.to, today });
    const top = available > count ? `, the top ${count} of ${available}` : '';
    return `${n} AI ${count === 1 ? 'story' : 'stories'} for ${when}${top}.`;
  },
  storyHeadline: ({ source, title, place }) => {
    if (place.count > 1 && place.index === 0) return `First, from ${source}: ${title}`;
    if (place.count > 1 && place.index === place.count - 1) return `And finally, from ${source}: ${title}`;
    const middle = ['Next, from', 'Also today, from', 'Meanwhile, from', 'From'];
    return `${place.count === 1 ? 'From' : middle[(place.index - 1) % middle.length]} ${source}: ${title}`;
  },
  alsoReportedBy: (sources) => `Also reported by ${listed('en', sources)}.`,
  listedHeadline: ({ source, title }) => `${closed(title)} From ${source}.`,
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
  othersHeard: ({ count, when }) =>
    count === 1
      ? `You've heard one other story from ${when}; say "play them again" to hear it too.`
      : `You've heard ${EN_NUMBERS[count]?.toLowerCase() ?? count} other stories from ${when}; say "play them again" to hear them.`,
  allHeard: ({ count, when }) =>
    count === 1
      ? `You've heard the one AI story from ${when}. Say "play them again" to hear it again, or "what's new" later.`
      : `You've heard all ${EN_NUMBERS[count]?.toLowerCase() ?? count} AI stories from ${when}. Say "play them again" to hear them again, or "what's new" later.`,
  starterOffer: ({ count, names }) =>
    `This is the sample edition. For today's news, say "turn on the suggested sources": ${EN_NUMBERS[count]?.toLowerCase() ?? count} AI news sources, such as ${listed('en', names)}, whose feeds Earshot fetches from their own sites.`,
  starterTurningOn: ({ count }) => `Turning on ${EN_NUMBERS[count]?.toLowerCase() ?? count} AI news sources and fetching their feeds from their sites.`,
  starterReady: ({ fetched }) => `${fetched === 1 ? 'One source is' : `${EN_NUMBERS[fetched] ?? fetched} sources are`} in. Say "what's the AI news today" to hear today's news.`,
  starterUnreachable: () => "I couldn't reach the suggested sources. Earshot tries again every 30 minutes, and Sources says why.",
  starterDeclined: () => 'Keeping the sample edition. You can turn on sources any time in Sources.',
  newIntro: ({ count }) => (count === 1 ? 'One new story since your last briefing.' : `${EN_NUMBERS[count] ?? count} new stories since your last briefing.`),
  nothingNew: () => "Nothing new since your last briefing. Say \"today's news\" to hear today's stories again.",
  noStoriesFor: ({ when }) => (when === 'today' ? 'There are no AI stories from today yet.' : `There are no AI stories from ${when}.`),
  insteadFrom: ({ when }) => `Here are the latest ones, from ${when}.`,
  noStoriesAtAll: () => 'There are no stories on this device yet. Import a feed file to add some.',
  headline: ({ source, title }) => `From ${source}: ${title}`,
  outro: () => "That's the briefing. Say tell me more, go back, or news about a topic you follow.",
  notUnderstood: () => "Sorry, I didn't catch that. You can say: what's the AI news today, next, go back, repeat, pause, continue, or stop.",
  onlyNews: () => "Sorry, I can only help with the news. Try: what's the AI news today.",
  nothingPlaying: () => "Nothing is playing. Say: what's the AI news today.",
  notYet: () => "I can't do that yet. You can say next, go back, repeat, pause, continue, or stop.",
  topicIntro: ({ topic, when, count, latest }) => {
    const stories = count === 1 ? 'one story' : `${count} stories`;
    return when ? `Here is the AI news about ${topic} from ${when}: ${stories}.` : `Here is the AI news about ${topic}: ${stories}, the latest from ${latest}.`;
  },
  noStoriesAbout: ({ topic, when, suggestions }) =>
    (when ? `I found no stories about ${topic} from ${when}.` : `I found no recent stories about ${topic}.`) +
    (suggestions.length ? ` There are stories about ${listed('en', suggestions)}.` : ''),
  outletIntro: ({ outlet, topic, when, count, latest }) =>
    `${EN_NUMBERS[count] ?? count} ${count === 1 ? 'story' : 'stories'} from ${outlet}${topic ? ` about ${topic}` : ''}${when ? ` for ${when}` : `, the latest from ${latest}`}.`,
  noStoriesFrom: ({ outlet, topic, when }) => `I have no ${when ? '' : 'recent '}stories from ${outlet}${topic ? ` about ${topic}` : ''}${when ? ` for ${when}` : ''}.`,
  unknownOutlet: ({ outlet, others }) =>
    `I have nothing from ${outlet}.` + (others.length ? ` Your news comes from ${listed('en', others)}.` : ''),
  help: () =>
    "You can say: what's the AI news today, news about DeepSeek, news from Reuters, yesterday's news, next, go back, repeat, pause, continue, stop, faster, slower, tell me more, who reported that, or ask about the story, like: how much does it cost?",
  source: ({ source, when }) => `This story is from ${source}, published ${when}.`,
  storyDoesNotSay: () => "The story doesn't say.",
  noStoryToAsk: () => "Ask me about a story while it's being told. Say: what's the AI news today.",
  noMore: () => "That's all there is on this story.",
  rate: ({ rate, limit }) =>
    limit === 'fastest' ? "That's as fast as I can go." : limit === 'slowest' ? "That's as slow as I can go." : `Speed ${rate} times.`,
  saved: ({ title }) => `Saved: ${title}.`,
  nothingToSave: () => 'There is no story playing to save.',
  nothingToReplay: ({ when }) => (when ? `There is no briefing from ${when} to replay.` : 'There is no briefing to replay yet.'),
  nothingToContinue: () => "There is nothing to continue. Say: what's the AI news today.",
  stopAfterStory: () => "I'll stop after this story.",
  noVoiceFor: ({ language }) => `This device has no ${language} voice, so ${language} stories are read by another voice. Settings shows how to add one.`,
  voiceSample: () => 'This is the voice for English stories.',
  languageName: (lang) => ({ en: 'English', vi: 'Vietnamese' })[lang] ?? lang,
  sleepTimer: ({ minutes }) => (minutes % 60 === 0 ? `I'll stop in ${minutes / 60 === 1 ? 'one hour' : `${minutes / 60} hours`}.` : `I'll stop in ${minutes} minutes.`),
  sleepTimerOff: () => 'Sleep timer off. I will keep going.',
};

const vietnamese: SpokenCatalog = {
  greeting: (h) => (h >= 4 && h < 11 ? 'Chào buổi sáng.' : h >= 11 && h < 13 ? 'Chào buổi trưa.' : h >= 13 && h < 18 ? 'Chào buổi chiều.' : 'Chào buổi tối.'),
  briefingIntro: ({ count, available, day, today }) => {
    const when =
      day.from === day.to ? dayWithDate(day.from, today, 'vi-VN', ['hôm nay', 'hôm qua']) : vietnamese.rangeName({ from: day.from, to: day.to, today });
    const top = available > count ? `, nổi bật nhất trong ${available} tin` : '';
    return `${count} tin AI ${when}${top}.`;
  },
  storyHeadline: ({ source, title, place }) => {
    if (place.count > 1 && place.index === 0) return `Đầu tiên, theo ${source}: ${title}`;
    if (place.count > 1 && place.index === place.count - 1) return `Cuối cùng, theo ${source}: ${title}`;
    const middle = ['Tiếp theo, theo', 'Cũng trong tin hôm nay, theo', 'Trong khi đó, theo', 'Theo'];
    return `${place.count === 1 ? 'Theo' : middle[(place.index - 1) % middle.length]} ${source}: ${title}`;
  },
  alsoReportedBy: (sources) => `Tin này cũng được ${listed('vi', sources)} đưa.`,
  listedHeadline: ({ source, title }) => `${closed(title)} Theo ${source}.`,
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
  othersHeard: ({ count, when }) => `Bạn đã nghe ${count} tin khác ${when}; nói "phát lại hết" để nghe lại.`,
  allHeard: ({ count, when }) => `Bạn đã nghe hết ${count} tin AI ${when}. Nói "phát lại hết" để nghe lại, hoặc lát nữa hỏi "có gì mới".`,
  starterOffer: ({ count, names }) =>
    `Đây là bản tin mẫu. Để nghe tin hôm nay, hãy nói "bật nguồn gợi ý": ${count} nguồn tin AI như ${listed('vi', names)}; Earshot tải tin trực tiếp từ các trang đó.`,
  starterTurningOn: ({ count }) => `Đang bật ${count} nguồn tin AI và tải tin từ các trang đó.`,
  starterReady: ({ fetched }) => `Đã có tin từ ${fetched} nguồn. Hãy nói "tin AI hôm nay" để nghe tin hôm nay.`,
  starterUnreachable: () => 'Chưa tải được các nguồn gợi ý. Earshot sẽ thử lại sau mỗi 30 phút; màn hình Nguồn tin cho biết lý do.',
  starterDeclined: () => 'Giữ bản tin mẫu. Bạn có thể bật nguồn tin bất cứ lúc nào trong màn hình Nguồn tin.',
  newIntro: ({ count }) => `Có ${count} tin mới từ bản tin trước.`,
  nothingNew: () => 'Chưa có tin mới nào từ bản tin trước. Nói "tin hôm nay" để nghe lại tin hôm nay.',
  noStoriesFor: ({ when }) => (when === 'hôm nay' ? 'Hôm nay chưa có tin AI nào.' : `Không có tin AI nào ${when}.`),
  insteadFrom: ({ when }) => `Sau đây là những tin mới nhất, từ ${when}.`,
  noStoriesAtAll: () => 'Thiết bị chưa có tin nào. Hãy nhập một tệp nguồn tin để thêm tin.',
  headline: ({ source, title }) => `Theo ${source}: ${title}`,
  outro: () => 'Bản tin đến đây là hết. Bạn có thể nói kể thêm, quay lại, hoặc tin về một chủ đề bạn quan tâm.',
  notUnderstood: () => 'Xin lỗi, tôi chưa nghe rõ. Bạn có thể nói: tin AI hôm nay, tiếp, quay lại, nhắc lại, tạm dừng, tiếp tục hoặc dừng.',
  onlyNews: () => 'Xin lỗi, tôi chỉ giúp được về tin tức. Bạn thử nói: tin AI hôm nay.',
  nothingPlaying: () => 'Chưa có gì đang phát. Hãy nói: tin AI hôm nay.',
  notYet: () => 'Tôi chưa làm được việc đó. Bạn có thể nói: tiếp, quay lại, nhắc lại, tạm dừng, tiếp tục hoặc dừng.',
  topicIntro: ({ topic, when, count, latest }) =>
    when ? `Đây là tin AI về ${topic} ${when}: ${count} tin.` : `Đây là tin AI về ${topic}: ${count} tin, mới nhất từ ${latest}.`,
  noStoriesAbout: ({ topic, when, suggestions }) =>
    (when ? `Tôi không tìm thấy tin nào về ${topic} ${when}.` : `Tôi không tìm thấy tin nào gần đây về ${topic}.`) +
    (suggestions.length ? ` Hiện có tin về ${listed('vi', suggestions)}.` : ''),
  outletIntro: ({ outlet, topic, when, count, latest }) =>
    `${count} tin của ${outlet}${topic ? ` về ${topic}` : ''}${when ? ` ${when}` : `, mới nhất từ ${latest}`}.`,
  noStoriesFrom: ({ outlet, topic, when }) => `Tôi không có tin nào ${when ? '' : 'gần đây '}của ${outlet}${topic ? ` về ${topic}` : ''}${when ? ` ${when}` : ''}.`,
  unknownOutlet: ({ outlet, others }) =>
    `Tôi không có tin nào của ${outlet}.` + (others.length ? ` Tin của bạn đến từ ${listed('vi', others)}.` : ''),
  help: () =>
    'Bạn có thể nói: tin AI hôm nay, tin về DeepSeek, tin của VnExpress, tin hôm qua, tiếp, quay lại, nhắc lại, tạm dừng, tiếp tục, dừng, nhanh hơn, chậm lại, kể thêm, nguồn tin là gì, hoặc hỏi về tin đang đọc, như: giá bao nhiêu?',
  source: ({ source, when }) => `Tin này của ${source}, đăng ${when}.`,
  storyDoesNotSay: () => 'Bài không nói đến điều đó.',
  noStoryToAsk: () => 'Bạn hỏi về một tin khi tôi đang đọc nhé. Bạn thử nói: tin AI hôm nay.',
  noMore: () => 'Tin này chỉ có vậy.',
  rate: ({ rate, limit }) =>
    limit === 'fastest' ? 'Đây là tốc độ nhanh nhất rồi.' : limit === 'slowest' ? 'Đây là tốc độ chậm nhất rồi.' : `Tốc độ ${String(rate).replace('.', ',')} lần.`,
  saved: ({ title }) => `Đã lưu: ${title}.`,
  nothingToSave: () => 'Không có tin nào đang phát để lưu.',
  nothingToReplay: ({ when }) => (when ? `Không có bản tin nào của ${when} để phát lại.` : 'Chưa có bản tin nào để phát lại.'),
  nothingToContinue: () => 'Không có gì để nghe tiếp. Hãy nói: tin AI hôm nay.',
  stopAfterStory: () => 'Tôi sẽ dừng sau tin này.',
  noVoiceFor: ({ language }) => `Thiết bị này chưa có giọng đọc ${language}, nên tin ${language} sẽ được đọc bằng giọng khác. Phần Cài đặt hướng dẫn cách thêm.`,
  voiceSample: () => 'Đây là giọng đọc cho tin tiếng Việt.',
  languageName: (lang) => ({ en: 'tiếng Anh', vi: 'tiếng Việt' })[lang] ?? lang,
  sleepTimer: ({ minutes }) => (minutes % 60 === 0 ? `Tôi sẽ dừng sau ${minutes / 60} tiếng.` : `Tôi sẽ dừng sau ${minutes} phút.`),
  sleepTimerOff: () => 'Đã tắt hẹn giờ. Tôi sẽ đọc tiếp.',
};

export const SPOKEN: Record<Lang, SpokenCatalog> = { en: english, vi: vietnamese };
