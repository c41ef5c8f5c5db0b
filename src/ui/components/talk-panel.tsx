// The Talk button: starts one listening session, shows words as they are heard, explains failures in words.
import { useApp, useT } from '../store-context';
import { selectListening } from '../selectors';
import { Icon } from './icons';
import { LevelBar } from './level-bar';

export function TalkPanel() {
  const t = useT();
  const listening = useApp(selectListening);
  const talk = useApp((s) => s.talk);
  const install = useApp((s) => s.installLocalRecognition);
  const lang = useApp((s) => s.lang);
  const problem = listening.problem;
  const offerLocal = listening.local === 'downloadable' || listening.local === 'downloading';
  const setDeviceEar = useApp((s) => s.setDeviceEar);
  const { device } = listening;
  // Where the browser cannot recognise speech now (none at all, or offline), the app's own ear is offered instead.
  const offerEar = (problem === 'unsupported' || problem === 'offline') && !device.on && device.missing === null && device.langs.includes(lang);
  const earHears = useApp((s) => s.hearsOnDevice(s.lang));
  return (
    <section className="talk" aria-labelledby="talk-heading">
      <h2 id="talk-heading" className="visually-hidden">
        {t.talk.idle}
      </h2>
      <button
        type="button"
        className={`talk-button${listening.active ? ' is-listening' : ''}${listening.active && listening.hearing ? ' is-hearing' : ''}${listening.active && listening.metered ? ' is-metered' : ''}`}
        onClick={talk}
        aria-pressed={listening.active}
        aria-describedby="talk-help"
        data-testid="talk"
      >
        <Icon name="mic" />
        {listening.active ? (
          <span className="talk-words">
            <span>{listening.hearing ? t.talk.hearing : t.talk.listening}</span>{' '}
            <span className="talk-sub">{t.talk.tapToStop}</span>
          </span>
        ) : (
          <span>{t.talk.idle}</span>
        )}
        {/* The microphone's level while listening, where one can be read; otherwise the button pulses while speech is heard. */}
        {listening.active && listening.metered ? <LevelBar meter={listening.meter} className="talk-level" testId="talk-level" /> : null}
      </button>
      <p id="talk-help" className={problem && problem !== 'no-speech' ? 'talk-problem' : 'talk-hint'} data-testid="talk-help">
        {problem ? t.talk.problems[problem] : t.talk.hint}
      </p>
      {offerLocal ? (
        <p className="small local-offer" data-testid="local-offer">
          <span>{t.talk.localInstall(t.settings.languages[lang])} </span>
          <button type="button" onClick={() => void install(lang)} disabled={listening.local === 'downloading'} data-testid="install-local">
            {listening.local === 'downloading' ? t.talk.localInstalling : t.talk.localInstallButton}
          </button>
        </p>
      ) : null}
      {offerEar ? (
        <p className="small local-offer" data-testid="ear-offer">
          <span>{t.talk.earOffer(device.bytes)} </span>
          <button type="button" onClick={() => void setDeviceEar(true)} data-testid="offer-device-ear">
            {t.talk.earOfferButton}
          </button>
        </p>
      ) : device.on && device.status === 'loading' ? (
        <p className="small" data-testid="ear-loading">
          {t.talk.earLoading(Math.round(device.progress * 100))}
        </p>
      ) : earHears ? (
        <p className="small" data-testid="ear-ready">
          {t.talk.earReady}
        </p>
      ) : null}
      <p className="heard" aria-live="polite" data-testid="heard">
        {listening.active && listening.interim ? `${listening.interim}…` : listening.heard ? t.talk.heard(listening.heard) : ''}
      </p>
    </section>
  );
}
