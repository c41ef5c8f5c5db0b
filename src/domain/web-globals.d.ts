// The few Web-standard globals the domain uses, which every realm it runs in has (browsers, workers, Node) but
// ECMAScript does not: only the members used, for tsconfig.domain.json alone (the other realms get them from their
// libs). Adding one here is a decision; keep DOMAIN_WEB_GLOBALS in eslint.config.js the same list.

interface URL {
  hash: string;
  readonly hostname: string;
  readonly href: string;
  readonly pathname: string;
  readonly protocol: string;
  readonly searchParams: URLSearchParams;
}
declare const URL: {
  prototype: URL;
  new (url: string, base?: string | URL): URL;
};

interface URLSearchParams {
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
declare const URLSearchParams: {
  prototype: URLSearchParams;
  new (init?: [string, string][]): URLSearchParams;
};

/** UTF-8 is the only encoding the domain decodes (every host has it; legacy encodings stay in src/platform/feeds). */
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare const TextDecoder: {
  prototype: TextDecoder;
  new (label?: 'utf-8', options?: { fatal?: boolean }): TextDecoder;
};

declare function atob(data: string): string;
