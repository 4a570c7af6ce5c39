import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <province-map>, <region-card> and <metric-compare> before React renders them, so
// React sees their properties (`data`) and sets them as properties.
import 'innovation-mosaic';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
