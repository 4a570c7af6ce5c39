/** One console warning per mistake and page, not one per render or per instance. */
const warned = new Set<string>();

/** Warns `innovation-mosaic: <text>` the first time `key` is seen on this page. */
export function warnOnce(key: string, text: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`innovation-mosaic: ${text}`);
}
