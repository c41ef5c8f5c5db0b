// The search box of the Stories screen: a labelled search field, and a polite line saying how many stories the words
// find (updated once typing pauses, so a screen reader is not flooded).
import type { Ref } from 'react';
import { useT } from '../../store-context';

export function StorySearchBox({ query, onChange, status, ref }: { query: string; onChange: (query: string) => void; status: string; ref: Ref<HTMLInputElement> }) {
  const t = useT();
  return (
    <div className="story-search" role="search">
      <label htmlFor="story-search">{t.stories.search}</label>
      <input
        ref={ref}
        id="story-search"
        type="search"
        value={query}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        data-testid="story-search"
      />
      <p role="status" className="small muted" data-testid="story-search-status">
        {status}
      </p>
    </div>
  );
}
