// The feed and OPML readers and the OPML writer as one lazily loaded module (the store's FeedTools port):
// `tools: () => import('./domain/feed/feed-tools')` keeps feedsmith out of the initial JavaScript (LAZY_MODULES in
// scripts/vite-plugins.ts fails the build when a static import pulls it in).
export { parseFeed } from './parse-feed';
export { parseOpml } from './parse-opml';
export { toOpml } from './write-opml';
