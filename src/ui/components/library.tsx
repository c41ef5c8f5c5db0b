// Where the stories come from: add a feed by address, import a feed or OPML file, suggested feeds, each source
// with its count, last refresh and last error, OPML export. (The story count and notices show on every screen.)
import { useId, type ChangeEvent } from 'react';
import { useApp, useT } from '../store-context';
import { Icon } from './icons';
import { ScreenHeading } from '../screens/screen-heading';
import { AddFeedForm, SourceList, StarterFeeds } from './sources';

export function Library() {
  const t = useT();
  const importing = useApp((s) => s.sources.importing);
  const importFeedFile = useApp((s) => s.importFeedFile);
  const inputId = useId();

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (file) void importFeedFile(file).finally(() => (input.value = ''));
  }

  return (
    <section className="library" aria-labelledby="library-heading">
      <ScreenHeading id="library-heading">{t.sources.heading}</ScreenHeading>
      <AddFeedForm />
      <div className="import">
        <label htmlFor={inputId} className="button-like">
          <Icon name="upload" />
          <span>{t.library.importFeed}</span>
        </label>
        <input
          id={inputId}
          className="file-input"
          type="file"
          accept=".json,.xml,.rss,.atom,.rdf,.opml,.txt,application/feed+json,application/json,application/rss+xml,application/atom+xml,application/xml,text/xml,text/x-opml"
          onChange={onFile}
          disabled={importing}
          aria-describedby={`${inputId}-hint`}
          data-testid="import-feed"
        />
        <span id={`${inputId}-hint`} className="muted small">
          {importing ? t.library.importing : t.library.importHint}
        </span>
      </div>
      <SourceList />
      <StarterFeeds />
    </section>
  );
}
