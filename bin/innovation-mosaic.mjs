#!/usr/bin/env node
// `npx innovation-mosaic render <widget> ...`: see dist/cli.js, or run with --help.
import { writeFileSync } from 'node:fs';
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (path, data) => writeFileSync(path, data),
});
