/**
 * The command line renderer, `npx innovation-mosaic render <widget> --<attribute> value ...`
 * (the package's `bin`): a widget's state as an SVG or PNG file. Node only: no part of the
 * browser entries.
 */
import { parseArguments, USAGE, UsageError } from './arguments.js';
import { renderPng } from './png.js';
import { renderSvg, WIDGETS } from './render.js';

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly writeFile: (path: string, data: string | Buffer) => void;
}

/** Runs the command; the exit code: 0 done, 2 bad arguments or input, 1 anything else. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const request = parseArguments(argv, WIDGETS);
    if (request === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const svgText = renderSvg(request);
    if (!request.out) io.stdout(svgText);
    else if (/\.png$/i.test(request.out)) io.writeFile(request.out, await renderPng(svgText, request.scale, request.fonts));
    else io.writeFile(request.out, svgText);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`innovation-mosaic: ${error.message}\n`);
      return 2;
    }
    io.stderr(`innovation-mosaic: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
