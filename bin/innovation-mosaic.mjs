#!/usr/bin/env node
// `npx innovation-mosaic render <widget> ...`: see src/cli/, or run with --help.
import { writeFileSync } from 'node:fs';
import { main } from '../dist/cli/main.js';

// Piped into a command that stops reading (`| head`): done, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: (path, data) => writeFileSync(path, data),
});
