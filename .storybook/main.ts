import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Example files for the stories that load data (src, geometry-src).
  staticDirs: [
    { from: '../stories/public', to: '/' },
    { from: '../data/geo', to: '/geo' },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true }, // these machines have no network but the package registries
};

export default config;
