// Who made the story's thing: "which company made the avatar?", "who came up with the AI checker?", "công ty nào làm
// phần mềm này?". News names the maker once, in a sentence of its own that calls the thing otherwise ("The digital
// signer … was built by Quillmoor Labs", "Hệ thống do Công ty Lưới Xanh phát triển"): asked so, the organisation the
// story says built or supplied it is the answer, where the question says nothing the title and the lead do not.
import type { QuestionAnalysis } from './question';
import type { StoryIndex } from './story-index';
import { aboutTheStorysThing } from './story-thing';
import type { Entity } from './types';

/** Words a maker question says besides the thing (folded): the making, the kind asked, pointers. */
const MAKER_QUESTION_WORDS: Record<'en' | 'vi', ReadonlySet<string>> = {
  en: new Set('build built builds building make makes made making develop develops developed developing design designed create created creates supply supplies supplied supplying provide provides provided manufacture manufactures manufactured produce produced company firm start up startup maker developer supplier behind new this that the it system software app tool platform device'.split(' ')),
  vi: new Set('lam phat trien xay dung tao ra che san xuat thiet ke nghi cung cap lap cong ty hang doanh nghiep nao ai nay do cai moi he thong phan mem ung dung app may thiet bi'.split(' ')),
};

/** The making words a maker question says (folded): one must be said. */
const MAKING: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:build|built|builds|building|make|makes|made|making|develop\w*|design\w*|create\w*|supplie?[sd]?|supplying|provide[sd]?|manufactur\w*|produce[sd]?|behind|c[oa]me up with)\b/i,
  vi: /(?:^|\s)(?:làm|phát triển|xây dựng|tạo ra|chế tạo|sản xuất|thiết kế|nghĩ ra|cung cấp|lắp|lam|phat trien|xay dung|tao ra|che tao|san xuat|thiet ke|nghi ra|cung cap|lap)(?=\s|$)/iu,
};

/** A thing said as someone's: "Koorabel's trucks", "xe của Koorabel". */
const OWNED: Record<'en' | 'vi', RegExp> = { en: /(?<!\b(?:who|what|where|when|how|it|that|there|here|he|she))['’]s\s/iu, vi: /(?:^|\s)của\s/iu };

/** Just before the maker: "was built by", "comes from", "do" (Vietnamese, the verb after the name). */
const BEFORE_MAKER: Record<'en' | 'vi', RegExp> = {
  en: /\b(?:built|made|developed|designed|created|supplied|provided|manufactured|produced|engineered)\s+by\s+$|\b(?:comes?|came)\s+from\s+$/i,
  vi: /(?:^|\s)do\s+$/iu,
};
/** Vietnamese: the making said after the maker's name ("do Công ty Lưới Xanh phát triển"). */
const VI_MAKING_AFTER = /^[^.;]{0,60}?(?:phát triển|xây dựng|cung cấp|thực hiện|chế tạo|sản xuất|thiết kế|tạo ra|làm ra)/u;

/** True when an organisation or person question asks who made the story's own thing. */
export function asksMaker(question: string, analysis: QuestionAnalysis, index: StoryIndex): boolean {
  if (analysis.kind !== 'organisation' && analysis.kind !== 'person') return false;
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  // "Who makes Koorabel's haul trucks?" asks of someone's other thing, not of the story's.
  if (!MAKING[l].test(question) || analysis.others || OWNED[l].test(question)) return false;
  return aboutTheStorysThing(analysis.words, MAKER_QUESTION_WORDS[l], index);
}

/** The organisation the story says made or supplied its thing, the first so told, with its sentence; or null. */
export function makerOf(index: StoryIndex): { entity: Entity; sentence: string } | null {
  const l: 'en' | 'vi' = index.lang === 'vi' ? 'vi' : 'en';
  for (const s of index.sentences) {
    if (s.title) continue;
    for (const e of s.entities) {
      if (e.kind !== 'organisation') continue;
      if (!BEFORE_MAKER[l].test(s.text.slice(Math.max(0, e.start - 40), e.start))) continue;
      if (l === 'vi' && !VI_MAKING_AFTER.test(s.text.slice(e.end))) continue;
      return { entity: e, sentence: s.text };
    }
  }
  return null;
}
