// What the on-device ear listens for in English, besides the grammar's own command phrases: requests for news, each a
// chain of parts said in order, a part being one of its alternatives ('' where it may be left out). Slots are filled
// from what the device holds: {T} a topic (names found in the stories), {S} an outlet (the grammar's list and the
// user's sources), {D} a day, {N} a number of minutes. A chain marked open ends in an open slot: any words may follow,
// and the parser takes them for the topic. Every path must parse as a request for news (listen-phrases-en.test.ts
// samples them).

export interface Chain {
  parts: readonly (readonly string[])[];
  open?: boolean;
}

/** Words that may come before any phrase ("okay next", "hey Earshot, what's the news"). */
export const LEADS = ['', 'okay', 'please', 'hey Earshot', 'now', 'so'] as const;
/** Words that may come after a command ("next please"). */
export const TAILS = ['', 'please', 'now'] as const;
/** What may stand for a grammar phrase's "*" ("replay * briefing", "say * again"). */
export const WILDCARDS = ['that', 'it', 'this', 'the', 'the last', "today's", "yesterday's", "this morning's", 'my', 'the whole', 'this story', 'that story', 'that one'] as const;
/** What may stand for a sleep timer's "#" ("stop in # minutes"). */
export const TIMER_NUMBERS = ['one', 'two', 'five', 'ten', 'fifteen', 'twenty', 'thirty', 'forty five', 'sixty', '5', '10', '15', '20', '30', '45', '60'] as const;

const FRAMES = [
  '', "what's", "what's the", 'what are the', 'what is the', 'give me', 'give me the', 'tell me', 'tell me the', 'play', 'play the', 'play me the',
  'read me', 'read me the', 'read the', 'I want', 'I want the', "I'd like", "I'd like the", 'show me', 'show me the', 'get me', 'get me the', 'any',
  "let's hear", "let's hear the", 'start', 'start the', 'can I get the', 'can you give me the',
];
const QUALIFIERS = [
  '', 'AI', 'latest', 'latest AI', 'the latest', 'the latest AI', 'top', 'top AI', "today's", "today's AI", "yesterday's", "yesterday's AI",
  "this morning's", "this week's", "last week's", "last week's AI", 'new', 'tech', '{S}', '{S} AI',
];
const NOUNS = ['news', 'headlines', 'news stories', 'top stories', 'briefing', 'news briefing', 'updates', 'news update', 'bulletin', 'AI stories'];
const ABOUT = ['about', 'on', 'regarding', 'concerning'];
const FROM = ['', 'from {S}', 'on {S}'];
const WHEN = ['', 'today', 'this morning', 'this week', 'last week', 'yesterday', 'from yesterday', 'from {D}', 'from last {D}', 'on {D}', 'this weekend', 'right now', 'please'];
const ASK_NEW = ["what's new", "what's happening", "what's going on", "what's the latest", 'any news', 'anything new', 'what happened'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const MINUTES = ['one', 'two', 'three', 'four', 'five', 'ten', 'fifteen', '2', '3', '5', '10'] as const;

export const NEWS_CHAINS: readonly Chain[] = [
  // "what's the latest AI news about DeepSeek from Reuters this week"
  { parts: [LEADS, FRAMES, QUALIFIERS, NOUNS, ['', ...ABOUT.map((a) => `${a} {T}`)], FROM, WHEN] },
  // "news about <a topic the device has no name for>"
  { parts: [LEADS, FRAMES, QUALIFIERS, NOUNS, ABOUT], open: true },
  // "DeepSeek news", "Nvidia headlines this week"
  { parts: [LEADS, FRAMES, ['{T}', 'the latest {T}', 'latest {T}', 'any {T}'], ['news', 'headlines', 'updates', 'stories'], FROM, WHEN] },
  // "what's new with Nvidia", "what's happening in AI today", "what happened yesterday"
  { parts: [LEADS, ASK_NEW, ['', 'in AI', 'with {T}', 'about {T}', 'on {T}', 'in {T}', 'on {S}', 'at {S}'], WHEN] },
  { parts: [LEADS, ASK_NEW, ['with', 'about', 'on', 'in']], open: true },
  // "what did Reuters say about chips"
  { parts: [LEADS, ['what did {S}', "what's {S}", 'what is {S}', 'what has {S}'], ['say', 'saying', 'report', 'reporting', 'write', 'written', 'said'], ['about {T}', 'on {T}', '']] },
  { parts: [LEADS, ['what did {S}', "what's {S}", 'what has {S}'], ['say', 'saying', 'report', 'reporting', 'write', 'written', 'said'], ['about', 'on']], open: true },
  // "the latest from Reuters on OpenAI", "anything new from The Verge"
  { parts: [LEADS, ['the latest', "what's the latest", 'anything new', "what's new", 'any news', 'the news', 'news'], ['from {S}'], ['', 'on {T}', 'about {T}'], WHEN] },
  // "tell me about DeepSeek", "catch me up", "brief me"
  { parts: [LEADS, ['tell me about {T}', 'catch me up', 'catch me up on {T}', 'brief me', 'brief me on {T}', 'fill me in', 'update me', 'update me on {T}', 'keep me posted on {T}'], WHEN] },
  { parts: [LEADS, ['tell me about', 'catch me up on', 'brief me on', 'update me on']], open: true },
  // "a two minute briefing", "give me five minutes of news"
  { parts: [LEADS, ['', 'give me', 'play', 'I want', 'play me', 'can I get'], ['a {N} minute', 'a {N}-minute', '{N} minutes of'], ['briefing', 'news briefing', 'news', 'AI news', 'news update'], WHEN] },
];
