// A recognizer the test speaks through: say() delivers a final transcript and ends the session, like the real one.
import type { ListenHandlers, Recognizer, RecognitionProblem } from '../../src/platform/speech/recognizer';

export interface FakeRecognizer extends Recognizer {
  /** Language of each session started. */
  readonly sessions: string[];
  isListening(): boolean;
  interim(text: string): void;
  /** Delivers a final result (one or more alternatives) and ends the session. */
  say(...alternatives: string[]): void;
  /** Fails the session with a problem and ends it. */
  fail(problem: RecognitionProblem): void;
}

export function createFakeRecognizer(supported = true): FakeRecognizer {
  let handlers: ListenHandlers | null = null;
  const finish = () => {
    const h = handlers;
    handlers = null;
    h?.onEnd();
  };
  const need = () => {
    if (!handlers) throw new Error('fake recognizer: nobody is listening (press Talk first)');
    return handlers;
  };
  const fake: FakeRecognizer = {
    supported,
    sessions: [],
    listen(lang, h) {
      fake.sessions.push(lang);
      handlers = h;
      return { stop: finish, abort: finish };
    },
    isListening: () => handlers !== null,
    interim: (text) => need().onInterim(text),
    say(...alternatives) {
      need().onFinal(alternatives);
      finish();
    },
    fail(problem) {
      need().onError(problem);
      finish();
    },
  };
  return fake;
}
