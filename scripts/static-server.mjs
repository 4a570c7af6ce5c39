// A local HTTP server for the end-to-end pages and the benchmark: the repository's files, plus
// whatever a caller answers itself (generated pages, slow or doctored responses).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 * Starts a server on 127.0.0.1 (on a free port unless one is given). A folder's address
 * serves its index.html.
 *
 * @param {(path: string, response: import('node:http').ServerResponse) => Promise<boolean | string> | boolean | string} answer
 *   answers a request itself (returns true), names a repository file to serve instead
 *   (returns its path), or leaves it to the file server (returns false).
 * @param {number} [port]
 * @returns {Promise<{ server: import('node:http').Server, base: string }>}
 */
export async function startServer(answer = () => false, port = 0) {
  const server = createServer(async (request, response) => {
    let path = new URL(request.url, 'http://x').pathname;
    const answered = await answer(path, response);
    if (answered === true) return;
    if (typeof answered === 'string') path = answered;
    if (path.endsWith('/')) path += 'index.html';
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
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

// `npm run examples`: the repository on 127.0.0.1:8080 (or PORT), for the pages in examples/.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { base } = await startServer(undefined, Number(process.env.PORT ?? 8080));
  console.log(`Examples: ${base}/examples/`);
}
