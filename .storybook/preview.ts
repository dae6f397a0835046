import {
  setCustomElementsManifest,
  type Preview,
  type WebComponentsRenderer,
} from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { forStorybook } from './manifest.js';
import '../src/define.js';

setCustomElementsManifest(forStorybook(manifest));

// Events, parts, custom properties and slots are documented in the table but are not inputs a
// story renders with, so they get no control.
const DOCUMENTED_ONLY = new Set(['events', 'css shadow parts', 'css custom properties', 'slots']);

const documentedOnly: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]): [string, typeof argType] => {
      const category = argType.table?.category;
      if (!category || !DOCUMENTED_ONLY.has(category)) return [name, argType];
      return [name, { ...argType, control: { ...(argType.control as object), disable: true } }];
    }),
  );

const preview: Preview = {
  argTypesEnhancers: [documentedOnly],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
  },
};

export default preview;
