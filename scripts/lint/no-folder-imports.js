// ESLint rule for eslint.config.js: an import names a file, never a folder ('../platform', './store', or './i18n' that
// reaches an index file), so every import says which file it needs and no folder grows a barrel.
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What a specifier without an extension may name (bundler resolution, as tsconfig.base.json sets). */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.d.ts', '.js', '.jsx', '.mjs', '.json'];

const kind = (path) => {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
};

/** True when a relative specifier, seen from `fromDir`, can only mean a folder. */
export function namesFolder(specifier, fromDir) {
  const path = specifier.split('?')[0];
  if (!path.startsWith('.')) return false; // a package
  if (path.endsWith('/')) return true;
  const target = resolve(fromDir, path);
  if (kind(target) === 'file' || EXTENSIONS.some((ext) => kind(target + ext) === 'file')) return false;
  return kind(target) === 'folder';
}

/** @type {import('eslint').Rule.RuleModule} */
export const noFolderImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports name a file, never a folder (no index files, no barrels).' },
    schema: [],
    messages: { folder: "'{{specifier}}' is a folder: import the file that holds what you need." },
  },
  create(context) {
    const fromDir = dirname(context.filename);
    const check = (source) => {
      if (source?.type === 'Literal' && typeof source.value === 'string' && namesFolder(source.value, fromDir)) {
        context.report({ node: source, messageId: 'folder', data: { specifier: source.value } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};
