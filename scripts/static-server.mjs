// A local HTTP server for the end-to-end pages and the benchmark: the repository's files, plus
// whatever a caller answers itself (generated pages, slow or doctored responses).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const ROOT = new URL('../', import.meta.url).pathname;

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.json': 'application/json',
};

/**
 * Starts a server on a free port of 127.0.0.1.
 *
 * @param {(path: string, response: import('node:http').ServerResponse) => Promise<boolean | string> | boolean | string} answer
 *   answers a request itself (returns true), names a repository file to serve instead
 *   (returns its path), or leaves it to the file server (returns false).
 * @returns {Promise<{ server: import('node:http').Server, base: string }>}
 */
export async function startServer(answer = () => false) {
  const server = createServer(async (request, response) => {
    let path = new URL(request.url, 'http://x').pathname;
    const answered = await answer(path, response);
    if (answered === true) return;
    if (typeof answered === 'string') path = answered;
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) return response.writeHead(403).end();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}
