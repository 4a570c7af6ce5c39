// The script-tag file: every widget, Lit, d3 and the bundled data in one minified classic
// script that needs nothing else. Built from tsc's ES output (npm run build:esm runs first),
// with Lit's production build (no "development" export condition).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: {
    file: 'dist/innovation-mosaic.min.js',
    format: 'iife',
    name: 'InnovationMosaic',
    sourcemap: true,
  },
  plugins: [nodeResolve({ browser: true }), terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } })],
  onwarn: ignoreDecoratorHelper,
};

/** tsc's `__decorate` helper reads top-level `this`, which is harmlessly undefined in a module. */
export function ignoreDecoratorHelper(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}
