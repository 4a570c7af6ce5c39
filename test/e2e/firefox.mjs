// Firefox ESR for the end-to-end tests, driven by puppeteer-core over WebDriver BiDi: launched
// headless, and closed within a bound. Firefox's quit over BiDi can stall (it waits on its own
// shutdown work, puppeteer/puppeteer#15468), which would keep the test process alive after its
// last test; after 15 s the process is killed instead.
import puppeteer from 'puppeteer-core';

/**
 * @param {string} executablePath
 * @param {Record<string, unknown>} [prefs] Firefox preferences, e.g. `{ 'javascript.enabled': false }`
 *   for a reader whose browser runs no script (BiDi's own evaluation still works there).
 */
export function launchFirefox(executablePath, prefs = {}) {
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: prefs });
}

/** Closes a browser from `launchFirefox`, killing its process if it has not quit within 15 s. */
export async function closeFirefox(browser) {
  if (!browser) return;
  const child = browser.process();
  let timer;
  await Promise.race([browser.close().catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
