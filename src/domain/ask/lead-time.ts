// How far ahead: "how far ahead did nurses get their rosters?", "nó dự báo trước được bao lâu?", "biết trước được bao
// lâu trước khi gặt?". The answer is a span of time said to come before ("six weeks ahead", "khoảng 6 tuần trước khi
// thu hoạch", "cho bốn tuần tới", "sớm hơn tới 12 giờ"), which the question's other words seldom match; a story that
// gives one such span has answered it.
import type { IndexedSentence, StoryIndex } from './story-index';

/** Asking how far ahead. */
const ASKS_AHEAD: Record<'en' | 'vi', RegExp> = {
  en: /\bhow (?:far|long|many (?:days|weeks|months|hours)) (?:ahead|in advance|before|beforehand|early|earlier)\b|\bhow much (?:notice|warning)\b|\bhow early\b/i,
  vi: /trước (?:được )?(?:bao lâu|mấy (?:ngày|tuần|tháng|giờ))|(?:bao lâu|mấy (?:ngày|tuần|tháng|giờ)) trước|sớm (?:hơn )?(?:được )?(?:bao lâu|mấy)/iu,
};
/** A span of time said to come before, the words just after it (or inside it). */
const AHEAD_AFTER: Record<'en' | 'vi', RegExp> = {
  en: /^\s*(?:ahead|in advance|beforehand|before|early|earlier|of (?:notice|warning))\b/i,
  vi: /^\s*(?:trước|tới|sắp tới|tiếp theo)(?=\s|[,.]|$)/iu,
};
const AHEAD_IN: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:ahead|in advance|earlier)$/i,
  vi: /(?:trước|tới)$/iu,
};
/** Before it, where the span is how much earlier: "sớm hơn tới 12 giờ", "up to 12 hours earlier". */
const EARLIER_BEFORE: Record<'en' | 'vi', RegExp> = { en: /\b(?:up to)\s*$/i, vi: /sớm hơn(?: tới| đến)?\s*$/iu };

/** A span of a time entity: it says how long (a number and a unit of time). */
const SPAN = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)\b|(?:^|\s)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)\s/iu;

export function asksHowFarAhead(question: string, lang: string): boolean {
  return ASKS_AHEAD[lang === 'vi' ? 'vi' : 'en'].test(question);
}

/**
 * The one span of time the story says comes before, as said ("six weeks ahead"), with its sentence; null where it says
 * none or several that differ.
 */
export function leadTime(index: StoryIndex): { sentence: IndexedSentence; said: string } | null {
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  const found: { sentence: IndexedSentence; said: string }[] = [];
  for (const s of index.sentences) {
    if (s.title) continue;
    for (const e of s.entities) {
      if (e.kind !== 'time' || !SPAN.test(e.text)) continue;
      const after = AHEAD_AFTER[l].exec(s.text.slice(e.end));
      if (after) found.push({ sentence: s, said: s.text.slice(e.start, e.end + after[0].length) });
      else if (AHEAD_IN[l].test(e.text) || EARLIER_BEFORE[l].test(s.text.slice(0, e.start))) found.push({ sentence: s, said: e.text });
    }
  }
  return new Set(found.map((f) => f.said)).size === 1 ? found[0] : null;
}
