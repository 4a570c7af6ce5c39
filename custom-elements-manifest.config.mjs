// `cem analyze` (npm run analyze): custom-elements.json from the widgets' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; a run with another --outdir must not rewrite it.
  packagejson: false,
};
