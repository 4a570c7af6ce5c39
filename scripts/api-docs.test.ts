import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { apiSection, updateReadme, widgets } from './api-docs.mjs';

// The manifest as `npm run analyze` makes it from the current source (custom-elements.json
// itself is a build output and may be missing or old).
// The analyzer takes --outdir relative to the working directory.
const outdir = `node_modules/.cache/api-docs-test-${process.pid}`;
execFileSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', outdir], // with custom-elements-manifest.config.mjs
  { stdio: 'ignore' },
);
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('README API tables', () => {
  it('are current with the widgets\' JSDoc (run `npm run docs:api` after changing it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.match(/<!-- api:[a-z-]+/g)).toEqual(['<!-- api:province-map', '<!-- api:region-card', '<!-- api:metric-compare', '<!-- api:mosaic-steps']);
    expect(updateReadme(readme, manifest)).toBe(readme);
  });

  it('list every attribute, the properties without one, events, parts and custom properties', () => {
    const map = apiSection(widgets(manifest).get('province-map'));
    expect(map).toContain('| `value-label` | `valueLabel` |  | Name for the values');
    expect(map).toContain('| `view` | `view` | `geo` |');
    expect(map).toContain('| | `data` |');
    expect(map).toContain('| | `problem` (read-only) |');
    expect(map).toContain('- `region-select` (bubbles, composed): A region was chosen');
    expect(map).toContain('- `region`: Each region\'s shape');
    expect(map).toContain('- `--im-map-stroke`:');
    expect(map).not.toMatch(/geometryProblem|defersDrawing|choices/);
    expect(apiSection(widgets(manifest).get('region-card'))).toContain('- `headline`: Your own headline');
  });

  it('keep a table row on one line and escape pipes', () => {
    const section = apiSection({ attributes: [{ name: 'a', fieldName: 'a', default: "'x|y'", description: 'one\n  two | three' }] });
    expect(section.split('\n')[2]).toBe('| `a` | `a` | `x\\|y` | one two \\| three |');
  });
});

describe('React JSX typings (src/react.ts)', () => {
  // The attribute unions are written out for readable types; they must name every attribute.
  const source = readFileSync('src/react.ts', 'utf8');
  const union = (name: string) => {
    const body = source.match(new RegExp(`export type ${name} =([^;]+);`))?.[1] ?? '';
    return [...body.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort();
  };
  const attributesOf = (tag: string) =>
    widgets(manifest)
      .get(tag)
      .attributes.map((a: { name: string }) => a.name)
      .filter((name: string) => !['lang', 'theme', 'no-map', 'no-headline'].includes(name))
      .sort();

  it('list every attribute of each widget', () => {
    expect(union('ProvinceMapAttribute')).toEqual(attributesOf('province-map'));
    expect(union('RegionCardAttribute')).toEqual(attributesOf('region-card'));
    expect(union('MetricCompareAttribute')).toEqual(attributesOf('metric-compare'));
    // The boolean attributes, typed as booleans.
    expect(source).toContain("'no-map'?: boolean;");
    expect(source).toContain("'no-headline'?: boolean;");
  });
});
