// axe-core's browser build: a script that sets `window.axe`; it exports nothing we read.
declare module 'axe-core/axe.min.js';
