// After tsc: the widgets' styles (`css` tagged templates in dist/**/*.styles.js) minified with
// esbuild's CSS minifier, so that every way in (script tag, npm imports) ships them without
// comments and white space. The templates hold no interpolations; one that does is left as it is.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const DIST = new URL('../dist/', import.meta.url).pathname;
const files = readdirSync(DIST, { recursive: true }).filter((f) => String(f).endsWith('.styles.js'));
let before = 0;
let after = 0;
for (const file of files) {
  const path = join(DIST, String(file));
  const source = readFileSync(path, 'utf8');
  const minified = source.replace(/\bcss\s*`([^`$\\]*)`/g, (whole, text) => {
    // Keep the template a valid one-line literal: esbuild writes no backticks, dollars or backslashes here.
    // charset utf8: esbuild's default escapes non-ASCII as \25be, an escape a JS template cannot hold
    // (a tagged template's text is then undefined, and Lit's css`` with it).
    const css = transformSync(text, { loader: 'css', minify: true, charset: 'utf8' }).code.trim();
    before += text.length;
    after += css.length;
    return `css\`${css}\``;
  });
  writeFileSync(path, minified);
}
console.log(`styles minified: ${files.length} files, ${(before / 1024).toFixed(1)} KB → ${(after / 1024).toFixed(1)} KB`);
