/** Where the tests and the benchmark find Chromium on this machine, and the flags they launch it with (Playwright and Lighthouse alike). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and no background connections: this machine's network is closed, so Chromium's own calls home would only fail. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
