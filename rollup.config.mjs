// The script-tag file: every widget, Lit, d3 and the bundled data in one minified classic
// script that needs nothing else. Built from tsc's ES output (npm run build:esm runs first),
// with Lit's production build (no "development" export condition).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/innovation-mosaic.min.js',
    format: 'iife',
    name: 'InnovationMosaic',
    sourcemap: true,
  },
  plugins: [nodeResolve({ browser: true }), sharedTrustedTypesPolicy(), terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })],
  onwarn: ignoreDecoratorHelper,
};

/** tsc's `__decorate` helper reads top-level `this`, which is harmlessly undefined in a module. */
export function ignoreDecoratorHelper(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}

/**
 * Lit makes a Trusted Types policy named `lit-html` as it loads, which throws where a page
 * refuses that name or has made it already (its own Lit, a second copy of this file). In the
 * script-tag file, Lit takes the page's one `innovation-mosaic` policy instead
 * (src/element/trusted-types.ts), which never throws. The build fails if Lit's line changes.
 */
export function sharedTrustedTypesPolicy() {
  const made = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
  return {
    name: 'shared-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!made.test(code)) this.error('lit-html no longer makes its Trusted Types policy as expected: update sharedTrustedTypesPolicy');
      const module = JSON.stringify(resolve('dist/element/trusted-types.js'));
      return { code: `import { litPolicy as __imPolicy } from ${module};\n${code.replace(made, '__imPolicy()')}`, map: null };
    },
  };
}
