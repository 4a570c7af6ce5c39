// Finds a Chromium or Chrome for the browser tests and benchmarks (CHROME_PATH first, then the
// usual install paths), and Firefox for the second engine of the end-to-end tests
// (FIREFOX_PATH, then Debian's firefox-esr). Nothing here downloads a browser.
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.';

/** Flags for Chromium on these machines: as root it needs --no-sandbox; the rest keep it off the closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @returns {string | null} the browser's executable path, or null when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return executable(fromEnv) ? fromEnv : null;
  return CANDIDATES.find(executable) ?? null;
}

export const FIREFOX_HINT = 'Firefox not found (Debian: apt-get install firefox-esr, or set FIREFOX_PATH)';

/**
 * Firefox for the second engine: FIREFOX_PATH, else Debian's ESR. Tests run without it where it
 * is missing, but CI must have it, so there a missing Firefox throws.
 * @returns {string | null} its executable path, or null.
 */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  const found = fromEnv ? (executable(fromEnv) ? fromEnv : null) : (['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(executable) ?? null);
  if (!found && process.env.CI) throw new Error(`${FIREFOX_HINT}: CI runs the tests in Firefox too.`);
  return found;
}

// `node scripts/find-browser.mjs`: exit 1 with one clear line when no browser is found.
if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChrome();
  if (!found) {
    console.error(process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} is not an executable. ${INSTALL_HINT}` : INSTALL_HINT);
    process.exit(1);
  }
  console.log(found);
}
