// Why the story's thing is done at all: "why are they doing this?", "why did they bring it in?", "sao họ lại mua máy
// này?". News rarely gives that reason with a cue ("because…"); it tells the trouble that led to it: "The push follows
// the 2025 season, when a fire … burned for almost five hours", "customers had complained for years about waiting up
// to three weeks", "bản tin dự báo hiện nay thường chỉ cho người dân khoảng 4 đến 6 giờ". Asked so, that sentence is the
// answer even where a reason matched the question's words: those are mostly what the thing is for ("dùng AI để đọc
// ảnh…"), which the listener has just heard. A question about a choice or a detail ("why did they pick Aqualume?",
// "why does methane matter?") is not this one, and is left to the usual match.
import type { QuestionAnalysis } from './question';
import type { StoryIndex } from './story-index';
import { aboutTheStorysThing } from './story-thing';

/** Words a why-question about the story's own action says besides it (folded): doing, bringing in, buying, this… */
const ACTION_WORDS: Record<'en' | 'vi', ReadonlySet<string>> = {
  en: new Set(
    'do does did doing done bring bringing brought in make making made want wants wanted need needs needed use using used buy buying bought invest investing invested introduce introducing introduced start starting started launch launching launched set setting up switch switching switched adopt adopting adopted move roll rolling out build building built get getting got install installing installed fit fitting fitted bother bothering deploy deploying create creating created develop developing developed all this these it them so much really even behind reason move decision plan first place city council company firm group government operator bank hospital school district university museum zoo arena airline airport co op cooperative insurer league'.split(' '),
  ),
  vi: new Set('lam phai lai mua dung can dau tu lap trien khai ra tao xay moi rieng cai nay do vay the u thi chi ay ho ong ba anh co nghi thanh pho cong ty ngan hang benh vien truong nha may co quan so tinh hop tac xa'.split(' ')),
};

/** A choice between named things, or one thing picked, is asked about, not the action itself. */
const CHOICE: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:choose|chose|chosen|pick|picked|go with|went with|over|instead|rather than|select|selected|name|called)\b/i,
  vi: /chọn|thay vì|đặt tên|tên là/iu,
};

/** What tells the trouble behind a decision: a decision that follows an event, a complaint, a wait, a loss, a want (global: counted). */
const TROUBLE: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:follows|followed|comes after|came after|comes as|came as|in the wake of|had (?:been|complained|struggled|lost|seen|waited|spent|missed|faced|had|grown|risen|fallen|run)|complain(?:ed|s|ts?)?|struggl(?:e|es|ed|ing)|shortages?|too (?:few|slow|long|many|much|often)|could not|couldn't|cannot|can't|no longer|(?:waiting|wait|waited) (?:up to|for|as long as|more than|weeks|months|hours|days)|losing|lost|problems?|delays?|backlogs?|mistakes|errors|rising|soaring|pressure|owe it to|struggle|crash(?:ed)?|costing|missing|wasted?|run out|running out)\b/gi,
  vi: /không có (?:tiền|đủ|người|chỗ)|trước đây|trước kia|thường phải|thường chỉ|phải chờ|phải xếp hàng|xếp hàng|chờ (?:cả|hàng|đến|tới|vài)|mất (?:nhiều|hàng|cả|trung bình)|thiếu|không kịp|không đủ|chậm|sai sót|khó khăn|than phiền|phàn nàn|bị trả (?:về|lại)|trả lại|thiệt hại|áp lực|quá tải|không thể|bỏ quên|ùn tắc|mỏi mắt|lọt qua|bị ép|thua lỗ|tăng cao|hiện nay (?:chỉ|thường|mới)|vất vả/giu,
};

/**
 * What says the aim of the thing outright: "the aim is to get more people borrowing", "mục tiêu chính là phát hiện rò
 * rỉ sớm", "dự án nhằm tránh lặp lại cảnh cắt điện". Told so, it is the reason before any trouble.
 */
const PURPOSE: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:the|its|their|our) (?:main |chief |whole |real )?(?:aim|goal|purpose|objective|idea) (?:is|was|of)\b/i,
  vi: /nhằm|(?<!đặt )mục tiêu (?:chính )?(?:là|của)|mục đích/iu,
};

/** The share of the story's sentences (after the title) that may hold it: news gives the trouble early, after the lead. */
const EARLY_SHARE = 0.7;

/**
 * True when a reason question asks why the story's thing is done at all: no choice asked about, and every word said
 * besides the action and pointers ("this", "này") is one the title or the lead says.
 */
export function asksWhyAtAll(question: string, analysis: QuestionAnalysis, index: StoryIndex): boolean {
  if (analysis.kind !== 'reason') return false;
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  if (CHOICE[l].test(question)) return false;
  return aboutTheStorysThing(analysis.words, ACTION_WORDS[l], index);
}

/**
 * The sentence that tells why the story's thing is done, or null: the first (after the lead) that says its aim
 * outright, else the earliest with the most words of trouble, quoted or not.
 */
export function motivationSentence(index: StoryIndex): string | null {
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  const text = index.sentences.filter((s) => !s.title);
  const reach = Math.max(2, Math.ceil(text.length * EARLY_SHARE));
  const aim = text.slice(1, reach).find((s) => PURPOSE[l].test(s.text));
  if (aim) return aim.text;
  let best: { text: string; hits: number } | null = null;
  for (const s of text.slice(1, reach)) {
    const hits = s.text.match(TROUBLE[l])?.length ?? 0;
    if (hits > 0 && (best === null || hits > best.hits)) best = { text: s.text, hits };
  }
  return best?.text ?? null;
}
