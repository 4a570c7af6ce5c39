import { createApp } from 'vue';
// Registers <province-map>, <region-card> and <metric-compare> before Vue mounts them.
import 'innovation-mosaic';
import App from './App.vue';

createApp(App).mount('#app');
