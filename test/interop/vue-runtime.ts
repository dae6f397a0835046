// Vue (with its template compiler) for the browser tests, served bundled by
// test/interop/runtime-plugin.mjs.
export { createApp, nextTick, shallowRef } from 'vue';
