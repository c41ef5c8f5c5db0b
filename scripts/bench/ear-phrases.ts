// What the on-device recognizer's benchmark says aloud: English commands the app's grammar understands as meant (every
// intent, news with topics, outlets, days and lengths), and requests meant for other assistants, which it must leave
// alone. Written here; each one checked against parseCommand (scripts/bench/ear-corpus.test.ts), so a miss in the
// benchmark is the ear's, not the grammar's.
import { parseCommand } from '../../src/domain/command/parse-command';
import { type Command, type Intent, type ParseContext } from '../../src/domain/command/types';

export interface EarPhrase {
  text: string;
  /** What the utterance asks for (the out-of-grammar ones: `none`). */
  intent: Intent;
  /** The topic the parser must find, as it prints it; absent when none is meant. */
  topic?: string;
  /** The outlet the parser must find, as said. */
  outlet?: string;
  note?: string;
}

/** The day every utterance is read on: a Saturday, so "Monday" and "last Friday" fall in the same week. */
export const EAR_CONTEXT: ParseContext = { lang: 'en', today: '2026-11-28' };

const say = (intent: Intent, texts: string[]): EarPhrase[] => texts.map((text) => ({ text, intent }));
const news = (text: string, extra: Omit<EarPhrase, 'text' | 'intent'> = {}): EarPhrase => ({ text, intent: 'brief', ...extra });

export const EAR_COMMANDS: readonly EarPhrase[] = [
  ...say('next', ['next', 'skip this story', 'next story please', 'go to the next one', 'move on', 'skip to the next story']),
  ...say('previous', ['go back', 'previous story', 'go back one story', 'back to the previous one', 'play the story before', 'previous']),
  ...say('repeat', ['repeat that', 'say that again', 'one more time', 'what did you say', 'start over', 'read that again']),
  ...say('pause', ['pause', 'hold on', 'wait a second', 'pause the briefing', 'give me a minute', 'hang on']),
  ...say('resume', ['resume', 'continue', 'keep going', 'carry on', 'pick up where you left off', 'go ahead']),
  ...say('stop', ['stop', 'stop talking', "that's enough", 'be quiet']),
  { text: 'stop after this story', intent: 'stop', note: 'after: story' },
  { text: 'stop in twenty minutes', intent: 'stop', note: 'sleep timer, after: 20' },
  { text: 'cancel the sleep timer', intent: 'stop', note: 'after: 0' },
  ...say('more', ['tell me more', 'more details', 'read the whole article', 'tell me more about that', 'go deeper', 'what else does it say']),
  ...say('faster', ['faster', 'speed up', 'talk faster', 'a bit faster please', 'speed it up', 'read more quickly']),
  ...say('slower', ['slower', 'slow down', 'speak slower', 'a little slower', 'too fast', 'read more slowly']),
  ...say('source', ['who reported that', "what's the source", 'where is this from', 'which outlet is this', 'who wrote this', 'who published this story']),
  ...say('save', ['save this', 'bookmark this story', 'save it for later', 'save this story', 'keep this one', 'add this to my saved stories']),
  ...say('replay', ['replay the briefing', "replay yesterday's briefing", 'play the last briefing', 'play the briefing again', "replay today's briefing", "hear this morning's briefing again"]),
  ...say('help', ['help', 'what can I say', 'what can you do', 'how does this work', 'list of commands', 'I need help']),

  // News in general, by day and by length.
  news("what's the AI news"),
  news('brief me'),
  news('give me the headlines'),
  news("what's new today"),
  news("today's news"),
  news('catch me up'),
  news("yesterday's news"),
  news('news from Monday'),
  news("last week's AI news"),
  news('a two minute briefing'),
  news('give me a five minute briefing'),
  news('the news from the past three days'),
  news('what happened this week'),
  news('headlines from last Friday'),
  news('AI news from yesterday morning'),
  news('a ten minute news update from this week'),

  // A topic.
  news('news about DeepSeek', { topic: 'DeepSeek' }),
  news("what's the latest on Nvidia", { topic: 'Nvidia' }),
  news('tell me about OpenAI', { topic: 'OpenAI' }),
  news('any news on Anthropic', { topic: 'Anthropic' }),
  news('news about chips', { topic: 'chips' }),
  news('robotics news', { topic: 'robotics' }),
  news("what's happening with Apple", { topic: 'Apple' }),
  news('Gemini news', { topic: 'Gemini' }),
  news('the latest on Mistral', { topic: 'Mistral' }),
  news('news about AI regulation', { topic: 'regulation', note: 'AI is the default domain: the topic is what is left' }),
  news("DeepSeek news from yesterday", { topic: 'DeepSeek' }),
  news('Nvidia headlines this week', { topic: 'Nvidia' }),
  news('a two minute briefing on OpenAI', { topic: 'OpenAI' }),
  news('news about Anthropic from last week', { topic: 'Anthropic' }),
  news('what happened with Apple yesterday', { topic: 'Apple' }),
  news('updates on robotics', { topic: 'robotics' }),
  news('tell me about Mistral', { topic: 'Mistral' }),
  news('Microsoft news', { topic: 'Microsoft' }),
  news('news about self driving cars', { topic: 'self driving cars' }),
  news("what's new in robotics", { topic: 'robotics' }),
  news('headlines about Tesla', { topic: 'Tesla' }),
  news('any updates on chip export rules', { topic: 'chip export rules' }),
  news('news about Hugging Face from Monday', { topic: 'Hugging Face' }),
  news('what is going on with Samsung', { topic: 'Samsung' }),

  // An outlet.
  news('news from The Verge', { outlet: 'The Verge' }),
  news('Reuters headlines', { outlet: 'Reuters' }),
  news("what's new on TechCrunch", { outlet: 'TechCrunch' }),
  news('the latest from Wired', { outlet: 'Wired' }),
  news('Ars Technica news', { outlet: 'Ars Technica' }),
  news('Bloomberg headlines about Nvidia', { outlet: 'Bloomberg', topic: 'Nvidia' }),
  news('MIT Technology Review news', { outlet: 'MIT Technology Review' }),
  news('the latest from Reuters on OpenAI', { outlet: 'Reuters', topic: 'OpenAI' }),
  news('TechCrunch stories about robotics', { outlet: 'TechCrunch', topic: 'robotics' }),
  news("today's headlines from Bloomberg", { outlet: 'Bloomberg' }),
  news("yesterday's Wired stories", { outlet: 'Wired' }),
];

/** Requests for other assistants: the grammar must answer `none` to each. */
export const EAR_OUT_OF_GRAMMAR: readonly EarPhrase[] = [
  // Weather.
  "what's the weather like tomorrow",
  'will it rain today',
  'do I need an umbrella this afternoon',
  "what's the temperature outside",
  // Alarms and timers.
  'set an alarm for seven in the morning',
  'wake me up at six thirty',
  'set a timer for ten minutes',
  'how much time is left on my timer',
  // Music.
  'play some jazz music',
  'play the new Taylor Swift album',
  'turn up the volume',
  'shuffle my workout playlist',
  // Cooking.
  'how do I make pancakes',
  'give me a recipe for lasagna',
  'how long should I boil an egg',
  'how many grams of flour in a cup',
  // Traffic.
  "how's the traffic on the way to work",
  'is there traffic on the highway',
  'how long is my commute',
  // Small talk.
  'how are you today',
  'tell me a joke',
  "what's your name",
  'good morning',
  'do you like cats',
  // Maths.
  'what is twelve times seven',
  "what's the square root of eighty one",
  'convert fifty dollars to euros',
  'how many ounces in a pound',
  // Shopping.
  'add milk to my shopping list',
  'order more paper towels',
  'put eggs on the grocery list',
  'where is my package',
  // Phone, home and the rest.
  'call mom',
  'send a text to John',
  'turn off the lights',
  'remind me to call the dentist tomorrow',
  "what's on my calendar today",
  'what time is it',
  'set the thermostat to seventy degrees',
  'how tall is the Eiffel Tower',
].map((text) => ({ text, intent: 'none' as const }));

/** What the recognizer's transcript must be read as: the parser's Command for the text, on EAR_CONTEXT's day (for another
 * assistant's request, `NONE`, perhaps marked `notOurs`). */
export function expectedOf(text: string): Command {
  return parseCommand(text, EAR_CONTEXT);
}
