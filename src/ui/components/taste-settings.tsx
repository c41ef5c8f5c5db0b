// What skips and "tell me more" taught Earshot, said in words, with a way to forget it.
import { tasteInWords } from '../../domain/briefing/taste';
import { selectLang } from '../selectors';
import { useApp, useT } from '../store-context';

export function TasteSettings() {
  const t = useT();
  const lang = useApp(selectLang);
  const taste = useApp((s) => s.taste);
  const reset = useApp((s) => s.resetTaste);
  const { skipped, wanted } = tasteInWords(taste, lang);
  const list = (items: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  const learned = skipped.length + wanted.length > 0;
  return (
    <section className="taste" aria-labelledby="taste-heading" data-testid="taste">
      <h3 id="taste-heading">{t.taste.heading}</h3>
      {learned ? (
        <p data-testid="taste-words">
          {[skipped.length ? t.taste.skipped(list(skipped)) : '', wanted.length ? t.taste.wanted(list(wanted)) : ''].filter(Boolean).join(' ')}
        </p>
      ) : (
        <p data-testid="taste-words">{t.taste.nothing}</p>
      )}
      <p className="muted small">{t.taste.hint}</p>
      <button type="button" onClick={reset} disabled={Object.keys(taste.topics).length + Object.keys(taste.sources).length === 0} data-testid="taste-reset">
        {t.taste.reset}
      </button>
    </section>
  );
}
