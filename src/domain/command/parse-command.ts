// Turns one transcript into a Command, using the phrase data of the user's language (then the other one).
import { addDays } from '../day';
import { matchKey } from '../text/normalize';
import type { Lang } from '../types';
import { en } from './grammar-en';
import { vi } from './grammar-vi';
import { NONE, type Command, type Grammar, type Intent, type ParseContext } from './types';

const GRAMMARS: Record<Lang, Grammar> = { en, vi };

/** A grammar with every phrase folded to its match key, longest first so "tiếp tục" wins over "tiếp". */
interface Compiled {
  fillers: string[];
  openers: string[];
  closers: string[];
  transport: Map<string, Intent>;
  newsCues: string[];
  relativeDays: { phrase: string; offset: number }[];
}

const compiled = new Map<Lang, Compiled>();

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}

function compile(lang: Lang): Compiled {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const g = GRAMMARS[lang];
  const transport = new Map<string, Intent>();
  for (const [intent, phrases] of Object.entries(g.transport) as [Intent, readonly string[]][]) {
    for (const p of phrases) transport.set(matchKey(p), intent);
  }
  const c: Compiled = {
    fillers: g.fillers.map(matchKey).sort(byLengthDesc),
    openers: g.openers.map(matchKey).sort(byLengthDesc),
    closers: g.closers.map(matchKey).sort(byLengthDesc),
    transport,
    newsCues: g.newsCues.map(matchKey).sort(byLengthDesc),
    relativeDays: g.relativeDays.map((d) => ({ phrase: matchKey(d.phrase), offset: d.offset })).sort((a, b) => byLengthDesc(a.phrase, b.phrase)),
  };
  compiled.set(lang, c);
  return c;
}

/** True when `phrase` occurs in `key` as whole words. */
function hasPhrase(key: string, phrase: string): boolean {
  return ` ${key} `.includes(` ${phrase} `);
}

/** Removes every whole-word occurrence of the phrases. */
function removePhrases(key: string, phrases: readonly string[]): string {
  let padded = ` ${key} `;
  for (const p of phrases) {
    while (padded.includes(` ${p} `)) padded = padded.replace(` ${p} `, ' ');
  }
  return padded.trim();
}

function stripPrefix(key: string, phrases: readonly string[]): string | null {
  for (const p of phrases) if (key.startsWith(`${p} `)) return key.slice(p.length + 1);
  return null;
}

function stripSuffix(key: string, phrases: readonly string[]): string | null {
  for (const p of phrases) if (key.endsWith(` ${p}`)) return key.slice(0, -p.length - 1);
  return null;
}

/** The utterance and its variants with openers and closers peeled off, most literal first. */
function transportCandidates(key: string, c: Compiled): string[] {
  const out = [key];
  for (let i = 0; i < out.length && out.length < 16; i++) {
    for (const next of [stripPrefix(out[i], c.openers), stripSuffix(out[i], c.closers)]) {
      if (next && !out.includes(next)) out.push(next);
    }
  }
  return out;
}

function parseWith(key: string, lang: Lang, ctx: ParseContext): Command {
  const c = compile(lang);
  const core = removePhrases(key, c.fillers);
  for (const candidate of transportCandidates(core, c)) {
    const intent = c.transport.get(candidate);
    if (intent) return { ...NONE, intent };
  }
  if (c.newsCues.some((cue) => hasPhrase(core, cue))) {
    // "yesterday's news": a day word may carry the possessive.
    const day = c.relativeDays.find((d) => hasPhrase(core, d.phrase) || hasPhrase(core, `${d.phrase}'s`));
    const when = day ? addDays(ctx.today, day.offset) : null;
    return { intent: 'brief', topic: null, from: when, to: when };
  }
  return NONE;
}

/**
 * Parses one transcript. Tries the user's language first, then the other one
 * (people in Vietnam often say "next" or "stop" in English). Never guesses: no match is `none`.
 */
export function parseCommand(transcript: string, ctx: ParseContext): Command {
  const key = matchKey(transcript);
  if (!key) return NONE;
  const order: Lang[] = ctx.lang === 'vi' ? ['vi', 'en'] : ['en', 'vi'];
  for (const lang of order) {
    const cmd = parseWith(key, lang, ctx);
    if (cmd.intent !== 'none') return cmd;
  }
  return NONE;
}

/** The first recognizer alternative that parses to something other than `none`. */
export function parseAlternatives(alternatives: readonly string[], ctx: ParseContext): { command: Command; transcript: string } {
  for (const transcript of alternatives) {
    const command = parseCommand(transcript, ctx);
    if (command.intent !== 'none') return { command, transcript };
  }
  return { command: NONE, transcript: alternatives[0] ?? '' };
}
