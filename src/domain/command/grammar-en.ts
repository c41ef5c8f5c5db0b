// English command phrases: extend here, not in code. Matching ignores case and punctuation.
import type { Grammar } from './types';

export const en: Grammar = {
  fillers: ['um', 'uh', 'uhm', 'er', 'erm', 'hmm', 'hey', 'hi', 'ok', 'okay', 'please', 'earshot', 'hey earshot', 'so', 'well', 'just', 'alright', 'all right'],
  openers: ['can you', 'could you', 'would you', 'will you', 'i want to', "i'd like to", 'i would like to', "let's", 'lets', 'go', 'and'],
  closers: ['now', 'for me', 'thanks', 'thank you', 'one', 'story', 'the story', 'article', 'item', 'it', 'that', 'this', 'again', 'then'],
  transport: {
    next: ['next', 'skip', 'skip it', 'skip this', 'next story', 'next one', 'the next one', 'the next story', 'next news', 'next item', 'forward', 'move on', 'go next', 'go to the next story', 'go to the next one', 'skip ahead', 'skip to the next story'],
    previous: ['previous', 'back', 'go back', 'previous story', 'previous one', 'the previous one', 'the previous story', 'last story', 'the last story', 'the last one', 'go back one', 'back one', 'rewind', 'the one before'],
    repeat: ['repeat', 'repeat that', 'say that again', 'again', 'once more', 'one more time', 'what did you say', 'come again', 'pardon', 'start over', 'from the top', 'read that again', 'play that again'],
    pause: ['pause', 'hold on', 'wait', 'hang on', 'pause it', 'pause the news', 'pause briefing', 'pause the briefing', 'hold', 'one moment', 'one second', 'just a second'],
    resume: ['resume', 'continue', 'go on', 'carry on', 'keep going', 'unpause', 'play', 'keep reading', 'continue reading', 'go ahead', 'proceed', 'start again where you stopped'],
    stop: ['stop', 'quiet', 'be quiet', 'shut up', 'silence', 'enough', "that's enough", 'stop talking', 'stop reading', 'stop the news', 'stop the briefing', 'cancel', 'end', 'exit', 'quit', 'never mind', 'nevermind'],
  },
  newsCues: ['news', 'headlines', 'headline', 'briefing', 'brief me', 'stories', 'updates', 'update', "what's new", 'what is new', "what's happening", 'what is happening', 'catch me up', 'happened', 'going on'],
  relativeDays: [
    { phrase: 'the day before yesterday', offset: -2 },
    { phrase: 'day before yesterday', offset: -2 },
    { phrase: 'yesterday', offset: -1 },
    { phrase: 'last night', offset: -1 },
    { phrase: 'today', offset: 0 },
    { phrase: 'this morning', offset: 0 },
    { phrase: 'this afternoon', offset: 0 },
    { phrase: 'this evening', offset: 0 },
    { phrase: 'tonight', offset: 0 },
  ],
};
