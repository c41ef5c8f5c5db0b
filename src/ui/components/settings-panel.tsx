// Settings: language, speaking speed, the voice per language (with a test and install help), headphones mode,
// hands-free, storage.
import { useId, type ChangeEvent } from 'react';
import { isLang, type Lang } from '../../domain/types';
import { RATES } from '../../domain/player/rate';
import { selectHeadphones, selectLang, selectRate, selectVoiceByLang, selectVoices, selectVoicesLoaded } from '../selectors';
import { useApp, useT } from '../store-context';
import { EarPanel } from './ear-panel';
import { HandsFreePanel } from './hands-free-panel';
import { LANGUAGE_NAMES } from './language-switch';
import { StorageSettings } from './storage-settings';
import { TasteSettings } from './taste-settings';
import { ScreenHeading } from '../screens/screen-heading';

const LANGS: Lang[] = ['en', 'vi'];
const primary = (tag: string) => tag.toLowerCase().replace('_', '-').split('-')[0];

function VoiceChoice({ lang }: { lang: Lang }) {
  const t = useT();
  const voices = useApp(selectVoices);
  const loaded = useApp(selectVoicesLoaded);
  const chosen = useApp(selectVoiceByLang)[lang] ?? '';
  const setVoice = useApp((s) => s.setVoice);
  const testVoice = useApp((s) => s.testVoice);
  const id = useId();
  const language = t.settings.languages[lang];
  const matching = voices.filter((v) => primary(v.lang) === lang);
  const missing = loaded && voices.length > 0 && matching.length === 0;

  return (
    <div className="voice-choice">
      <label htmlFor={id}>{t.settings.voiceFor(language)}</label>
      <div className="voice-row">
        <select id={id} value={chosen} onChange={(e: ChangeEvent<HTMLSelectElement>) => setVoice(lang, e.currentTarget.value || null)} data-testid={`voice-${lang}`}>
          <option value="">{t.settings.automatic}</option>
          {matching.map((v) => (
            <option key={v.name} value={v.name}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
        <button type="button" onClick={() => testVoice(lang)} data-testid={`test-voice-${lang}`}>
          {t.settings.test(language)}
        </button>
      </div>
      {missing ? (
        <div className="notice notice-error" data-testid={`no-voice-${lang}`}>
          <p>{t.settings.noVoice(language)}</p>
          <ul>
            {t.settings.installHelp.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The interface language (the header's switch does the same), with each language named in itself. */
function LanguageChoice() {
  const t = useT();
  const lang = useApp(selectLang);
  const setLang = useApp((s) => s.setLang);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.settings.language}</label>
      <select id={id} value={lang} onChange={(e) => isLang(e.currentTarget.value) && setLang(e.currentTarget.value)} data-testid="settings-lang">
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The speaking speed, from 0.5× to 2×; applied at once, even mid-sentence. */
function SpeedChoice() {
  const t = useT();
  const rate = useApp(selectRate);
  const setRate = useApp((s) => s.setRate);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t.settings.speed}</label>
      <select id={id} value={String(rate)} onChange={(e) => setRate(Number(e.currentTarget.value))} aria-describedby={`${id}-hint`} data-testid="settings-speed">
        {RATES.map((r) => (
          <option key={r} value={String(r)}>
            {t.settings.speedOption(r)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="muted small">
        {t.settings.speedHint}
      </p>
    </div>
  );
}

export function SettingsPanel() {
  const t = useT();
  const headphones = useApp(selectHeadphones);
  const setHeadphones = useApp((s) => s.setHeadphones);
  const id = useId();
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <ScreenHeading id="settings-heading">{t.settings.heading}</ScreenHeading>
      <LanguageChoice />
      <SpeedChoice />
      {LANGS.map((l) => (
        <VoiceChoice key={l} lang={l} />
      ))}
      <div className="check">
        <input id={id} type="checkbox" checked={headphones} onChange={(e) => setHeadphones(e.currentTarget.checked)} aria-describedby={`${id}-hint`} data-testid="headphones" />
        <label htmlFor={id}>{t.settings.headphones}</label>
        <p id={`${id}-hint`} className="muted small">
          {t.settings.headphonesHint}
        </p>
      </div>
      <EarPanel />
      <HandsFreePanel />
      <TasteSettings />
      <StorageSettings />
    </section>
  );
}
