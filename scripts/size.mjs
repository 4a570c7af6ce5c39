// `npm run size`: raw, gzip and brotli bytes of the script-tag file and of each ES entry
// bundled with its dependencies (as an app's bundler would ship it, minified). Fails when a
// file is over its gzip budget in package.json's "sizeBudget" (bytes). Run after `npm run build`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { ignoreDecoratorHelper } from '../rollup.config.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * Entries that run in Node only and never reach a reader's browser: innovation-mosaic/server
 * draws the widgets on a server with @lit-labs/ssr, which a browser build cannot bundle.
 */
const NODE_ONLY = new Set(['./server']);

export function measure(code) {
  const bytes = Buffer.from(code);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** An ES entry with everything it imports, minified, as one module. */
export async function bundleEntry(file) {
  const bundle = await rollup({
    input: file,
    plugins: [nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
    // A types-only entry (innovation-mosaic/react) is rightly empty.
    onwarn: (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && ignoreDecoratorHelper(warning, warn),
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output[0].code;
}

export async function measureAll() {
  const rows = [{ name: `${pkg.unpkg.replace(/^\.\//, '')} (script tag)`, file: pkg.unpkg, ...measure(readFileSync(pkg.unpkg)) }];
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file.endsWith('.js') || NODE_ONLY.has(entry)) continue;
    rows.push({ name: `import "${entry === '.' ? pkg.name : `${pkg.name}${entry.slice(1)}`}"`, file, ...measure(await bundleEntry(file)) });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measureAll();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
  console.log(`${'file'.padEnd(52)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   budget (gzip)`);
  let over = 0;
  for (const row of rows) {
    const budget = pkg.sizeBudget?.[row.file.replace(/^\.\//, '')];
    const verdict = budget === undefined ? '' : row.gzip <= budget ? `${kb(budget)} ok` : `${kb(budget)} OVER by ${row.gzip - budget} bytes`;
    if (budget !== undefined && row.gzip > budget) over++;
    console.log(`${row.name.padEnd(52)}${kb(row.raw)}${kb(row.gzip)}${kb(row.brotli)}   ${verdict}`);
  }
  if (over) {
    console.error(`${over} file(s) over the gzip budget in package.json "sizeBudget".`);
    process.exit(1);
  }
}
