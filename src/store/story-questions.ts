// "How much does it cost?": a question about the story being told, or the last one told, answered on the device from
// the story's full stored text (domain/ask: the phrase or the shortest sentence that holds it) or declined ("The story
// doesn't say."): only the story's own words, never made up (how often they answer is in the README). Said over the
// briefing, which goes on where it was. A coordinator: it joins playback, history and the stored stories.
import type * as AnswerModule from '../domain/ask/answer';
import type { StoryRef } from '../domain/briefing/types';
import { announcer } from './announce';
import type { AppState, CoordinatorCreator } from './types';

export interface StoryQuestionActions {
  /** Answers a question about the story in context; with none, says how to ask (the app does news and nothing else). */
  askAboutStory(question: string): Promise<void>;
}

/** The story a question is about: the one the player is at or told last in this session, else History's last. */
export const selectStoryInContext = (s: AppState): StoryRef | null => s.lastStory ?? s.history.lastTold;

/** The answerer is needed only when someone asks: a chunk of its own, loaded on the first question. */
let answerer: Promise<typeof AnswerModule> | null = null;
const loadAnswerer = () => (answerer ??= import('../domain/ask/answer'));

export const createStoryQuestions: CoordinatorCreator<StoryQuestionActions> = (get, deps) => {
  const say = announcer(get, deps);
  return {
    async askAboutStory(question) {
      const ref = selectStoryInContext(get());
      if (!ref) return say((c) => c.noStoryToAsk());
      const [{ answerQuestion }, stored] = await Promise.all([loadAnswerer(), deps.news.get(ref.id).catch(() => undefined)]);
      // A story pruned since it was told still has its headline; its text is gone, and so is any answer from it.
      const story = { title: stored?.title ?? ref.title, text: stored?.text ?? '', language: stored?.lang ?? ref.lang };
      const { answer } = answerQuestion(story, question, get().lang);
      if (answer === null) return say((c) => c.storyDoesNotSay());
      get().say([answer], story.language);
    },
  };
};
