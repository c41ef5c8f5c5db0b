// The feed and OPML readers and the OPML writer as one lazily loaded module (the store's FeedTools port):
// `tools: () => import('./platform/feeds/feed-tools')` keeps feedsmith out of the initial JavaScript.
export { parseFeed } from './parse-feed';
export { parseOpml, toOpml } from './opml';
