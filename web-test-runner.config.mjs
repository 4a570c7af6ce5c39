// Component tests in real Chromium (Debian's, or CHROME_PATH). Lit runs in dev mode here, so
// its warnings (class fields shadowing reactive properties, ...) reach the tests, which fail on them.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, INSTALL_HINT } from './scripts/find-browser.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

export default {
  files: ['src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  // Tests provoke and assert the library's warnings; echoing them all would bury real output.
  filterBrowserLogs: ({ args }) =>
    !/^(innovation-mosaic:|Lit is in dev mode)/.test(String(args[0])),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
