/**
 * Vite aliases that resolve `innovation-mosaic` and each of its entries to this repository's
 * build in dist/, from package.json's `exports`, as an installed package would resolve. An app
 * copied out of examples/ drops this and runs `npm install innovation-mosaic` instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const { name, exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  name: string;
  exports: Record<string, string | { default: string }>;
};

export const packageAliases = Object.entries(exports).map(([entry, target]) => ({
  find: new RegExp(`^${(name + entry.slice(1)).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  replacement: fileURLToPath(new URL(typeof target === 'string' ? target : target.default, root)),
}));
