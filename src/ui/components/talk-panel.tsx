// The Talk button: starts one listening session, shows words as they are heard, explains failures in words.
import { useApp, useT } from '../store-context';
import { selectListening } from '../selectors';
import { Icon } from './icons';

export function TalkPanel() {
  const t = useT();
  const listening = useApp(selectListening);
  const talk = useApp((s) => s.talk);
  const problem = listening.problem;
  return (
    <section className="talk" aria-labelledby="talk-heading">
      <h2 id="talk-heading" className="visually-hidden">
        {t.talk.idle}
      </h2>
      <button
        type="button"
        className={`talk-button${listening.active ? ' is-listening' : ''}`}
        onClick={talk}
        aria-pressed={listening.active}
        aria-describedby="talk-help"
        data-testid="talk"
      >
        <Icon name="mic" />
        <span>{listening.active ? t.talk.listening : t.talk.idle}</span>
      </button>
      <p id="talk-help" className={problem && problem !== 'no-speech' ? 'talk-problem' : 'talk-hint'} data-testid="talk-help">
        {problem ? t.talk.problems[problem] : t.talk.hint}
      </p>
      <p className="heard" aria-live="polite" data-testid="heard">
        {listening.active && listening.interim ? `${listening.interim}…` : listening.heard ? t.talk.heard(listening.heard) : ''}
      </p>
    </section>
  );
}
