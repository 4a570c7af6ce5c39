// An article page drawn on the server: the three widgets come as HTML with declarative shadow
// DOM from innovation-mosaic/server, so a reader sees the map, the card and the chart (with
// legend and sources) as the page arrives, with or without JavaScript. The script-tag file at
// the end of the body lets the widgets take over (hover, keyboard, the reader's column width
// and palette) without a flash or a jump. Plain node:http, no framework.
//
//   npm run example:ssr     (builds the package, then serves http://127.0.0.1:8090/)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
// In your project: import { renderWidget, scriptFile } from 'innovation-mosaic/server';
import { renderWidget, scriptFile } from '../../dist/server.js';

/** Where the page asks for the script-tag file; the server answers it from `scriptFile`. */
export const SCRIPT_PATH = '/dist/innovation-mosaic.min.js';

/**
 * The article, after the CGTN analysis the bundled claims come from, with the three widgets
 * drawn on the server.
 * @returns {Promise<string>} the whole HTML document
 */
export async function articlePage() {
  const [map, card, chart] = await Promise.all([
    renderWidget('province-map', { metric: 'gdp', downloads: 'png svg csv' }),
    renderWidget('region-card', { region: 'Anhui', 'heading-level': 2, downloads: 'csv' }),
    renderWidget('metric-compare', { metric: 'rd-intensity', cluster: 'yrd', reference: 'mean', downloads: 'png svg csv' }),
  ]);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>China's cross-regional innovation mosaic</title>
  <style>
    body { margin: 0; font: 18px/1.55 Georgia, 'Times New Roman', serif; color: #1d1d1b; background: #fff; }
    main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
    h1 { font-size: 2rem; line-height: 1.15; }
    .standfirst { font-size: 1.15rem; color: #4a4a48; }
    province-map, region-card, metric-compare { display: block; margin: 2rem 0; }
    /* No :not(:defined) placeholder here: a server-drawn widget shows its drawing before the
       script defines its tag, and a placeholder's box would move it. */
  </style>
</head>
<body>
<main>
  <article>
    <h1>China's cross-regional innovation mosaic</h1>
    <p class="standfirst">Each of the 31 provincial-level regions carves out its own niche. The
      three integration engines on the coast are turning from economic zones into innovation
      corridors, and the coast is where most of the economy is.</p>
    ${map}
    <p>The Yangtze River Delta works as one single, giant research laboratory. Anhui, once known
      for traditional farming, has become a hub for quantum computing and nuclear fusion.</p>
    ${card}
    <p>Within the delta, how much of its economy does each region put into research, next to the
      country as a whole?</p>
    ${chart}
    <p>Source of the claims: CGTN, "China's cross-regional landscape of new quality productive
      forces" (Danish translation), 2026.</p>
  </article>
</main>
<!-- The script-tag file, once, after the widgets: each takes over from the server's drawing. -->
<script src="${SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/**
 * The example's server: the article at `/`, the script-tag file at {@link SCRIPT_PATH}.
 * Not listening yet: `createArticleServer().listen(port)`.
 */
export function createArticleServer() {
  return createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    try {
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await articlePage());
      } else if (path === SCRIPT_PATH) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(await readFile(scriptFile));
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    } catch (error) {
      console.error(error);
      response.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8090);
  createArticleServer().listen(port, '127.0.0.1', () => console.log(`Server-rendered article: http://127.0.0.1:${port}/`));
}
