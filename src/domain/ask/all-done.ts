// When all of it will be done: "when will every line have it?", "when will the whole fleet have it?", "hạn chót để
// lắp hết là khi nào?". News tells it as a deadline for the rest or for all ("The rest of the network should be covered
// by the end of 2027.", "toàn bộ xe đưa đón phải lắp thiết bị trước tháng 9 năm 2027"), in words the question seldom
// matches; a start date nearer the question's words ("starting in January") is when it begins, not when it is done.
import type { Entity } from './types';
import type { QuestionAnalysis } from './question';
import type { IndexedSentence, StoryIndex } from './story-index';

/** Words that ask for all of it (the question) or say all of it (the sentence). */
const ALL: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:every|all|whole|entire|rest|remaining|each of the|full)\b/i,
  vi: /(?:^|\s)(?:hết|toàn bộ|tất cả|còn lại|cả|mọi|hạn chót)(?=\s|$)/iu,
};
/** A deadline just before a time: "by the end of 2027", "trước tháng 9", "vào cuối năm 2027", "đến năm 2028". */
const DEADLINE_BEFORE: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:by|before|no later than)\s+(?:the\s+)?$/i,
  vi: /(?:^|\s)(?:trước|vào cuối|đến|tới|chậm nhất là|chậm nhất)\s+$/iu,
};
/** A deadline the time itself says: "the end of 2027", "cuối năm 2027". */
const DEADLINE_IN: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:end of|by)\b/i,
  vi: /(?:^|\s)(?:cuối|trước)\s/iu,
};

/** True when a time question asks when all of the story's thing will be done. */
export function asksWhenAllDone(question: string, analysis: QuestionAnalysis, lang: string): boolean {
  const l: 'en' | 'vi' = lang === 'vi' ? 'vi' : 'en';
  return analysis.kind === 'time' && !analysis.duration && ALL[l].test(question);
}

/** A time of the sentence said as a deadline ("by the end of 2027", "trước tháng 9"), if it has one. */
export function deadlineIn(s: IndexedSentence, l: 'en' | 'vi'): Entity | undefined {
  return s.entities.find((e) => e.kind === 'time' && (DEADLINE_IN[l].test(e.text) || DEADLINE_BEFORE[l].test(s.text.slice(Math.max(0, e.start - 24), e.start))));
}

/**
 * The deadline for all of it: the first sentence of the text that says all (or the rest) with a time said as a
 * deadline; null where none does.
 */
export function allDoneDeadline(index: StoryIndex): { sentence: IndexedSentence; time: Entity } | null {
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  for (const s of index.sentences) {
    if (s.title || !ALL[l].test(s.text)) continue;
    const time = deadlineIn(s, l);
    if (time) return { sentence: s, time };
  }
  return null;
}
