// What the story's thing costs, asked as a listener asks it: "so what's the whole thing costing?", "vụ đếm rùa bằng
// flycam hết nhiêu tiền vậy?", "số hóa mấy cái này hết nhiêu tiền?". The listener names the thing in their own words,
// which seldom match the sentence that gives the sum ("Dự án có tổng kinh phí 2,7 tỷ đồng.", "The contract is worth
// $2.6 million."); the question names nothing the title and the lead do not, so it asks for the cost of the whole.
// A price of one ("mỗi cái", "per monitor", "máy soi container giá bao nhiêu"), a rate, or anything else named ("what
// will island residents pay", "thay pin") is not this question, and is left to the usual match.
import type { QuestionAnalysis } from './question';
import type { IndexedSentence, StoryIndex } from './story-index';
import { aboutTheStorysThing } from './story-thing';

/** Words such a question says besides the thing (folded): the cost, the whole, the pointers. */
const COST_QUESTION_WORDS: Record<'en' | 'vi', ReadonlySet<string>> = {
  en: new Set('cost costs costing costed whole thing all this it project scheme programme program system spend spending spent so much in total altogether overall'.split(' ')),
  vi: new Set('vu du an he thong cai nay do vay het ton mat tien chi phi kinh u thi diem bang tong cong tat ca toan bo'.split(' ')),
};

/** The price of one asked ("each of the camera cars", "một cánh tay robot"), which a sum for all does not answer. */
const ONE: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:each|one|a single|per|apiece|a piece)\b/i,
  vi: /(?:^|\s)(?:mỗi|từng|một)\s/iu,
};

/** A sentence that gives what the thing costs: a sum the project, the contract or the deal is. */
const COST: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:costs?|costing|worth|paying|pay|paid|spend|spending|spent|budget|price|priced)\b/i,
  vi: /kinh phí|chi phí|vốn đầu tư|tổng vốn|tổng mức đầu tư|trị giá|giá trị|tổng đầu tư|\bgiá\b/iu,
};
/** What makes it the sum of the whole rather than of a part. */
const WHOLE: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:total|in all|altogether|contract|deal|project|programme|program|scheme)\b/i,
  vi: /tổng|dự án|hợp đồng|toàn bộ/iu,
};

/** True when an amount question asks what the story's thing costs as a whole. */
export function asksWholeCost(question: string, analysis: QuestionAnalysis, index: StoryIndex): boolean {
  if (analysis.kind !== 'amount' || analysis.each || analysis.rate) return false;
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  if (ONE[l].test(question)) return false;
  return aboutTheStorysThing(analysis.words, COST_QUESTION_WORDS[l], index);
}

/**
 * The sentence that gives the whole thing's cost, with its sum: the first sentence of the text holding an amount and a
 * word of cost, one that says it is the whole (total, the contract, the project) before any other; null if none.
 */
export function wholeCostSentence(index: StoryIndex): { sentence: IndexedSentence; amounts: string[] } | null {
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  const costs = index.sentences.filter((s) => !s.title && COST[l].test(s.text) && s.entities.some((e) => e.kind === 'amount'));
  const best = costs.find((s) => WHOLE[l].test(s.text)) ?? costs[0];
  return best ? { sentence: best, amounts: best.entities.filter((e) => e.kind === 'amount').map((e) => e.text) } : null;
}
