import { describe, expect, it } from 'vitest';
import { en } from '../command/grammar-en';
import { parseCommand } from '../command/parse-command';
import { phraseOf, spokenWords, wordGrammar, type WordGrammar } from './word-grammar';

const CTX = { lang: 'en' as const, today: '2026-11-28' };
const intentOf = (p: string) => parseCommand(p, CTX).intent;

/** The states reached from `from` by the words, null transitions taken freely. */
function walk(g: WordGrammar, words: readonly string[]): Set<number> {
  const close = (states: Set<number>) => {
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      for (const t of g.transitions) {
        if (t.from !== s || t.word !== '' || states.has(t.to)) continue;
        states.add(t.to);
        stack.push(t.to);
      }
    }
    return states;
  };
  let at = close(new Set([g.start]));
  for (const w of words) at = close(new Set(g.transitions.filter((t) => at.has(t.from) && t.word === w).map((t) => t.to)));
  return at;
}
const accepts = (g: WordGrammar, phrase: string) => walk(g, phrase.split(' ')).has(g.end);

/** A random path of the grammar's words from the start to the end. */
function samplePath(g: WordGrammar, random: () => number): string[] | null {
  const said: string[] = [];
  let state = g.start;
  for (let steps = 0; steps < 60; steps++) {
    const out = g.transitions.filter((t) => t.from === state);
    if (out.length === 0) return state === g.end ? said : null;
    const t = out[Math.floor(random() * out.length)];
    if (t.to === g.end && t.word === '') return said;
    if (t.word) said.push(t.word);
    state = t.to;
  }
  return null;
}

function seeded(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('the second ear’s grammar', () => {
  const g = wordGrammar(en, { topics: ['DeepSeek', 'self-driving cars'], outlets: ['The Verge', 'TechCrunch'] }, intentOf);

  it('holds the commands, news with topics, outlets, days and lengths, in the dictionary’s words', () => {
    for (const phrase of ['next', 'okay go back please', 'tell me more', 'stop in twenty minutes', "what's the latest ai news about deepseek from the verge this week", 'news about self driving cars', "what's new on techcrunch", 'give me a two minute briefing', 'news from friday'])
      expect(accepts(g, phrase), phrase).toBe(true);
  });

  it('does not hold what the parser would not act on', () => {
    for (const phrase of ["what's the weather like", 'okay just a second', 'play some jazz']) expect(accepts(g, phrase), phrase).toBe(false);
  });

  it('is one state per way out: far fewer states than phrases', () => {
    expect(g.phrases).toBeGreaterThan(5000);
    expect(g.numStates).toBeLessThan(2000);
    expect(g.transitions.every((t) => t.from >= 0 && t.from < g.numStates && t.to >= 0 && t.to < g.numStates)).toBe(true);
  });

  it('every path it allows is a command or a request for news to the parser (2,000 drawn at random)', () => {
    const random = seeded(7);
    const missed: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const path = samplePath(g, random);
      if (path && intentOf(path.join(' ')) === 'none') missed.push(path.join(' '));
    }
    expect(missed).toEqual([]);
  });

  it('reads a result as a phrase, or nothing', () => {
    expect(phraseOf('  ')).toBeNull();
    expect(phraseOf(' next  story ')).toBe('next story');
  });

  it('keeps how the phrases write each word, for the first ear', () => {
    expect(g.written.get('techcrunch')).toContain('TechCrunch');
    expect(g.written.get('deepseek')).toContain('DeepSeek');
    expect(g.written.get('ai')).toContain('AI');
  });
});

describe('words as they are said', () => {
  it('in lower case, hyphens apart, numbers in words, punctuation but apostrophes gone', () => {
    expect(spokenWords("What's")).toEqual(["what's"]);
    expect(spokenWords('two-minute')).toEqual(['two', 'minute']);
    expect(spokenWords('45')).toEqual(['forty', 'five']);
    expect(spokenWords('Dr.')).toEqual(['dr']);
    expect(spokenWords('7')).toEqual([]);
  });
});
