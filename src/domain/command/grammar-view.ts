// What the grammar sees in an utterance, for the learned model to weigh: its parse, which of its word lists occur, and
// the part each word plays (a day, an outlet, a news word, a topic marker, frame words around a topic, a filler). The
// model learns when the grammar is right; the grammar stays exact where it is (commands, days, numbers).
import { foldDiacritics } from '../text/normalize';
import { LANGS, type Lang } from '../types';
import { compile, type Compiled } from './compiled-grammar';
import { findDays } from './days';
import { parseCommand } from './parse-command';
import { plainSpokenForms } from './spoken-forms';
import { findAny, hasDiacritics, tokenize, type PhraseSet, type Token } from './tokens';
import type { Command, ParseContext } from './types';

export interface GrammarView {
  /** The utterance's tokens as parsed (spoken forms made plain; keys folded when it was written without diacritics). */
  tokens: Token[];
  /** Every token's key without diacritics (the model's words are these, so typed and spoken text meet). */
  folded: string[];
  /** The grammar's command for the utterance. */
  command: Command;
  /** Which word lists occur, per language ("en:cue", "vi:other", "en:days"…). */
  flags: string[];
  /** Per token, the parts it plays in either language's grammar ("en:day vi:frame"), or ''. */
  roles: string[][];
}

const ROLE_SETS: [string, (c: Compiled) => PhraseSet][] = [
  ['cue', (c) => c.newsCues],
  ['strong', (c) => c.strongNewsCues],
  ['other', (c) => c.otherDomains],
  ['veto', (c) => c.vetoDomains],
  ['outlet', (c) => c.outlets],
  ['marker', (c) => c.topicMarkers],
  ['weak', (c) => c.weakTopicMarkers],
  ['frame', (c) => c.notTopicHead],
  ['filler', (c) => c.fillers],
];

/** Marks every span of a phrase set in the keys with a role. */
function mark(keys: readonly string[], set: PhraseSet, role: string, roles: string[][]): boolean {
  let found = false;
  for (let from = 0; from < keys.length; ) {
    const hit = findAny(keys, set, from);
    if (!hit) break;
    found = true;
    for (let i = hit.start; i < hit.end; i++) roles[i].push(role);
    from = hit.end;
  }
  return found;
}

/** Words as the view's `folded` holds them (spoken forms plain, no diacritics): for finding labelled or parsed spans. */
export const foldedWords = (text: string): string[] => tokenize(plainSpokenForms(text), true).map((t) => foldDiacritics(t.key));

/** Where a run of words (as `foldedWords` gives them) first occurs in the utterance: [start, end), or null. */
export function runOf(v: GrammarView, words: readonly string[], free: (i: number) => boolean = () => true): [number, number] | null {
  if (words.length === 0) return null;
  for (let i = 0; i + words.length <= v.folded.length; i++) {
    if (words.every((w, k) => v.folded[i + k] === w && free(i + k))) return [i, i + words.length];
  }
  return null;
}

export function grammarView(said: string, ctx: ParseContext): GrammarView {
  const transcript = plainSpokenForms(said);
  const fold = !hasDiacritics(transcript);
  const tokens = tokenize(transcript, fold);
  const folded = fold ? tokens.map((t) => t.key) : tokens.map((t) => foldDiacritics(t.key));
  const roles = tokens.map((): string[] => []);
  const flags: string[] = [];
  const keys = tokens.map((t) => t.key);
  for (const lang of LANGS as readonly Lang[]) {
    const c = compile(lang, fold);
    for (const [role, set] of ROLE_SETS) if (mark(keys, set(c), `${lang}:${role}`, roles)) flags.push(`${lang}:${role}`);
    const days = findDays(keys, c.days, c.numbers, ctx.today);
    if (days) {
      flags.push(`${lang}:days`);
      for (let i = days.start; i < days.end; i++) roles[i].push(`${lang}:day`);
    }
  }
  return { tokens, folded, command: parseCommand(said, ctx), flags, roles };
}
