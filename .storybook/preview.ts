import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the widgets' JSDoc by `npm run analyze` (npm start and build-storybook run it first).
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
