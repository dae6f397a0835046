// The build (rollup.config.mjs) and the test server (web-test-runner.config.mjs) both serve
// KaTeX's stylesheet as a module whose default export is its text, with each woff2 font URL made
// absolute (the files are copied to dist/fonts/ by the build).
declare module 'katex/dist/katex.min.css' {
  const css: string;
  export default css;
}
