// Switches interface and voice language without a reload.
import type { Lang } from '../../domain/types';
import { useApp, useT } from '../store-context';
import { selectLang } from '../selectors';

const NAMES: Record<Lang, string> = { en: 'English', vi: 'Tiếng Việt' };

export function LanguageSwitch() {
  const t = useT();
  const lang = useApp(selectLang);
  const setLang = useApp((s) => s.setLang);
  return (
    <div className="lang-switch" role="group" aria-label={t.languageLabel}>
      {(Object.keys(NAMES) as Lang[]).map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`lang-${l}`}>
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
