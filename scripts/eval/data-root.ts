// Where the evaluation data made by other projects lives: outside the repository, in <project>/../shared/eval
// (or $EARSHOT_SHARED/eval), read at run time. Nothing in `npm test` needs it.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The project's root, found from this file's own place (scripts/eval/), not from the working directory. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** The shared folder beside the project (a clone next to `shared/` works), or EARSHOT_SHARED when set. */
export const SHARED_ROOT = resolve(PROJECT_ROOT, process.env.EARSHOT_SHARED ?? join('..', 'shared'));

/** A path under the shared evaluation folder, e.g. evalData('feeds', 'wild'). */
export const evalData = (...parts: string[]) => join(SHARED_ROOT, 'eval', ...parts);

/** How to name a data path in messages: relative to the project as the README writes it (../shared/eval/…), or absolute when far. */
export function shown(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  return rel.startsWith(join('..', '..')) ? path : rel || '.';
}

/** The path when it exists; otherwise null, with the reason ready to print. */
export function findData(...parts: string[]): { path: string; missing: null } | { path: null; missing: string } {
  const path = evalData(...parts);
  return existsSync(path) ? { path, missing: null } : { path: null, missing: `${shown(path)} not found` };
}
