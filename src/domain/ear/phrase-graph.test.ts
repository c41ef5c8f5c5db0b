import { describe, expect, it } from 'vitest';
import { FakeWords } from '../../../tests/fakes/fake-ear';
import { en } from '../command/grammar-en';
import { parseCommand } from '../command/parse-command';
import { heardGraph, joinedFragments, phraseGraph } from './phrase-graph';
import { closure, type TokenNode } from './token-graph';

const CTX = { lang: 'en' as const, today: '2026-11-28' };

/** A random phrase of the graph: at each node one of the tokens it allows, or its end; an open slot gets a topic. */
function samplePhrase(root: TokenNode, words: FakeWords, random: () => number): { text: string; open: boolean } {
  const said: number[] = [];
  let node = root;
  for (;;) {
    const here = closure(node);
    const moves = here.flatMap((n) => [...n.next]);
    const ends = here.some((n) => n.end);
    const open = here.some((n) => n.open);
    const pick = Math.floor(random() * (moves.length + (ends || open ? 1 : 0)));
    if (pick === moves.length || moves.length === 0) return { text: words.vocabulary.decode(said) + (open && !ends ? ' quantum computing' : ''), open: open && !ends };
    said.push(moves[pick][0]);
    node = moves[pick][1];
  }
}

function seeded(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe('the phrases the ear listens for', () => {
  const words = new FakeWords();
  const { root } = phraseGraph(en, { topics: ['DeepSeek', 'chips'], outlets: ['Ars Technica'] }, words.encodeWord, (p) => parseCommand(p, CTX).intent);

  it('are all understood by the parser (10,000 drawn at random)', () => {
    const random = seeded(42);
    const missed: string[] = [];
    for (let i = 0; i < 10000; i++) {
      const { text } = samplePhrase(root, words, random);
      if (parseCommand(text, CTX).intent === 'none') missed.push(text);
    }
    expect(missed).toEqual([]);
  });

  it('hold requests for news of every kind, with the device’s names, as the parser reads them', () => {
    const holds = (text: string) => {
      let nodes = [root];
      for (const w of text.split(' ')) nodes = nodes.flatMap((n) => closure(n).flatMap((c) => (c.next.has(words.id(w)) ? [c.next.get(words.id(w))!] : [])));
      return nodes.some((n) => closure(n).some((c) => c.end));
    };
    for (const p of ["What's the latest AI news about DeepSeek from Ars Technica this week", 'News about chips', 'Hey Earshot next', 'DeepSeek news', 'What did Ars Technica say about chips', 'Give me a 2-minute briefing', "Yesterday's news"]) {
      expect(holds(p), p).toBe(true);
    }
    expect(holds('What did Reuters sing about chips')).toBe(false);
    // Fragments the parser finds inside an utterance, joined where they overlap on a word.
    expect(holds('Pick up where you left off')).toBe(true);
    expect(parseCommand('What did Ars Technica say about chips', CTX)).toMatchObject({ intent: 'brief', topic: 'chips', outlet: 'Ars Technica' });
  });

  it('join a command’s fragments that overlap on a word, and only those', () => {
    expect(joinedFragments(['pick up where', 'where you left off', 'where we left off', 'resume']).sort()).toEqual(['pick up where we left off', 'pick up where you left off']);
    expect(joinedFragments(['tell me more', 'more about this', 'tell me more about this'])).toEqual([]);
    expect(joinedFragments(['go back', 'back'])).toEqual([]);
    expect(joinedFragments(['replay * briefing', 'briefing from * again'])).toEqual([]);
  });

  it('leave a topic open after "news about": any words may follow, and they are the topic', () => {
    const random = seeded(7);
    let open = 0;
    for (let i = 0; i < 3000 && open < 200; i++) {
      const s = samplePhrase(root, words, random);
      if (!s.open) continue;
      open++;
      expect(parseCommand(s.text, CTX), s.text).toMatchObject({ intent: 'brief', topic: expect.stringMatching(/quantum computing$/) });
    }
    expect(open).toBeGreaterThan(20);
  });
});

describe('the second ear’s phrase, for the first ear to weigh', () => {
  it('is the phrase in each way the phrases write its words, the first capitalised', () => {
    const words = new FakeWords();
    const written = new Map([['techcrunch', ['TechCrunch', 'Techcrunch']], ["what's", ["What's", "what's"]]]);
    const root = heardGraph(["what's", 'new', 'on', 'techcrunch'], written, words.encodeWord);
    const spellings = new Set<string>();
    const walk = (node: TokenNode, said: number[]) => {
      for (const n of closure(node)) {
        if (n.end) spellings.add(words.vocabulary.decode(said));
        for (const [t, child] of n.next) walk(child, [...said, t]);
      }
    };
    walk(root, []);
    expect([...spellings].sort()).toEqual(["What's new on TechCrunch", "What's new on Techcrunch"]);
  });

  it('of no words is no phrase', () => {
    const root = heardGraph([], new Map(), new FakeWords().encodeWord);
    expect(root.end).toBe(false);
    expect(root.next.size).toBe(0);
  });
});
