import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { packageAliases } from '../vite-alias.js';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  resolve: { alias: packageAliases },
});
