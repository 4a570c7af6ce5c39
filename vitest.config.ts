import { defineConfig } from 'vitest/config';

// DOM-free modules only, in Node; components run in real browsers through web-test-runner.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/*.test.ts', 'scripts/**/*.test.ts', 'examples/**/*.test.ts', 'stories/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
