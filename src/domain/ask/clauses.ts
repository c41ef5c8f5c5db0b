// Reasons and opinions in a sentence. A reason is the clause after a cue ("because…", "due to…", "on fears that…",
// "to expand…"; "vì…", "do lo ngại…", "nhằm…", "để…"); an opinion is a sentence that reports what someone said or
// thinks ("said", "warned", "according to", quoted words; "cho rằng", "cảnh báo", "theo ông…").
import { EN_ATTRIBUTIONS, EN_CRITICAL_CUES, EN_OPINION_CUES, EN_REASON_CUES, VI_ATTRIBUTIONS, VI_CRITICAL_CUES, VI_OPINION_CUES, VI_REASON_CUES } from './entity-words';
import { WORD_END as E, WORD_START as B } from '../text/patterns';
import type { Entity } from './types';


/** Cues that read as a reason only after a comma (", as investors worried"), being common in other senses. */
const EN_COMMA_CUES = 'as|since|after';
const VI_COMMA_CUES = 'do|sau khi|khi';

const EN_REASON = new RegExp(`(?:${B}(?:${EN_REASON_CUES.split('|').filter((c) => !EN_COMMA_CUES.split('|').includes(c)).join('|')})|, (?:${EN_COMMA_CUES}))${E}`, 'giu');
/**
 * "Vì vậy", "do đó": "therefore" opens a consequence, not a reason; nor is "thay vì" (instead of) one, nor "để dành"
 * (to save money) a purpose.
 */
const VI_THEREFORE = '(?! (?:vậy|thế|đó|này|dành)(?![\\p{L}\\p{N}]))';
const VI_REASON = new RegExp(`(?<!thay )(?:${B}(?:${VI_REASON_CUES.split('|').filter((c) => !VI_COMMA_CUES.split('|').includes(c)).join('|')})|(?:^|, )(?:${VI_COMMA_CUES}))${E}${VI_THEREFORE}`, 'giu');
/** Where a reason clause ends: a clause break that starts something else. */
const CLAUSE_END = /[;:]|,\s(?:but|while|and|although|though|whereas|which|nhưng|trong khi|còn|song)\s|\s[–—]\s|[.!?]["”’]?\s*$/u;

const EN_OPINION = new RegExp(`${B}(?:${EN_OPINION_CUES})${E}`, 'iu');
const VI_OPINION = new RegExp(`${B}(?:${VI_OPINION_CUES})${E}`, 'iu');
/** An attribution opening the sentence, up to its comma: the speaker is inside it ("Theo ông Lộc,"). */
const EN_ATTRIBUTION = new RegExp(`^(?:${EN_ATTRIBUTIONS})${E}[^,]{1,80},`, 'iu');
const VI_ATTRIBUTION = new RegExp(`^(?:${VI_ATTRIBUTIONS})${E}[^,]{1,80},`, 'iu');
/** Quoted words of at least three words: someone's own words. */
const QUOTE = /["“«][^"”»]{12,}["”»]/u;
const EN_CRITICAL = new RegExp(`${B}(?:${EN_CRITICAL_CUES})${E}`, 'iu');
const VI_CRITICAL = new RegExp(`${B}(?:${VI_CRITICAL_CUES})${E}`, 'iu');

/** True when a sentence voices criticism, a warning or a doubt. */
export function isCritical(sentence: string, lang: string): boolean {
  return (lang === 'vi' ? VI_CRITICAL : EN_CRITICAL).test(sentence);
}

/** Just before a reason cue, a denial of it: "did not go public because…", "không phải vì…", "chẳng phải do…". */
const DENIED = /(?:(?<![\p{L}])(?:not|never)|n['’]t)\s+(?:[\p{L}'’-]+\s+){0,3}$|(?<![\p{L}])(?:không|chẳng|chứ không) phải (?:là )?$/iu;

/** The purpose of a use: "used it to deliver prescriptions", "designed to cut costs" (the clause from "to"). */
const EN_PURPOSE = /(?<![\p{L}\p{N}])(?:use[sd]?|using|designed|built|developed|created|launched|formed|set up|hired|spent|raised|deployed|bought|acquired)(?:\s+(?!to\b)[\p{L}\p{M}'’-]+){0,4}\s+(to)(?=\s+\p{L})/giu;

function reasons(sentence: string, lang: string): Entity[] {
  const out: Entity[] = [];
  const cues = [...sentence.matchAll(lang === 'vi' ? VI_REASON : EN_REASON)].map((m) => ({ at: m.index, cue: m[0] }));
  if (lang !== 'vi') for (const m of sentence.matchAll(EN_PURPOSE)) cues.push({ at: m.index + m[0].length - 2, cue: 'to' });
  cues.sort((a, b) => a.at - b.at);
  for (const { at, cue } of cues) {
    const from = at + (cue.startsWith(',') ? 2 : 0);
    const rest = sentence.slice(at + cue.length);
    const stop = CLAUSE_END.exec(rest);
    const end = at + cue.length + (stop ? stop.index : rest.length);
    const text = sentence.slice(from, end).trim();
    // A cue with nothing after it ("the reason.") gives no reason.
    if (text.split(/\s+/).length < 3) continue;
    // "We did not go public because we needed the cash": a reason denied is not the reason.
    if (DENIED.test(sentence.slice(Math.max(0, at - 40), at))) continue;
    if (out.some((e) => from >= e.start && end <= e.end)) continue;
    out.push({ kind: 'reason', text, start: from, end: from + text.length });
  }
  return out;
}

/**
 * The view a sentence reports, from where it is voiced (the speech verb, the quote, the word of judgement) to the
 * end: what comes before names whose view it is. An attribution ("Theo ông Lộc, …") names the speaker inside it.
 */
function opinion(sentence: string, lang: string): Entity | null {
  const attribution = (lang === 'vi' ? VI_ATTRIBUTION : EN_ATTRIBUTION).exec(sentence);
  const cue = (lang === 'vi' ? VI_OPINION : EN_OPINION).exec(sentence);
  const quote = QUOTE.exec(sentence);
  const at = attribution ? attribution[0].length : Math.min(cue?.index ?? Infinity, quote?.index ?? Infinity);
  if (!Number.isFinite(at)) return null;
  return { kind: 'opinion', text: sentence.slice(at).trim(), start: at, end: sentence.length };
}

/** Reason clauses and, when the sentence reports a view, that view as an opinion. */
export function findClauses(sentence: string, lang: string): Entity[] {
  const view = opinion(sentence, lang);
  return view ? [...reasons(sentence, lang), view] : reasons(sentence, lang);
}
