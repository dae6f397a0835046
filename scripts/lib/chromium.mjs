// How this project starts Debian's Chromium everywhere it drives one (tests,
// screenshots, the Storybook check, the benchmark): the system binary, never
// a downloaded browser, and flags that keep it off the network at start.

/** The Chromium binary: `CHROME_PATH`, or Debian's. */
export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for headless Chromium run as root on a machine with no outside network. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
