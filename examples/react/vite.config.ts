import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { packageAliases } from '../vite-alias.js';

// React 19 needs no plugin or wrapper for custom elements; `base: './'` lets the build be
// opened from any folder.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { alias: packageAliases },
});
