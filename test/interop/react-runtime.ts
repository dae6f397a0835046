// React for the browser tests, served bundled by test/interop/runtime-plugin.mjs.
export { createElement } from 'react';
export { flushSync } from 'react-dom';
export { createRoot, type Root } from 'react-dom/client';
