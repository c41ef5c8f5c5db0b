// Switches interface and voice language without a reload.
import type { Lang } from '../../domain/types';
import { useApp, useT } from '../store-context';
import { selectLang } from '../selectors';

/** Each language named in itself, as people look for their own. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt' };

export function LanguageSwitch() {
  const t = useT();
  const lang = useApp(selectLang);
  const setLang = useApp((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t.languageLabel}>
      {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`lang-${l}`}>
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
