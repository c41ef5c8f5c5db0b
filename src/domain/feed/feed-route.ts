// The feed route's (GET /api/feed) error codes, in one list that the server (server/feed-target.ts) sends and the
// app (src/platform/network/feed-fetcher.ts) reads, so a new code fails to compile until the app maps it.

export const FEED_ERROR_CODES = [
  'bad-url',
  'method-not-allowed',
  'blocked-address',
  'blocked-redirect',
  'too-many-redirects',
  'timeout',
  'too-large',
  'bad-content-type',
  'bad-encoding',
  'upstream-status',
  'unreachable',
] as const;

export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

/** The JSON body of a refusal or failure: a stable code and a sentence for the user. */
export interface FeedRouteError {
  error: FeedErrorCode;
  message: string;
}

export const isFeedErrorCode = (value: unknown): value is FeedErrorCode => (FEED_ERROR_CODES as readonly unknown[]).includes(value);
