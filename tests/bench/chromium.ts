/** Where the benchmark finds Chromium on this machine and the flags it launches it with (Playwright and Lighthouse alike). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags tests/e2e/browser.ts uses on this machine.
export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
