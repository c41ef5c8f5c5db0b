// Settings that matter for listening: the voice per language (with a test), install help, headphones mode.
import { useId, type ChangeEvent } from 'react';
import type { Lang } from '../../domain/types';
import { selectHeadphones, selectVoiceByLang, selectVoices, selectVoicesLoaded } from '../selectors';
import { useApp, useT } from '../store-context';
import { StorageSettings } from './storage-settings';
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

export function SettingsPanel() {
  const t = useT();
  const headphones = useApp(selectHeadphones);
  const setHeadphones = useApp((s) => s.setHeadphones);
  const id = useId();
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <ScreenHeading id="settings-heading">{t.settings.heading}</ScreenHeading>
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
      <StorageSettings />
    </section>
  );
}
