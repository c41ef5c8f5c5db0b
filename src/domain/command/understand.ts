// Understanding an utterance: the grammar and the learned model together. The grammar is exact where rules are
// (commands as phrased, days, numbers, lengths); the model decides what rules cannot — a request for news phrased in
// a way no list holds, or a request meant for another assistant that shares our words ("phát một lần nữa", "how do
// I make bánh cuốn") — and finds topics and outlets. How far each is trusted was chosen on MASSIVE's dev partition
// and the project's written sets (scripts/train/train-commands.ts), never on MASSIVE's test partition.
import { isStoryQuestion, questionKind } from '../ask/question';
import { asBriefing } from './parse-command';
import { foldedWords, grammarView, runOf, type GrammarView } from './grammar-view';
import { utteranceFeatures } from './model/features';
import { softmax, type LinearModel } from './model/linear';
import { spansOf, tagWords, widenSpans } from './model/tagger';
import { LANGS, type Lang } from '../types';
import { compile } from './compiled-grammar';
import { hasDiacritics, tokenize } from './tokens';
import { INTENTS, NONE, type Command, type Intent, type ParseContext } from './types';

/** How the grammar's and the model's answers are combined (chosen on dev data by the training script). */
export interface Policy {
  /** A command the grammar found is dropped when the model gives "another assistant's" at least this. */
  vetoCommand: number;
  /** A request for news the grammar found is dropped when the model gives "another assistant's" at least this… */
  vetoBrief: number;
  /** …or at least this, when the request holds a strong news cue ("news about", "bản tin"). */
  vetoStrongBrief: number;
  /** Only a command of at least this many words can be dropped: "next one", "im lặng" stay ours. */
  vetoCommandWords: number;
  /** Where the grammar found nothing: a request for news when the model gives it at least this. */
  rescueBrief: number;
  /** Where the grammar found nothing: one of our commands when the model gives it at least this. */
  rescueCommand: number;
  /** A request of at least this many words that is not ours is answered "I can only help with news". */
  notOursWords: number;
  /** Whose topic is told: the model's (the grammar's when the model finds none), or the grammar's alone. */
  topicFrom: 'model' | 'grammar';
}

/** Scores every label of an utterance from its features (a linear or an embedding model). */
export interface Scorer {
  labels: readonly string[];
  scores(features: readonly string[]): Float64Array;
}

export interface CommandModel {
  intents: Scorer;
  slots: LinearModel;
  /** Chosen per language: the model may help one language's grammar more than the other's. */
  policy: Record<Lang, Policy>;
}

const OURS = new Set<Intent>(INTENTS.filter((i) => i !== 'none'));
/**
 * Commands that silence the app are never overruled: "please stop talking" must always work, and acting on another
 * assistant's "stop the alarm" costs nothing but a pause.
 */
const SILENCING = new Set<Intent>(['stop', 'pause']);

/** True when a topic is only the default subject ("AI", "trí tuệ nhân tạo") in either language. */
function isDefaultSubject(topic: string): boolean {
  const fold = !hasDiacritics(topic);
  const key = tokenize(topic, fold).map((t) => t.key).join(' ');
  return LANGS.some((lang) => compile(lang, fold).defaultDomain.has(key));
}

/**
 * True when the grammar's topic follows one of its topic markers ("về X", "about X"), only frame words between: what
 * follows "về" is what the news is about, whatever else the request holds ("tin tức thịnh hành về công nghệ").
 */
export function isMarkedTopic(v: GrammarView, topic: string, lang: Lang): boolean {
  const at = runOf(v, foldedWords(topic));
  if (!at) return false;
  for (let i = at[0] - 1; i >= 0; i--) {
    if (v.roles[i].includes(`${lang}:marker`)) return true;
    if (!v.roles[i].includes(`${lang}:frame`)) return false;
  }
  return false;
}

/** The topic and outlet of a request for news: the grammar's days and length, the tagger's spans where it has them. */
export function withSlots(brief: Command, v: GrammarView, model: CommandModel, ctx: ParseContext): Command {
  const tags = widenSpans(tagWords(model.slots, v, ctx), v, 'T', brief.topic);
  const [topic] = spansOf(tags, v, 'T');
  const [outlet] = spansOf(tags, v, 'S');
  // The model's topic first (the grammar's when it finds none, or when it follows a topic marker), or the grammar's alone.
  const apart = (a: string, b: string) => !foldedWords(a).some((w) => foldedWords(b).includes(w));
  const grammarFirst = model.policy[ctx.lang].topicFrom === 'grammar' || (brief.topic !== null && !!topic && apart(topic, brief.topic) && isMarkedTopic(v, brief.topic, ctx.lang));
  let chosenTopic: string | null = grammarFirst ? brief.topic : (topic ?? brief.topic);
  let chosenOutlet: string | null = brief.outlet ?? outlet ?? null;
  // The same words are a source or a subject, not both: an outlet from the grammar's list is a source; a name only the
  // tagger took for an outlet stays the subject ("SoftBank news").
  if (chosenTopic && chosenOutlet && chosenTopic.toLowerCase() === chosenOutlet.toLowerCase()) {
    if (brief.outlet) chosenTopic = null;
    else chosenOutlet = null;
  }
  // "AI" alone is the default subject, not a topic (as for the grammar).
  if (chosenTopic && isDefaultSubject(chosenTopic)) chosenTopic = null;
  return { ...brief, topic: chosenTopic ?? null, outlet: chosenOutlet };
}

/** What to do with an utterance, from the grammar's intent and the model's probabilities (pure; the trainer tunes it). */
export type Decision =
  | { take: 'grammar' }
  | { take: 'briefing'; rescued: boolean }
  | { take: 'command'; intent: Intent }
  | { take: 'none'; notOurs: boolean };

/** A label of another assistant's request: "none", or one of the kinds the model was trained to tell ("x:weather_query"). */
export const isOtherLabel = (label: string) => label === 'none' || label.startsWith('x:');

/** What the decision needs to know of the utterance besides the probabilities. */
export interface Said {
  grammar: Intent;
  words: number;
  /** The grammar found a strong news cue in it. */
  strongCue: boolean;
}

export function decide({ grammar, words, strongCue }: Said, probs: ArrayLike<number>, labels: readonly string[], policy: Policy): Decision {
  let other = 0;
  let best = -1;
  for (let i = 0; i < labels.length; i++) {
    if (isOtherLabel(labels[i])) other += probs[i];
    else if (best < 0 || probs[i] > probs[best]) best = i;
  }
  const notOurs = (): Decision => ({ take: 'none', notOurs: words >= policy.notOursWords });
  if (grammar === 'brief') return other >= (strongCue ? policy.vetoStrongBrief : policy.vetoBrief) ? notOurs() : { take: 'briefing', rescued: false };
  // An intent the model never learned (it is not among its labels) is the grammar's alone to judge.
  if (grammar !== 'none' && !labels.includes(grammar)) return { take: 'grammar' };
  if (grammar !== 'none') return !SILENCING.has(grammar) && words >= policy.vetoCommandWords && other >= policy.vetoCommand ? notOurs() : { take: 'grammar' };
  const label = labels[best] as Intent;
  if (label === 'brief' && probs[best] >= policy.rescueBrief) return { take: 'briefing', rescued: true };
  if (OURS.has(label) && label !== 'brief' && probs[best] >= policy.rescueCommand) return { take: 'command', intent: label };
  return other >= 0.5 && other > probs[best] ? notOurs() : { take: 'none', notOurs: false };
}

/** What the decision weighs of what the grammar saw. */
export const saidOf = (v: GrammarView): Said => ({
  grammar: v.command.intent,
  words: v.tokens.length,
  strongCue: v.flags.some((f) => f.endsWith(':strong')),
});

/** The model's probabilities for an utterance the grammar has seen. */
export function intentProbabilities(v: GrammarView, ctx: ParseContext, model: CommandModel): Float64Array {
  return softmax(model.intents.scores(utteranceFeatures(v, ctx)));
}

/** Words (folded) that ask for news itself, which a question about one story never holds. */
const NEWS_WORDS = new Set(['news', 'headline', 'headlines', 'stories', 'update', 'updates', 'briefing', 'bulletin', 'tin', 'thoi su', 'tieu de']);

/** True when the utterance asks for news in so many words ("news", "headlines", "tin", "thời sự"), names days or an outlet. */
function asksForNews(v: GrammarView): boolean {
  if (v.flags.some((f) => f.endsWith(':strong') || f.endsWith(':days') || f.endsWith(':outlet'))) return true;
  return v.folded.some((w, i) => NEWS_WORDS.has(w) || NEWS_WORDS.has(`${w} ${v.folded[i + 1]}`));
}

/**
 * A question about the story being told ("how much does it cost?", "ai phát triển nó?"), not a command: what neither
 * the grammar nor the model made a command of and asks something; and, while a story is in context, a "request for
 * news" with no news word, day, outlet or new subject that asks for a kind of thing ("what did the union say about
 * it", "công ty nào đứng sau vụ này").
 */
export function isAsk(said: string, v: GrammarView, d: Decision, ctx: ParseContext): boolean {
  if ((d.take !== 'none' && d.take !== 'briefing') || asksForNews(v)) return false;
  if (d.take === 'none') return isStoryQuestion(said, ctx.lang);
  // With no story to ask about, "what did Jensen Huang say" asks for news about him.
  if (!ctx.storyInContext || namesNewSubject(v)) return false;
  return isStoryQuestion(said, ctx.lang) && questionKind(said, ctx.lang).kind !== 'other';
}

/** Words after "about" / "về" that point back at the story rather than name a subject ("about it", "về vụ này"). */
const REFERENCES = new Set([
  'it', 'this', 'that', 'them', 'these', 'those', 'him', 'her', 'the', 'story', 'deal', 'case', 'one', 'thing', 'company', 'plan', 'move',
  'no', 'nay', 'do', 'ay', 'kia', 'ho', 'chuyen', 'vu', 'viec', 'cai', 'cong', 'ty', 'tin', 'van', 'de', 'ke', 'hoach',
]);
const SUBJECT_MARKERS = new Set(['about', 'regarding', 've']);

/** "What do analysts say about the new immigration policies": a subject named after "about" asks for news about it. */
function namesNewSubject(v: GrammarView): boolean {
  const at = v.folded.findLastIndex((w) => SUBJECT_MARKERS.has(w));
  return at >= 0 && v.folded.slice(at + 1).some((w) => !REFERENCES.has(w));
}

/** Understands one transcript with the grammar and the model. */
export function understandCommand(said: string, ctx: ParseContext, model: CommandModel): Command {
  const v = grammarView(said, ctx);
  if (v.tokens.length === 0) return NONE;
  const d = decide(saidOf(v), intentProbabilities(v, ctx, model), model.intents.labels, model.policy[ctx.lang]);
  if (isAsk(said, v, d, ctx)) return { ...NONE, intent: 'ask', question: said.trim() };
  switch (d.take) {
    case 'grammar':
      return v.command;
    case 'briefing':
      return withSlots(d.rescued ? asBriefing(said, ctx) : v.command, v, model, ctx);
    case 'command': {
      if (d.intent !== 'replay') return { ...NONE, intent: d.intent };
      const { from, to } = asBriefing(said, ctx);
      return { ...NONE, intent: 'replay', from, to };
    }
    case 'none':
      return d.notOurs ? { ...NONE, notOurs: true } : NONE;
  }
}
