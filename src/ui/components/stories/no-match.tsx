// What a search that finds nothing says, with a way back to every story.
import { useT } from '../../store-context';

export function NoMatch({ query, onClear }: { query: string; onClear: () => void }) {
  const t = useT();
  return (
    <div className="stories-empty" data-testid="no-match">
      <p>{t.stories.noMatch(query)}</p>
      <button type="button" onClick={onClear}>
        {t.stories.clearSearch}
      </button>
    </div>
  );
}
