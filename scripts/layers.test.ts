// Imports point one way: each folder of src/ may import only from folders of a lower layer
// (and from itself). ARCHITECTURE.md explains the layers; this check keeps them true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Lowest first. Folders on one line are peers: neither imports the other. */
export const LAYERS: readonly (readonly string[])[] = [
  ['i18n'],
  ['data'],
  ['geo', 'scales'],
  ['text'],
  ['controllers'],
  ['element'],
  ['province-map', 'region-card', 'metric-compare', 'mosaic-steps'],
  ['.'], // the package entries: index.ts, react.ts, server.ts
  ['cli'], // the command line renderer (the package's bin), drawing with the widgets of index.ts
];

const SRC = resolve(import.meta.dirname, '../src');

function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** The src/ folder of a file ('.' for the entries at the top). */
const folderOf = (file: string) => relative(SRC, dirname(file)).split('/')[0] || '.';

/** The imports that break the layering, one line each, for source files given as path and text. */
export function upwardImports(files: readonly { path: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { path: file, text } of files) {
    const from = folderOf(file);
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(SRC)) {
        wrong.push(`${relative(SRC, file)} imports ${spec}, outside src/`);
        continue;
      }
      const to = folderOf(target);
      if (to === from) continue;
      if (layerOf(to) < 0 || layerOf(from) < 0) wrong.push(`${relative(SRC, file)}: folder ${layerOf(from) < 0 ? from : to} has no layer`);
      else if (layerOf(to) >= layerOf(from)) wrong.push(`${relative(SRC, file)} (${from}) imports ${spec} (${to}), which is not below it`);
    }
  }
  return wrong;
}

describe('layers', () => {
  it('no import points up a layer or sideways', () => {
    const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(40);
    expect(upwardImports(files)).toEqual([]);
  });

  it('every folder of src/ has a layer', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('catches an upward, a sideways and an outside import, and lets a downward one pass', () => {
    const probe = (path: string, text: string) => upwardImports([{ path: join(SRC, path), text }]);
    expect(probe('data/types.ts', "import { x } from '../element/define.js';")).toEqual([
      "data/types.ts (data) imports ../element/define.js (element), which is not below it",
    ]);
    expect(probe('geo/tiles.ts', "import type { X } from '../scales/ticks.js';")).toHaveLength(1);
    expect(probe('region-card/card-model.ts', "export { y } from '../province-map/map-model.js';")).toHaveLength(1);
    expect(probe('text/problem.ts', "const m = await import('../../scripts/compile-data.js');")).toEqual([
      'text/problem.ts imports ../../scripts/compile-data.js, outside src/',
    ]);
    expect(probe('text/problem.ts', "import { message } from '../i18n/messages.js';")).toEqual([]);
    expect(probe('data/types.ts', 'import { x } from "../element/define.js";')).toHaveLength(1);
  });
});
