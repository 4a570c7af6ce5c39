import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { packageAliases } from '../vite-alias.js';

export default defineConfig({
  base: './',
  // Tell Vue's template compiler that tags with a dash are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  resolve: { alias: packageAliases },
});
