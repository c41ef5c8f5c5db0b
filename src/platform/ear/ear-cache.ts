// The Cache Storage name that keeps the on-device ear's files (model, runtime, worker) once downloaded: the worker
// fills it, the service worker answers from it offline, turning the ear off deletes it.
export const EAR_CACHE = 'earshot-ear';

/** The requests the ear's cache answers: its files under /ear/ and the worker's own script. */
export const isEarFile = (pathname: string): boolean => pathname.startsWith('/ear/') || /^\/assets\/ear-worker[^/]*\.js$/.test(pathname);
