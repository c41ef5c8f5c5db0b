// The first screen rendered at build time, for index.html: what a new visitor sees before the JavaScript has run.
// The build (scripts/vite-plugins.ts, `prerenderShell`) puts it in the page; React replaces it on its first commit.
import { renderToString } from 'react-dom/server';
import type { Lang } from './domain/types';
import { prerenderPorts } from './prerender-ports';
import { createAppStore } from './store/app-store';
import { App } from './ui/app';
import { StoreProvider } from './ui/store-context';

export function renderFirstScreen(lang: Lang): string {
  const store = createAppStore(prerenderPorts(lang));
  return renderToString(
    <StoreProvider store={store}>
      <App silentSpeech={false} />
    </StoreProvider>,
  );
}
