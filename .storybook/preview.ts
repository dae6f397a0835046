import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { forStorybook } from './manifest.js';
import '../src/define.js';

setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
