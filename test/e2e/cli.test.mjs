// The command line renderer as a newsroom runs it: the package's `bin`, in a fresh process,
// writing files (`npm run build` first; the end-to-end script does it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../scripts/static-server.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BIN = join(ROOT, pkg.bin['innovation-mosaic']);

/** Runs the command; resolves with its exit code and output, whatever the code. */
function run(...args) {
  return promisify(execFile)(process.execPath, [BIN, ...args], { timeout: 60_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

test('npx innovation-mosaic render writes a PNG and an SVG of the state asked for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'im-bin-'));
  const png = join(dir, 'map.png');
  const done = await run('render', 'province-map', '--metric', 'gdp', '--lang', 'zh', '--width', '480', '--scale', '3', '--out', png);
  assert.deepEqual([done.code, done.stderr], [0, '']);
  const bytes = readFileSync(png);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(bytes.readUInt32BE(16), 1440, 'PNG width: 480 CSS px × 3');
  const svg = join(dir, 'bars.svg');
  assert.equal((await run('render', 'metric-compare', '--metric', 'rd-intensity', '--top', '5', '--out', svg)).code, 0);
  assert.match(readFileSync(svg, 'utf8'), /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
});

test('its usage and its messages for bad input, with exit code 2', async () => {
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: innovation-mosaic render <widget>/);
  const bad = await run('render', 'region-card', '--region', 'Anhiu');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^innovation-mosaic: .*Anhiu.*Anhui/);
});
