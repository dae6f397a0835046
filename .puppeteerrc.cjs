// No install may download a browser: tests use the system Chromium and Firefox ESR.
module.exports = { skipDownload: true };
