// Component tests in real browsers: Chromium (Debian's, or CHROME_PATH) and, where installed,
// Firefox ESR. Lit runs in dev mode here, so its warnings (class fields shadowing reactive
// properties, ...) reach the tests, which fail on them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { CHROME_ARGS, findChrome, findFirefox, FIREFOX_HINT, INSTALL_HINT } from './scripts/find-browser.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

// Firefox ESR is the second engine where it is installed (CI installs it): the same tests over
// WebDriver BiDi, except those that emulate media, which need Chromium's DevTools protocol.
const firefoxPath = findFirefox();
if (!firefoxPath) console.log(`${FIREFOX_HINT}: browser tests run in Chromium only.`);

/** Debian's Chromium (or CHROME_PATH), headless. */
export const chromium = () => chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } });

export default {
  files: ['src/**/*.browser.test.ts', 'test/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), snapshotPlugin(), axTreePlugin()],
  browsers: [
    chromium(),
    ...(firefoxPath
      ? [Object.assign(chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }), { name: 'Firefox' })]
      : []),
  ],
  // Tests provoke and assert the library's warnings; echoing them all would bury real output.
  filterBrowserLogs: ({ args }) =>
    !/^(innovation-mosaic:|Lit is in dev mode)/.test(String(args[0])),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};

/**
 * `compare-snapshot` {name, ext, content}: compares a rendering with test/snapshots/<name>.<ext>
 * (`svg`, `html`, or `txt` for an accessibility tree). Answers `same`, `changed` (and writes <name>-changed.<ext> to look at), or,
 * for a missing snapshot, `created` (it is written; commit it) or, under CI, `missing`.
 */
function snapshotPlugin() {
  return {
    name: 'snapshots',
    async executeCommand({ command, payload }) {
      if (command !== 'compare-snapshot') return undefined;
      mkdirSync('test/snapshots', { recursive: true });
      const ext = ['html', 'txt'].includes(payload.ext) ? payload.ext : 'svg';
      const file = `test/snapshots/${payload.name}.${ext}`;
      const changed = `test/snapshots/${payload.name}-changed.${ext}`;
      if (!existsSync(file)) {
        if (process.env.CI) return 'missing';
        writeFileSync(file, payload.content);
        return 'created';
      }
      if (readFileSync(file, 'utf8') === payload.content) {
        rmSync(changed, { force: true });
        return 'same';
      }
      writeFileSync(changed, payload.content);
      return 'changed';
    },
  };
}

/**
 * `ax-tree` {selector}: Chromium's accessibility tree below the element, every node (the
 * test prunes it), through puppeteer's DevTools-protocol session. Firefox: `null`.
 * (@web/test-runner-commands' a11ySnapshot keeps only the first node of a subtree.)
 */
function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name === 'Firefox') return null;
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload.selector);
      return root ? page.accessibility.snapshot({ root, interestingOnly: false }) : null;
    },
  };
}
