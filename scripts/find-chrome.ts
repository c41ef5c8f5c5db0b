// Finds a Chromium or Chrome to drive: CHROME_PATH first, then the usual system locations. Never downloads one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

export const INSTALL_HINT =
  'No Chromium or Chrome was found for the browser tests.\n' +
  '  Debian/Ubuntu: sudo apt-get install -y chromium   (or run: bash .ci/run)\n' +
  '  Fedora: sudo dnf install chromium    macOS: install Google Chrome\n' +
  '  Or point CHROME_PATH at a Chromium/Chrome binary: CHROME_PATH=/path/to/chrome npm test';

/** Path of the browser to use, or null when none exists. */
export function findChrome(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : null;
  for (const c of CANDIDATES) {
    const found = c.startsWith('/') ? (executable(c) ? c : null) : onPath(c);
    if (found) return found;
  }
  return null;
}

/** Path of the browser, or an Error that says how to install one. */
export function requireChrome(): string {
  const found = findChrome();
  if (found) return found;
  const bad = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable file.\n` : '';
  throw new Error(`${bad}${INSTALL_HINT}`);
}

/** Flags that keep Chromium quiet on a closed network and runnable as root in CI. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
