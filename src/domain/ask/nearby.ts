// What a sentence lends the ones after it, or borrows from the ones before: a figure or a reason told a sentence after
// the thing it is about, a view told by "Ông cho rằng …" after the sentence naming whom, a worry's "she" named before.
import type { ScoredSentence } from './score';
import type { AskKind, Entity } from './types';

/** How much a match lent by a sentence before (answersNearby) is worth, for each sentence between; how far for a reason. */
const NEARBY_DISCOUNT = 0.9;
const NEARBY_REACH = 2;

/**
 * News tells a thing, then its figure or its reason in a sentence after it: "Shares fell 17%. Investors feared that…";
 * "The final training run used 2.8 million GPU hours. … that comes to about 5.6 million dollars."; the title, then the
 * lead. A sentence that matches the question but holds nothing that answers lends its match, discounted for each step,
 * to the first sentence after it that does: strongly to the next one when it points back ("that", "con số này") or
 * follows the title; weakly, for a reason only, within NEARBY_REACH sentences (answered only if nothing else is).
 */
export function answersNearby(scored: ScoredSentence[], kind: AskKind): ScoredSentence[] {
  const best = new Map<number, ScoredSentence>();
  const reach = kind === 'reason' ? NEARBY_REACH : 1;
  scored.forEach((event, i) => {
    if (event.fitting.length > 0 || event.coverage === 0) return;
    for (let step = 1; step <= reach; step++) {
      const next = scored[i + step];
      // "Luật sư Phan Minh Đức chuyên về … . Ông cho rằng …": whom the question names, then their view.
      const theirs = kind === 'opinion' && step === 1 && next !== undefined && PRONOUN_SAYS.test(next.sentence.text);
      if (!next || (next.fitting.length === 0 && !theirs)) continue;
      const strong = (event.sentence.title && step === 1) || POINTS_BACK.test(next.sentence.text) || theirs;
      if (kind !== 'reason' && !strong) return;
      const coverage = event.coverage * NEARBY_DISCOUNT ** step;
      // Each sentence borrows once, from the sentence that lends it most.
      // "Bà lo máy sẽ chấm thấp …": what the pronoun says is the view, cue or no cue.
      const said: Entity = { kind: 'opinion', text: next.sentence.text, start: 0, end: next.sentence.text.length };
      const fitting = next.fitting.length > 0 ? next.fitting : next.views?.length ? next.views : [said];
      if ((best.get(next.index)?.coverage ?? -1) < coverage) best.set(next.index, { ...next, fitting, coverage, score: coverage, matched: [], lent: strong ? 'strong' : 'weak' });
      return;
    }
  });
  return [...best.values()];
}

/** A sentence whose subject is a pronoun for a person: "Nhưng ông lo …", "She also worried …". */
const PERSON_PRONOUN_FIRST = /^(?:\S+\s+)?(?:he|she|ông|bà|anh|chị)\s/iu;

/**
 * "Who said people would buy creams themselves?" is answered by "Nhưng ông lo người bệnh … tự mua thuốc bôi", whose
 * "ông" is the person a sentence before names (PGS.TS Trịnh Văn Lực, up to two back): that person, discounted once.
 */
export function pronounHolders(scored: ScoredSentence[], kind: AskKind): ScoredSentence[] {
  if (kind !== 'person') return [];
  const out: ScoredSentence[] = [];
  scored.forEach((said, i) => {
    if (said.coverage === 0 || said.fitting.length > 0 || !PERSON_PRONOUN_FIRST.test(said.sentence.text)) return;
    for (let back = 1; back <= NEARBY_REACH && i - back >= 0; back++) {
      const before = scored[i - back];
      const people = before.sentence.entities.filter((e) => e.kind === 'person');
      if (people.length === 0) continue;
      const coverage = said.coverage * NEARBY_DISCOUNT;
      out.push({ ...before, fitting: [people[people.length - 1]], coverage, score: coverage, matched: [], lent: 'strong' });
      return;
    }
  });
  return out;
}

/** A sentence that opens with a pronoun saying something: "She said …", "Ông cho rằng …", "Bà lo …". */
const PRONOUN_SAYS = /^(?:\S+\s+)?(?:he|she|they|ông|bà|anh|chị|họ)\s+(?:also\s+|cũng\s+)?(?:said|says|added|argued|warned|thinks|believes|cho rằng|cho biết|nói|lo|nhấn mạnh|đề nghị|cảnh báo|khuyên)(?![\p{L}])/iu;

/** A sentence that opens by pointing back at the one before ("That comes to…", "…, that comes to", "Con số này…"). */
const POINTS_BACK = /^(?:\S+\s+){0,12}?(?:that|this|these|those|it|the figure|the total|the sum|the amount|đây|điều này|con số này|số tiền này|khoản này|mức này)\s+(?:comes?|came|amounts?|amounted|adds?|added|is|was|means|totals?|totalled|totaled|là|tương đương|bằng)(?![\p{L}\p{N}])|^(?:It|They|Nó)\s+(?:costs?|sells?|weighs?|runs?|holds?|carries|carry|has|have|can|will|would|employs?|uses?)(?![\p{L}\p{N}])|^(?:The reason is|That is because|This is because|Lý do là|Nguyên nhân là)(?![\p{L}\p{N}])/u;
