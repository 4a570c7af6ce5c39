import { mount } from 'svelte';
// Registers <province-map>, <region-card> and <metric-compare> before Svelte mounts them.
import 'innovation-mosaic';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
